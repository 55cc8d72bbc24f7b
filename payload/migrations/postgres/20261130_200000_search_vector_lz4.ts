import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { POSTGRES_SEARCH_TSV_LZ4 } from '../../search/schema'

// Search vectors compressed with lz4 where the server has it (payload/search/schema.ts):
// ranking decompresses every match's vector.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(POSTGRES_SEARCH_TSV_LZ4))
  // Vectors stored before keep their old compression until they are written again.
  await db.execute(sql`UPDATE search_documents SET tsv = tsv || ''::tsvector`)
  await db.execute(sql`ANALYZE search_documents`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE search_documents ALTER COLUMN tsv SET COMPRESSION pglz`)
}
