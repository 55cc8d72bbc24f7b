import fs from 'node:fs'
import type { Payload, SanitizedConfig } from 'payload'

import type { TestDatabase } from './database'

/** The parts of a pg Pool (pg-pool) that closing a test database needs. */
type TestPool = {
  totalCount: number
  idleCount: number
  on: (event: 'error', listener: () => void) => void
  end: () => Promise<void>
  _clients?: { on: (event: 'error', listener: () => void) => void }[]
}

/**
 * Readies a PostgreSQL pool for its database being dropped under it (DROP … WITH FORCE):
 * lets work still in flight (a transaction a test did not wait for) finish, then makes every
 * connection, idle or checked out, take the cut quietly. Payload keeps one connection checked
 * out for good, and pg reports a cut on a checked-out connection without an error listener as
 * an uncaught exception, which fails the whole run.
 */
async function quietenPool(pool: TestPool | undefined) {
  if (!pool) return
  const deadline = Date.now() + 5_000
  while (pool.totalCount - pool.idleCount > 1 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  pool.on('error', () => undefined)
  for (const client of pool._clients ?? []) client.on('error', () => undefined)
  void pool.end().catch(() => undefined)
}

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
      await quietenPool((payload.db as { pool?: TestPool }).pool)
      await payload.destroy()
      await db.drop()
      if (globalThis.__testMediaDir)
        fs.rmSync(globalThis.__testMediaDir, { recursive: true, force: true })
    },
  }
}
