import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type TestDatabase = {
  kind: 'sqlite' | 'postgres' | 'mongodb'
  url: string
  drop: () => Promise<void>
}

const requested = (process.env.TEST_DB ?? 'sqlite') as TestDatabase['kind']

/** Why this project's tests are skipped, or null when its database is available. */
export function skipReason(): string | null {
  if (requested === 'postgres' && !process.env.TEST_POSTGRES_URL) {
    return 'PostgreSQL tests skipped: set TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run them.'
  }
  if (requested === 'mongodb' && !process.env.TEST_MONGODB_URL) {
    return 'MongoDB tests skipped: set TEST_MONGODB_URL (a replica set, e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0) to run them.'
  }
  return null
}

const uniqueName = () =>
  `wm_test_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`

/** A fresh, empty database of the requested kind, never shared with the demo. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = uniqueName()
  if (requested === 'postgres') {
    const admin = new URL(process.env.TEST_POSTGRES_URL as string)
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    const url = new URL(admin.toString())
    url.pathname = `/${name}`
    return {
      kind: 'postgres',
      url: url.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: admin.toString() })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await c.end()
      },
    }
  }
  if (requested === 'mongodb') {
    const url = new URL(process.env.TEST_MONGODB_URL as string)
    url.pathname = `/${name}`
    return { kind: 'mongodb', url: url.toString(), drop: async () => {} }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-test-'))
  return {
    kind: 'sqlite',
    url: `file:${path.join(dir, 'test.db')}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}
