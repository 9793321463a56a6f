CREATE TYPE "public"."claim_bound" AS ENUM('exact', 'lower', 'upper', 'approximate');--> statement-breakpoint
CREATE TYPE "public"."citation_stance" AS ENUM('supports', 'contradicts', 'context');--> statement-breakpoint
CREATE TYPE "public"."claim_origin" AS ENUM('extracted', 'manual');--> statement-breakpoint
CREATE TYPE "public"."claim_status" AS ENUM('unreviewed', 'in_review', 'ready', 'published', 'not_checkable');--> statement-breakpoint
CREATE TYPE "public"."claim_direction" AS ENUM('increase', 'decrease');--> statement-breakpoint
CREATE TYPE "public"."claim_unit" AS ENUM('percent', 'count', 'money', 'ratio', 'other');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('reviewer', 'editor', 'admin');--> statement-breakpoint
CREATE TYPE "public"."verdict_rating" AS ENUM('accurate', 'mostly_accurate', 'misleading', 'false', 'unsupported');--> statement-breakpoint
CREATE TYPE "public"."verdict_state" AS ENUM('draft', 'published', 'retracted');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"claim_id" integer,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "citations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"published_on" date,
	"quote" text,
	"stance" "citation_stance" NOT NULL,
	"figure" double precision,
	"is_public" boolean DEFAULT false NOT NULL,
	"author_id" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_id" integer NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"value" double precision,
	"unit" "claim_unit" NOT NULL,
	"denominator" double precision,
	"currency" text,
	"subject" text NOT NULL,
	"time_scope" text,
	"speaker" text,
	"bound" "claim_bound",
	"direction" "claim_direction",
	"sentence_start" integer NOT NULL,
	"sentence_end" integer NOT NULL,
	"sentence_text" text NOT NULL,
	"checkworthiness" real DEFAULT 0 NOT NULL,
	"quote_exact" text NOT NULL,
	"quote_prefix" text NOT NULL,
	"quote_suffix" text NOT NULL,
	"status" "claim_status" DEFAULT 'unreviewed' NOT NULL,
	"origin" "claim_origin" DEFAULT 'extracted' NOT NULL,
	"not_a_claim" boolean DEFAULT false NOT NULL,
	"not_a_claim_reason" text,
	"missing_from_extraction" boolean DEFAULT false NOT NULL,
	"assignee_id" integer,
	"status_changed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "claims"."text"), 'A') || setweight(to_tsvector('english'::regconfig, "claims"."subject"), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("claims"."speaker", '')), 'C') || setweight(to_tsvector('english'::regconfig, "claims"."sentence_text"), 'D')) STORED NOT NULL,
	CONSTRAINT "claims_span_valid" CHECK ("claims"."start" >= 0 AND "claims"."end" > "claims"."start"),
	CONSTRAINT "claims_sentence_covers_span" CHECK ("claims"."sentence_start" <= "claims"."start" AND "claims"."sentence_end" >= "claims"."end"),
	CONSTRAINT "claims_checkworthiness_range" CHECK ("claims"."checkworthiness" >= 0 AND "claims"."checkworthiness" <= 1)
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "oauth_accounts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "oauth_accounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"succeeded" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"publisher" text,
	"url" text,
	"published_at" date,
	"body" text NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"previous_version_id" integer,
	"checks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extractor_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" integer,
	CONSTRAINT "sources_content_hash_sha256" CHECK ("sources"."content_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "user_role" DEFAULT 'reviewer' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "verdicts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "verdicts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"rating" "verdict_rating" NOT NULL,
	"summary" text NOT NULL,
	"rationale" text NOT NULL,
	"state" "verdict_state" DEFAULT 'draft' NOT NULL,
	"editor_id" integer NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oauth_accounts" ADD CONSTRAINT "oauth_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_previous_version_id_sources_id_fk" FOREIGN KEY ("previous_version_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_claim_id_at_idx" ON "audit_log" USING btree ("claim_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "citations_claim_id_idx" ON "citations" USING btree ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_source_span_origin_key" ON "claims" USING btree ("source_id","start","end","origin");--> statement-breakpoint
CREATE INDEX "claims_list_order_idx" ON "claims" USING btree ("checkworthiness" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status");--> statement-breakpoint
CREATE INDEX "claims_unit_idx" ON "claims" USING btree ("unit");--> statement-breakpoint
CREATE INDEX "claims_assignee_id_idx" ON "claims" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "claims_search_idx" ON "claims" USING gin ("search");--> statement-breakpoint
CREATE INDEX "notes_claim_id_idx" ON "notes" USING btree ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "oauth_accounts_provider_account_key" ON "oauth_accounts" USING btree ("provider","provider_account_id");--> statement-breakpoint
CREATE INDEX "oauth_accounts_user_id_idx" ON "oauth_accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_key_at_idx" ON "sign_in_attempts" USING btree ("key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_content_hash_key" ON "sources" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "sources_previous_version_id_idx" ON "sources" USING btree ("previous_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "verdicts_claim_id_idx" ON "verdicts" USING btree ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verdicts_one_published_per_claim" ON "verdicts" USING btree ("claim_id") WHERE "verdicts"."state" = 'published';