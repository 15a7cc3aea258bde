CREATE TABLE "registration" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"person_id" integer,
	"unit_id" integer NOT NULL,
	"targets" jsonb,
	"status" text DEFAULT 'submitted' NOT NULL,
	"movement_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "registration_person_uq" ON "registration" USING btree ("year","person_id") WHERE "registration"."person_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_unit_uq" ON "registration" USING btree ("year","unit_id") WHERE "registration"."person_id" is null;--> statement-breakpoint
CREATE INDEX "registration_unit_idx" ON "registration" USING btree ("unit_id","year");