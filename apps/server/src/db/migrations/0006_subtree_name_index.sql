DROP INDEX "person_unit_path_sort_idx";--> statement-breakpoint
CREATE INDEX "person_subtree_name_idx" ON "person" USING btree ("unit_path", "sort_key") INCLUDE ("search_name", "id");
