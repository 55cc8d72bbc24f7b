import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`articles_locales_parent_id_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_id_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`weeks_locales_parent_id_idx\` ON \`weeks_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_weeks_v_locales_parent_id_idx\` ON \`_weeks_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_id_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`analysts_locales_parent_id_idx\` ON \`analysts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_locales_parent_id_idx\` ON \`site_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`weeks_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_weeks_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`analysts_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`site_locales_parent_id_idx\`;`)
}
