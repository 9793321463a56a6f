ALTER TABLE "claims" ADD COLUMN "has_published_verdict" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_published_list_order_idx" ON "claims" USING btree ("checkworthiness","id") WHERE "claims"."has_published_verdict";--> statement-breakpoint
-- claims.has_published_verdict follows verdicts: true while a verdict of the claim is published.
-- One place keeps it (this trigger), whichever path writes a verdict.
CREATE FUNCTION claims_sync_has_published_verdict() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE claims SET has_published_verdict = EXISTS (
      SELECT 1 FROM verdicts v WHERE v.claim_id = OLD.claim_id AND v.state = 'published')
    WHERE id = OLD.claim_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE claims SET has_published_verdict = EXISTS (
      SELECT 1 FROM verdicts v WHERE v.claim_id = NEW.claim_id AND v.state = 'published')
    WHERE id = NEW.claim_id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER verdicts_sync_claims_has_published_verdict
  AFTER INSERT OR DELETE OR UPDATE OF state, claim_id ON verdicts
  FOR EACH ROW EXECUTE FUNCTION claims_sync_has_published_verdict();--> statement-breakpoint
UPDATE claims SET has_published_verdict = true
  WHERE id IN (SELECT claim_id FROM verdicts WHERE state = 'published');
