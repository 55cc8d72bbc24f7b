import fs from 'node:fs'
import type { Payload, SanitizedConfig } from 'payload'

import type { TestDatabase } from './database'

export type TestContext = {
  payload: Payload
  config: SanitizedConfig
  db: TestDatabase
  close: () => Promise<void>
}

/**
 * Boots the real Payload config on this test file's fresh database (made by setup-env.ts)
 * with the committed migrations applied (SQL) and uploads in a temporary folder.
 */
export async function startPayload(): Promise<TestContext> {
  const db = globalThis.__testDatabase
  if (!db || process.env.DATABASE_URL !== db.url) {
    throw new Error('The test database was not set up before the Payload config was loaded.')
  }
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  if (db.kind === 'sqlite') {
    const { migrations } = await import('@/payload/migrations/sqlite')
    await payload.db.migrate({ migrations: migrations as never })
  } else if (db.kind === 'postgres') {
    const { migrations } = await import('@/payload/migrations/postgres')
    await payload.db.migrate({ migrations: migrations as never })
  }
  return {
    payload,
    config,
    db,
    close: async () => {
      // The PostgreSQL pool's idle connections are cut when the database is dropped under
      // them (DROP … WITH FORCE); the pool must not report that as an unhandled error.
      const pool = (
        payload.db as {
          pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> }
        }
      ).pool
      pool?.on('error', () => undefined)
      await payload.destroy()
      void pool?.end().catch(() => undefined)
      await db.drop()
      if (globalThis.__testMediaDir)
        fs.rmSync(globalThis.__testMediaDir, { recursive: true, force: true })
    },
  }
}
