import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { SQLITE_SEARCH_META_INDEX } from '../../search/schema'

// What search counts, filters and ranks by, in a narrow index (see payload/search/schema.ts):
// without it a search at 10 000 analyses read a whole table page for every match.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw(SQLITE_SEARCH_META_INDEX))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS search_documents_meta_idx`)
}
