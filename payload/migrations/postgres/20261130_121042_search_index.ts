import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { POSTGRES_SEARCH_DROP, POSTGRES_SEARCH_SCHEMA } from '../../search/schema'
import { reindexSearch } from '../../search/store'

// The full-text search index (payload/search): a weighted tsvector per analysis and
// language with a GIN index, kept by the Articles hooks; filled here from what is already
// published.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  for (const statement of POSTGRES_SEARCH_SCHEMA) await db.execute(sql.raw(statement))
  await reindexSearch(payload, { fresh: true, req })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of POSTGRES_SEARCH_DROP) await db.execute(sql.raw(statement))
}
