CREATE TABLE "base_salary" (
	"id" serial PRIMARY KEY NOT NULL,
	"amount" bigint NOT NULL,
	"effective_from" date NOT NULL,
	"legal_basis" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_day" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parameter_override" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "base_salary_from_uq" ON "base_salary" USING btree ("effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "parameter_override_uq" ON "parameter_override" USING btree ("key","effective_from");--> statement-breakpoint
CREATE INDEX "parameter_override_key_idx" ON "parameter_override" USING btree ("key");