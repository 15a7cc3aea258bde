CREATE TABLE "dossier" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text COLLATE "C" NOT NULL,
	"addressee_unit_id" integer NOT NULL,
	"addressee_path" text COLLATE "C" NOT NULL,
	"kind" text NOT NULL,
	"target_level" text NOT NULL,
	"year" integer NOT NULL,
	"movement_id" integer,
	"title" text NOT NULL,
	"search_title" text NOT NULL,
	"letter_number" text,
	"letter_date" date,
	"signer_title" text,
	"signer_name" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"assignee_user_id" integer,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"due_date" date,
	"appraised_at" timestamp with time zone,
	"origin" jsonb,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_event" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" integer,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"to_user_id" integer,
	"to_unit_id" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "dossier_file" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"nominee_id" integer,
	"doc_code" text NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "nominee" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" integer,
	"unit_id" integer,
	"display_name" text NOT NULL,
	"sort_key" text COLLATE "C" NOT NULL,
	"target" text NOT NULL,
	"achievement" text,
	"verdict" jsonb,
	"verdict_outcome" text,
	"verdict_at" timestamp with time zone,
	"justification" text,
	"appraisal" text,
	"appraisal_reason" text,
	"appraised_by" integer,
	"appraised_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"removed_reason" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"entity_type" text,
	"entity_id" integer,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "email" text;--> statement-breakpoint
CREATE INDEX "dossier_unit_path_idx" ON "dossier" USING btree ("unit_path","year");--> statement-breakpoint
CREATE INDEX "dossier_addressee_idx" ON "dossier" USING btree ("addressee_unit_id","status");--> statement-breakpoint
CREATE INDEX "dossier_assignee_idx" ON "dossier" USING btree ("assignee_user_id","status");--> statement-breakpoint
CREATE INDEX "dossier_search_trgm" ON "dossier" USING gin ("search_title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dossier_event_dossier_idx" ON "dossier_event" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossier_file_dossier_idx" ON "dossier_file" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "email_outbox_pending_idx" ON "email_outbox" USING btree ("id") WHERE "email_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "nominee_dossier_idx" ON "nominee" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "nominee_person_idx" ON "nominee" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nominee_person_target_uq" ON "nominee" USING btree ("dossier_id","person_id","target") WHERE "nominee"."person_id" is not null and "nominee"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "nominee_unit_target_uq" ON "nominee" USING btree ("dossier_id","unit_id","target") WHERE "nominee"."unit_id" is not null and "nominee"."person_id" is null and "nominee"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "notification_unread_idx" ON "notification" USING btree ("user_id") WHERE "notification"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_dedupe_uq" ON "notification" USING btree ("user_id","dedupe_key") WHERE "notification"."dedupe_key" is not null;