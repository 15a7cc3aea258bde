CREATE TABLE "assessment" (
	"id" serial PRIMARY KEY NOT NULL,
	"sheet_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachment" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bloc" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'bloc' NOT NULL,
	"organiser_unit_id" integer NOT NULL,
	"organiser_path" text COLLATE "C" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bloc_member" (
	"id" serial PRIMARY KEY NOT NULL,
	"bloc_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criterion" (
	"id" serial PRIMARY KEY NOT NULL,
	"sheet_id" integer NOT NULL,
	"parent_id" integer,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'normal' NOT NULL,
	"max_points" numeric(8, 2) NOT NULL,
	"cap" numeric(8, 2),
	"evidence_required" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text COLLATE "C" NOT NULL,
	"parent_id" integer,
	"national_movement_id" integer,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"theme" text,
	"slogan" text,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_number" text,
	"plan_date" date,
	"issuer" text,
	"signer" text,
	"from_date" date,
	"from_precision" text,
	"to_date" date,
	"to_precision" text,
	"participants" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"registration_deadline" date,
	"source_text" text,
	"extraction" jsonb,
	"launched_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_milestone" (
	"id" serial PRIMARY KEY NOT NULL,
	"movement_id" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"due_date" date,
	"due_precision" text,
	"done_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_offer" (
	"id" serial PRIMARY KEY NOT NULL,
	"movement_id" integer NOT NULL,
	"code" text NOT NULL,
	"planned_count" integer
);
--> statement-breakpoint
CREATE TABLE "movement_task" (
	"id" serial PRIMARY KEY NOT NULL,
	"movement_id" integer NOT NULL,
	"agency" text NOT NULL,
	"agency_unit_id" integer,
	"task" text NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'todo' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "national_movement" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"launched_by" text,
	"launched_date" date,
	"document_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pact" (
	"id" serial PRIMARY KEY NOT NULL,
	"bloc_id" integer NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"items" jsonb NOT NULL,
	"signed_attachment_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pact_signature" (
	"id" serial PRIMARY KEY NOT NULL,
	"pact_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"signed_date" date NOT NULL,
	"signer_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"self_points" numeric(8, 2),
	"reviewed_points" numeric(8, 2),
	"evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comment" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_change" (
	"id" serial PRIMARY KEY NOT NULL,
	"score_id" integer NOT NULL,
	"from_points" numeric(8, 2),
	"to_points" numeric(8, 2),
	"reason" text NOT NULL,
	"actor_user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_sheet" (
	"id" serial PRIMARY KEY NOT NULL,
	"bloc_id" integer,
	"movement_id" integer,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"previous_id" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"locked_at" timestamp with time zone,
	"settings" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registration" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "registration" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_uq" ON "assessment" USING btree ("sheet_id","unit_id");--> statement-breakpoint
CREATE INDEX "attachment_owner_idx" ON "attachment" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bloc_member_uq" ON "bloc_member" USING btree ("bloc_id","unit_id","year");--> statement-breakpoint
CREATE INDEX "bloc_member_unit_idx" ON "bloc_member" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "criterion_sheet_idx" ON "criterion" USING btree ("sheet_id");--> statement-breakpoint
CREATE INDEX "movement_unit_path_idx" ON "movement" USING btree ("unit_path");--> statement-breakpoint
CREATE INDEX "movement_parent_idx" ON "movement" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "movement_search_trgm" ON "movement" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "movement_milestone_movement_idx" ON "movement_milestone" USING btree ("movement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "movement_offer_uq" ON "movement_offer" USING btree ("movement_id","code");--> statement-breakpoint
CREATE INDEX "movement_task_movement_idx" ON "movement_task" USING btree ("movement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pact_bloc_year_uq" ON "pact" USING btree ("bloc_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "pact_signature_uq" ON "pact_signature" USING btree ("pact_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "score_uq" ON "score" USING btree ("assessment_id","criterion_id");--> statement-breakpoint
CREATE INDEX "score_change_score_idx" ON "score_change" USING btree ("score_id");--> statement-breakpoint
CREATE INDEX "score_sheet_bloc_idx" ON "score_sheet" USING btree ("bloc_id","year");