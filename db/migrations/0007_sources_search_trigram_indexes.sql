-- The source list's search matches '%words%' in titles and publishers; pg_trgm's GIN indexes answer
-- that without reading every source. pg_trgm is a trusted extension (PostgreSQL 13+): the database
-- owner may create it; PGlite loads it in db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "sources_title_trgm_idx" ON "sources" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sources_publisher_trgm_idx" ON "sources" USING gin ("publisher" gin_trgm_ops);