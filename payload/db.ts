import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'

import { databaseKind, databaseUrl, ensureSqliteFolder } from './env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

const dirname = path.dirname(fileURLToPath(import.meta.url))

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
        push,
        migrationDir: path.resolve(dirname, 'migrations/sqlite'),
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url },
        push,
        migrationDir: path.resolve(dirname, 'migrations/postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url })
  }
}
