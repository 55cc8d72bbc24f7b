import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { POSTGRES_SEARCH_TSV_INDEXES } from '../../search/schema'

// One GIN index per language and the vector kept in the row (payload/search/schema.ts):
// with one index over all languages a search at 10 000 analyses tested every analysis of
// its language, reading each vector back from the TOAST table.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of POSTGRES_SEARCH_TSV_INDEXES) await db.execute(sql.raw(statement))
  // Vectors stored before keep their old place until they are written again.
  await db.execute(sql`UPDATE search_documents SET tsv = tsv || ''::tsvector`)
  // The planner's figures for the rewritten table (autovacuum would come later).
  await db.execute(sql`ANALYZE search_documents`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql`CREATE INDEX IF NOT EXISTS search_documents_tsv_idx ON search_documents USING gin (tsv)`,
  )
  for (const locale of ['en', 'be', 'ru'])
    await db.execute(sql.raw(`DROP INDEX IF EXISTS search_documents_tsv_${locale}_idx`))
  await db.execute(sql`ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE EXTENDED`)
}
