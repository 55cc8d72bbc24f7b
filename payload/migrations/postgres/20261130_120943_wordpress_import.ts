import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "wp_sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"site" varchar,
  	"kind" varchar,
  	"wp_id" numeric,
  	"guid" varchar,
  	"title" varchar,
  	"locale" varchar,
  	"collection" varchar,
  	"doc_id" varchar,
  	"content_hash" varchar,
  	"doc_updated_at" varchar,
  	"old_path" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_needs_review" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "wp_sources_id" integer;
  CREATE UNIQUE INDEX "wp_sources_key_idx" ON "wp_sources" USING btree ("key");
  CREATE INDEX "wp_sources_site_idx" ON "wp_sources" USING btree ("site");
  CREATE INDEX "wp_sources_kind_idx" ON "wp_sources" USING btree ("kind");
  CREATE INDEX "wp_sources_wp_id_idx" ON "wp_sources" USING btree ("wp_id");
  CREATE INDEX "wp_sources_doc_id_idx" ON "wp_sources" USING btree ("doc_id");
  CREATE INDEX "wp_sources_old_path_idx" ON "wp_sources" USING btree ("old_path");
  CREATE INDEX "wp_sources_updated_at_idx" ON "wp_sources" USING btree ("updated_at");
  CREATE INDEX "wp_sources_created_at_idx" ON "wp_sources" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wp_sources_fk" FOREIGN KEY ("wp_sources_id") REFERENCES "public"."wp_sources"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_needs_review_idx" ON "articles" USING btree ("needs_review");
  CREATE INDEX "_articles_v_version_version_needs_review_idx" ON "_articles_v" USING btree ("version_needs_review");
  CREATE INDEX "payload_locked_documents_rels_wp_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("wp_sources_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "wp_sources" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "wp_sources" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_wp_sources_fk";
  
  DROP INDEX "articles_needs_review_idx";
  DROP INDEX "_articles_v_version_version_needs_review_idx";
  DROP INDEX "payload_locked_documents_rels_wp_sources_id_idx";
  ALTER TABLE "articles" DROP COLUMN "needs_review";
  ALTER TABLE "_articles_v" DROP COLUMN "version_needs_review";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "wp_sources_id";`)
}
