CREATE TYPE "public"."data_decision" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "claim_data_matches" (
	"claim_id" integer PRIMARY KEY NOT NULL,
	"dataset_id" integer NOT NULL,
	"candidate_key" text NOT NULL,
	"description" text NOT NULL,
	"value" double precision NOT NULL,
	"agrees" boolean NOT NULL,
	"relative" double precision,
	"sentence" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_suggestion_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "data_suggestion_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"dataset_id" integer NOT NULL,
	"candidate_key" text NOT NULL,
	"decision" "data_decision" NOT NULL,
	"citation_id" integer,
	"description" text NOT NULL,
	"value" double precision NOT NULL,
	"actor_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_rows" (
	"dataset_id" integer NOT NULL,
	"row_number" integer NOT NULL,
	"cells" jsonb NOT NULL,
	CONSTRAINT "dataset_rows_dataset_id_row_number_pk" PRIMARY KEY("dataset_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "datasets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"publisher" text,
	"url" text,
	"published_on" date,
	"licence" text,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"previous_version_id" integer,
	"columns" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"byte_size" integer NOT NULL,
	"search_text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "datasets"."search_text")) STORED NOT NULL,
	"created_by_id" integer,
	"edit_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "datasets_content_hash_sha256" CHECK ("datasets"."content_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "claim_data_matches" ADD CONSTRAINT "claim_data_matches_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_data_matches" ADD CONSTRAINT "claim_data_matches_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_suggestion_decisions" ADD CONSTRAINT "data_suggestion_decisions_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_suggestion_decisions" ADD CONSTRAINT "data_suggestion_decisions_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_suggestion_decisions" ADD CONSTRAINT "data_suggestion_decisions_citation_id_citations_id_fk" FOREIGN KEY ("citation_id") REFERENCES "public"."citations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_suggestion_decisions" ADD CONSTRAINT "data_suggestion_decisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_rows" ADD CONSTRAINT "dataset_rows_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_previous_version_id_datasets_id_fk" FOREIGN KEY ("previous_version_id") REFERENCES "public"."datasets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "data_suggestion_decisions_key" ON "data_suggestion_decisions" USING btree ("claim_id","dataset_id","candidate_key");--> statement-breakpoint
CREATE INDEX "data_suggestion_decisions_dataset_idx" ON "data_suggestion_decisions" USING btree ("dataset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_content_hash_key" ON "datasets" USING btree ("content_hash") WHERE "datasets"."deleted_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_previous_version_id_key" ON "datasets" USING btree ("previous_version_id");--> statement-breakpoint
CREATE INDEX "datasets_url_idx" ON "datasets" USING btree ("url");--> statement-breakpoint
CREATE INDEX "datasets_search_idx" ON "datasets" USING gin ("search");--> statement-breakpoint
CREATE INDEX "datasets_search_text_trgm_idx" ON "datasets" USING gin ("search_text" gin_trgm_ops);