CREATE TABLE "ballot" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"item_id" integer NOT NULL,
	"choice" text NOT NULL,
	"source" text NOT NULL,
	"receipt_hash" text
);
--> statement-breakpoint
CREATE TABLE "ballot_participation" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"member_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text COLLATE "C" NOT NULL,
	"name" text NOT NULL,
	"term_from" date,
	"term_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_member" (
	"id" serial PRIMARY KEY NOT NULL,
	"council_id" integer NOT NULL,
	"user_id" integer,
	"full_name" text NOT NULL,
	"title" text,
	"role" text NOT NULL,
	"from_date" date,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_session" (
	"id" serial PRIMARY KEY NOT NULL,
	"council_id" integer NOT NULL,
	"unit_path" text COLLATE "C" NOT NULL,
	"title" text NOT NULL,
	"session_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"total_members" integer,
	"present_count" integer,
	"quorum_met" boolean,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_attendance" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"present" boolean NOT NULL,
	"written_opinion" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_item" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"nominee_id" integer NOT NULL,
	"dossier_id" integer NOT NULL,
	"target" text NOT NULL,
	"subject_name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"threshold_percent" integer,
	"agree" integer,
	"disagree" integer,
	"written_agree" integer,
	"written_total" integer,
	"result" text,
	"result_reasons" jsonb
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"id" serial PRIMARY KEY NOT NULL,
	"issuer_unit_id" integer NOT NULL,
	"issuer_path" text COLLATE "C" NOT NULL,
	"issuer_level" text NOT NULL,
	"kind" text DEFAULT 'award' NOT NULL,
	"year" integer NOT NULL,
	"seq" integer,
	"number" text,
	"symbol" text NOT NULL,
	"decision_date" date,
	"title" text NOT NULL,
	"signer_name" text,
	"signer_title" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"session_id" integer,
	"dossier_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"issued_at" timestamp with time zone,
	"document" "bytea",
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_award" (
	"id" serial PRIMARY KEY NOT NULL,
	"decision_id" integer NOT NULL,
	"nominee_id" integer,
	"person_id" integer,
	"unit_id" integer,
	"subject_name" text NOT NULL,
	"unit_name" text,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"amount_vnd" bigint,
	"certificate_code" text NOT NULL,
	"registry_no" text,
	"award_id" integer,
	"revoked_at" timestamp with time zone,
	"revocation_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_counter" (
	"issuer_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honour" (
	"id" serial PRIMARY KEY NOT NULL,
	"decision_award_id" integer,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"subject_kind" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"sort_key" text COLLATE "C" NOT NULL,
	"unit_id" integer,
	"unit_name" text,
	"decision_number" text,
	"decision_date" date,
	"issuer" text,
	"certificate_code" text,
	"revoked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revocation" (
	"id" serial PRIMARY KEY NOT NULL,
	"decision_award_id" integer NOT NULL,
	"ground" text NOT NULL,
	"note" text,
	"decision_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text COLLATE "C" NOT NULL,
	"title" text NOT NULL,
	"session_id" integer,
	"dossier_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_item" (
	"id" serial PRIMARY KEY NOT NULL,
	"disclosure_id" integer NOT NULL,
	"nominee_id" integer NOT NULL,
	"name" text NOT NULL,
	"unit_name" text,
	"target" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_comment" (
	"id" serial PRIMARY KEY NOT NULL,
	"disclosure_id" integer NOT NULL,
	"item_id" integer,
	"author_name" text NOT NULL,
	"contact" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderated_by" integer,
	"moderated_at" timestamp with time zone,
	"answer" text,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"sender_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text COLLATE "C" NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text NOT NULL,
	"person_id" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ballot_item_idx" ON "ballot" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_participation_uq" ON "ballot_participation" USING btree ("item_id","member_id");--> statement-breakpoint
CREATE INDEX "council_unit_idx" ON "council" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "council_member_council_idx" ON "council_member" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "council_session_council_idx" ON "council_session" USING btree ("council_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_attendance_uq" ON "session_attendance" USING btree ("session_id","member_id");--> statement-breakpoint
CREATE INDEX "session_item_session_idx" ON "session_item" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_item_nominee_uq" ON "session_item" USING btree ("session_id","nominee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_number_uq" ON "decision" USING btree ("issuer_unit_id","year","seq") WHERE "decision"."seq" is not null;--> statement-breakpoint
CREATE INDEX "decision_issuer_idx" ON "decision" USING btree ("issuer_path","year");--> statement-breakpoint
CREATE INDEX "decision_award_decision_idx" ON "decision_award" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_award_certificate_uq" ON "decision_award" USING btree ("certificate_code");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_counter_pk" ON "decision_counter" USING btree ("issuer_unit_id","year");--> statement-breakpoint
CREATE INDEX "honour_year_code_idx" ON "honour" USING btree ("year","code","sort_key");--> statement-breakpoint
CREATE INDEX "honour_unit_idx" ON "honour" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "honour_search_trgm" ON "honour" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "honour_sort_idx" ON "honour" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "disclosure_unit_idx" ON "disclosure" USING btree ("unit_path");--> statement-breakpoint
CREATE INDEX "disclosure_item_idx" ON "disclosure_item" USING btree ("disclosure_id");--> statement-breakpoint
CREATE INDEX "public_comment_disclosure_idx" ON "public_comment" USING btree ("disclosure_id","status");--> statement-breakpoint
CREATE INDEX "story_published_idx" ON "story" USING btree ("status","published_at");