CREATE TABLE "investigation" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer,
	"unit_id" integer,
	"from_date" date NOT NULL,
	"resolved_date" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "used_for_award_id" integer;--> statement-breakpoint
CREATE INDEX "investigation_person_idx" ON "investigation" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "investigation_unit_idx" ON "investigation" USING btree ("unit_id");