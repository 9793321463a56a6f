DROP INDEX "claims_status_idx";--> statement-breakpoint
DROP INDEX "claims_unit_idx";--> statement-breakpoint
DROP INDEX "claims_list_order_idx";--> statement-breakpoint
CREATE INDEX "claims_status_list_order_idx" ON "claims" USING btree ("status","checkworthiness","id");--> statement-breakpoint
CREATE INDEX "claims_unit_list_order_idx" ON "claims" USING btree ("unit","checkworthiness","id");--> statement-breakpoint
CREATE INDEX "claims_list_order_idx" ON "claims" USING btree ("checkworthiness","id");