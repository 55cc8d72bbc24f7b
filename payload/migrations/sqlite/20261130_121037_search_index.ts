import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { SQLITE_SEARCH_DROP, SQLITE_SEARCH_SCHEMA } from '../../search/schema'
import { reindexSearch } from '../../search/store'

// The full-text search index (payload/search): FTS5 over stemmed words, kept by the
// Articles hooks; filled here from what is already published.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  for (const statement of SQLITE_SEARCH_SCHEMA) await db.run(sql.raw(statement))
  await reindexSearch(payload, { fresh: true, req })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of SQLITE_SEARCH_DROP) await db.run(sql.raw(statement))
}
