import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`available_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`available_in_be\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`available_in_ru\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_available_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_available_in_be\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_available_in_ru\` integer DEFAULT false;`)
  // What readers can already read, as the search index's hook will keep it from now on.
  for (const locale of ['en', 'be', 'ru']) {
    await db.run(
      sql.raw(`UPDATE articles SET available_in_${locale} = (_status = 'published' AND EXISTS (
        SELECT 1 FROM articles_locales l WHERE l._parent_id = articles.id AND l._locale = '${locale}'
          AND l.title IS NOT NULL AND l.title <> ''))`),
    )
    // An anonymous list in one language walks this index in date order and stops at its page.
    await db.run(
      sql.raw(
        `CREATE INDEX IF NOT EXISTS articles_readable_${locale}_idx ON articles (_status, available_in_${locale}, published_at, id)`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  for (const locale of ['en', 'be', 'ru'])
    await db.run(sql.raw(`DROP INDEX IF EXISTS articles_readable_${locale}_idx`))
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`available_in_en\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`available_in_be\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`available_in_ru\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_available_in_en\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_available_in_be\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_available_in_ru\`;`)
}
