CREATE TABLE "published_verdicts_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "published_verdicts_version_one_row" CHECK ("published_verdicts_version"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "has_published_verdict" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_published_list_order_idx" ON "claims" USING btree ("checkworthiness","id") WHERE "claims"."has_published_verdict";--> statement-breakpoint
CREATE INDEX "claims_published_id_idx" ON "claims" USING btree ("id") WHERE "claims"."has_published_verdict";--> statement-breakpoint
INSERT INTO "published_verdicts_version" ("id", "version") VALUES (1, 0);--> statement-breakpoint
-- claims.has_published_verdict follows verdicts: true while a verdict of the claim is published;
-- every verdict write also raises published_verdicts_version. One place keeps both (this trigger),
-- whichever path writes a verdict.
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
  UPDATE published_verdicts_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER verdicts_sync_claims_has_published_verdict
  AFTER INSERT OR DELETE OR UPDATE OF state, claim_id ON verdicts
  FOR EACH ROW EXECUTE FUNCTION claims_sync_has_published_verdict();--> statement-breakpoint
UPDATE claims SET has_published_verdict = true
  WHERE id IN (SELECT claim_id FROM verdicts WHERE state = 'published');
