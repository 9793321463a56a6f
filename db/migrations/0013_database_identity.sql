CREATE TABLE "database_identity" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "database_identity_one_row" CHECK ("database_identity"."singleton")
);
--> statement-breakpoint
-- The identity is made here, once, when this database is first migrated (lib/data/database-identity.ts).
INSERT INTO "database_identity" DEFAULT VALUES;
