CREATE TABLE "app_user" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'vi' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" integer,
	"actor_name" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"unit_path" text COLLATE "C",
	"request_id" text,
	"before" jsonb,
	"after" jsonb,
	"seq" bigint,
	"prev_hash" text,
	"hash" text
);
--> statement-breakpoint
CREATE TABLE "import_job" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"file" "bytea",
	"user_id" integer NOT NULL,
	"scope_unit_id" integer,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"total_rows" integer,
	"counts" jsonb NOT NULL,
	"errors" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_grant" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"role" text NOT NULL,
	"unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "award" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer,
	"unit_id" integer,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"decision_no" text,
	"decision_date" date,
	"issuer" text,
	"issuer_level" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discipline" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"level" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"decision_no" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"recognised_by" text,
	"recognised_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leave" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" serial PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"search_name" text NOT NULL,
	"sort_key" text COLLATE "C" NOT NULL,
	"birth_date" date,
	"sex" text NOT NULL,
	"ethnicity" text,
	"id_number" text,
	"position" text,
	"leadership_post" text,
	"staff_category" text NOT NULL,
	"is_direct_worker" boolean DEFAULT false NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text COLLATE "C" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_membership" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"from_date" date,
	"to_date" date,
	"position" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_year" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"year" integer NOT NULL,
	"rating" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" integer,
	"path" text COLLATE "C" NOT NULL,
	"search_name" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"successor_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_merge" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_unit_id" integer NOT NULL,
	"target_unit_id" integer NOT NULL,
	"effective_date" date NOT NULL,
	"decision_no" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_year" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"rating" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_username_uq" ON "app_user" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_event_seq_uq" ON "audit_event" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_event_unsealed_idx" ON "audit_event" USING btree ("id") WHERE "audit_event"."seq" is null;--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_event_time_idx" ON "audit_event" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "role_grant_user_idx" ON "role_grant" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "award_person_idx" ON "award" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "award_unit_idx" ON "award" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "award_person_natural_uq" ON "award" USING btree ("person_id","code","kind","year") WHERE "award"."person_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "award_unit_natural_uq" ON "award" USING btree ("unit_id","code","kind","year") WHERE "award"."unit_id" is not null;--> statement-breakpoint
CREATE INDEX "discipline_person_idx" ON "discipline" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "initiative_person_idx" ON "initiative" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "leave_person_idx" ON "leave" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_id_number_uq" ON "person" USING btree ("id_number") WHERE "person"."id_number" is not null;--> statement-breakpoint
CREATE INDEX "person_unit_idx" ON "person" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "person_unit_path_sort_idx" ON "person" USING btree ("unit_path" text_pattern_ops,"sort_key");--> statement-breakpoint
CREATE INDEX "person_sort_idx" ON "person" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "person_search_trgm" ON "person" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_natural_idx" ON "person" USING btree ("search_name","birth_date","unit_id");--> statement-breakpoint
CREATE INDEX "membership_person_idx" ON "person_membership" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_year_uq" ON "person_year" USING btree ("person_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_code_uq" ON "unit" USING btree ("code");--> statement-breakpoint
CREATE INDEX "unit_parent_idx" ON "unit" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "unit_path_idx" ON "unit" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "unit_search_trgm" ON "unit" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "unit_year_uq" ON "unit_year" USING btree ("unit_id","year");