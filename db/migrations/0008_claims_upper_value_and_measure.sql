ALTER TABLE "claims" ADD COLUMN "upper_value" double precision;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "measure" text;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_upper_value_above_value" CHECK ("claims"."upper_value" IS NULL OR ("claims"."value" IS NOT NULL AND "claims"."upper_value" >= "claims"."value"));