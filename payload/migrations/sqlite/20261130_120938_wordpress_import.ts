import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`wp_sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`site\` text,
  	\`kind\` text,
  	\`wp_id\` numeric,
  	\`guid\` text,
  	\`title\` text,
  	\`locale\` text,
  	\`collection\` text,
  	\`doc_id\` text,
  	\`content_hash\` text,
  	\`doc_updated_at\` text,
  	\`old_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`wp_sources_key_idx\` ON \`wp_sources\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`wp_sources_site_idx\` ON \`wp_sources\` (\`site\`);`)
  await db.run(sql`CREATE INDEX \`wp_sources_kind_idx\` ON \`wp_sources\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`wp_sources_wp_id_idx\` ON \`wp_sources\` (\`wp_id\`);`)
  await db.run(sql`CREATE INDEX \`wp_sources_doc_id_idx\` ON \`wp_sources\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`wp_sources_old_path_idx\` ON \`wp_sources\` (\`old_path\`);`)
  await db.run(sql`CREATE INDEX \`wp_sources_updated_at_idx\` ON \`wp_sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wp_sources_created_at_idx\` ON \`wp_sources\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_needs_review_idx\` ON \`articles\` (\`needs_review\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_needs_review_idx\` ON \`_articles_v\` (\`version_needs_review\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`wp_sources_id\` integer REFERENCES wp_sources(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wp_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`wp_sources_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`wp_sources\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`weeks_id\` integer,
  	\`topics_id\` integer,
  	\`analysts_id\` integer,
  	\`media_id\` integer,
  	\`subscribers_id\` integer,
  	\`digest_deliveries_id\` integer,
  	\`users_id\` integer,
  	\`job_claims_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`weeks_id\`) REFERENCES \`weeks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`analysts_id\`) REFERENCES \`analysts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digest_deliveries_id\`) REFERENCES \`digest_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_claims_id\`) REFERENCES \`job_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "weeks_id", "topics_id", "analysts_id", "media_id", "subscribers_id", "digest_deliveries_id", "users_id", "job_claims_id") SELECT "id", "order", "parent_id", "path", "articles_id", "weeks_id", "topics_id", "analysts_id", "media_id", "subscribers_id", "digest_deliveries_id", "users_id", "job_claims_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_weeks_id_idx\` ON \`payload_locked_documents_rels\` (\`weeks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_analysts_id_idx\` ON \`payload_locked_documents_rels\` (\`analysts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_digest_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`digest_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`job_claims_id\`);`)
  await db.run(sql`DROP INDEX \`articles_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_needs_review\`;`)
}
