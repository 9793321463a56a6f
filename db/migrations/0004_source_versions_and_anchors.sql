CREATE TABLE "import_files" (
	"bytes_hash" text PRIMARY KEY NOT NULL,
	"source_id" integer NOT NULL,
	"path" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_files_bytes_hash_sha256" CHECK ("import_files"."bytes_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
DROP INDEX "sources_previous_version_id_idx";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "changed_after_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "orphaned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_files_source_id_idx" ON "import_files" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_previous_version_id_key" ON "sources" USING btree ("previous_version_id");--> statement-breakpoint
CREATE INDEX "sources_url_idx" ON "sources" USING btree ("url");