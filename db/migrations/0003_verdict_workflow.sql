ALTER TYPE "public"."verdict_state" ADD VALUE 'superseded';--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "verdicts_one_draft_per_claim" ON "verdicts" USING btree ("claim_id") WHERE "verdicts"."state" = 'draft';--> statement-breakpoint
CREATE INDEX "verdicts_published_order_idx" ON "verdicts" USING btree ("published_at","id") WHERE "verdicts"."state" = 'published';