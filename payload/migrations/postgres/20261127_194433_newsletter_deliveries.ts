import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_digest_deliveries_status" AS ENUM('sending', 'sent', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendWeekDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendWeekDigest' BEFORE 'schedulePublish';
  CREATE TABLE "digest_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"week_id" integer NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"status" "enum_digest_deliveries_status" NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"claimed_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "subscribers_unsubscribe_token_hash_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "digest_deliveries_id" integer;
  ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_week_id_weeks_id_fk" FOREIGN KEY ("week_id") REFERENCES "public"."weeks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "digest_deliveries_key_idx" ON "digest_deliveries" USING btree ("key");
  CREATE INDEX "digest_deliveries_week_idx" ON "digest_deliveries" USING btree ("week_id");
  CREATE INDEX "digest_deliveries_subscriber_idx" ON "digest_deliveries" USING btree ("subscriber_id");
  CREATE INDEX "digest_deliveries_status_idx" ON "digest_deliveries" USING btree ("status");
  CREATE INDEX "digest_deliveries_updated_at_idx" ON "digest_deliveries" USING btree ("updated_at");
  CREATE INDEX "digest_deliveries_created_at_idx" ON "digest_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_digest_deliveries_fk" FOREIGN KEY ("digest_deliveries_id") REFERENCES "public"."digest_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_digest_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("digest_deliveries_id");
  ALTER TABLE "subscribers" DROP COLUMN "unsubscribe_token_hash";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "digest_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "digest_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_digest_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_digest_deliveries_id_idx";
  ALTER TABLE "subscribers" ADD COLUMN "unsubscribe_token_hash" varchar;
  CREATE INDEX "subscribers_unsubscribe_token_hash_idx" ON "subscribers" USING btree ("unsubscribe_token_hash");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "digest_deliveries_id";
  DROP TYPE "public"."enum_digest_deliveries_status";`)
}
