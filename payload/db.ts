import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'

import { databaseKind, databaseUrl, ensureSqliteFolder } from './env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

const dirname = path.dirname(fileURLToPath(import.meta.url))

type IndexBuilder = (name: string) => { on: (column: never) => unknown }
type SchemaHookArgs = {
  schema: { tables: Record<string, Record<string, unknown>> }
  extendTable: (args: { table: never; extraConfig: (t: Record<string, never>) => object }) => void
}

/**
 * Payload keys each `*_locales` table by a unique (_locale, _parent_id) index, which a lookup
 * by `_parent_id` alone (every read of a document's translations) cannot use: with thousands
 * of analyses each such lookup scanned the whole table. One plain index per table fixes it.
 */
const indexLocalesByParent =
  (index: IndexBuilder) =>
  ({ schema, extendTable }: SchemaHookArgs) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith('_locales') || !('_parentID' in table)) continue
      extendTable({
        table: table as never,
        extraConfig: (t) => ({ parentIndex: index(`${name}_parent_id_idx`).on(t._parentID) }),
      })
    }
    return schema
  }

/**
 * Picks the adapter from DATABASE_URL. The schema is pushed only in `next dev`; everywhere
 * else the committed migrations (one folder per SQL dialect) define it.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const url = databaseUrl()
  const push = process.env.NODE_ENV === 'development' && process.env.PAYLOAD_PUSH !== 'false'
  switch (databaseKind(url)) {
    case 'sqlite':
      ensureSqliteFolder(url)
      return sqliteAdapter({
        client: { url },
        // The web server, a worker and the CLI may share the file: WAL lets readers go on
        // while one writes, and a writer waits up to 10 s for the lock instead of failing.
        wal: true,
        busyTimeout: 10_000,
        afterSchemaInit: [indexLocalesByParent(sqliteIndex as never) as never],
        push,
        migrationDir: path.resolve(dirname, 'migrations/sqlite'),
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url },
        afterSchemaInit: [indexLocalesByParent(pgIndex as never) as never],
        // The search index's tables are ours (payload/search/schema.ts): `next dev`'s schema
        // push must leave them alone.
        tablesFilter: ['!search_*'],
        push,
        migrationDir: path.resolve(dirname, 'migrations/postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url })
  }
}
