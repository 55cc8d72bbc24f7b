import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { databaseKind } from './env'
import { connectLimitRedis } from './limits/store'
import { metrics } from './metrics'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { processSingleton } from './utilities/processSingleton'

/**
 * Readiness (GET /api/ready): may a front cache send this web server readers? It checks what
 * a request needs and answers within READY_TIMEOUT_MS (2 s) whatever hangs. README "Health,
 * metrics and logs".
 */

export type Check = { ok: boolean; ms: number; detail: string }
export type Readiness = { ready: boolean; checks: Record<string, Check> }

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

const timeoutMs = () => positive(process.env.READY_TIMEOUT_MS, 2000)

/** The promise's value, or an Error saying it took longer than the time allowed. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

async function check(what: () => Promise<string>): Promise<Check> {
  const started = performance.now()
  try {
    const detail = await what()
    return { ok: true, ms: Math.round(performance.now() - started), detail }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, ms: Math.round(performance.now() - started), detail }
  }
}

type SqlAdapter = { execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
type MongoAdapter = { connection?: { db?: { admin: () => { ping: () => Promise<unknown> } } } }

/** One trivial round trip to the database. */
async function pingDatabase(payload: Payload): Promise<void> {
  const db = payload.db as unknown as SqlAdapter & MongoAdapter & { drizzle?: unknown }
  if (db.execute && db.drizzle) await db.execute({ drizzle: db.drizzle, raw: 'select 1' })
  else if (db.connection?.db) await db.connection.db.admin().ping()
  else await payload.count({ collection: 'topics', overrideAccess: true })
}

/** The committed migrations of this database's dialect that it has not applied. */
export async function pendingMigrations(payload: Payload): Promise<string[]> {
  const kind = databaseKind()
  if (kind === 'mongodb') return []
  const committed = (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map(
    (migration) => migration.name,
  )
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const applied = new Set(docs.map((doc) => doc.name))
  return committed.filter((name) => !applied.has(name))
}

/**
 * Seconds the oldest job that is due (its waitUntil passed, or none) has waited without
 * running; 0 when none waits. Also sets the wm_jobs_lag_seconds gauge.
 */
export async function jobsLagSeconds(payload: Payload): Promise<number> {
  const now = new Date()
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
        {
          or: [
            { waitUntil: { exists: false } },
            { waitUntil: { less_than_equal: now.toISOString() } },
          ],
        },
      ],
    },
    sort: 'createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  let oldestDue = now.getTime()
  for (const job of docs) {
    const due = Date.parse(String(job.waitUntil ?? job.createdAt))
    if (Number.isFinite(due)) oldestDue = Math.min(oldestDue, due)
  }
  const lag = Math.max(0, (now.getTime() - oldestDue) / 1000)
  metrics().jobsLag.set(lag)
  return lag
}

/** Every check, each within the time allowed; ready when all that count are ok. */
export async function readiness(): Promise<Readiness> {
  const ms = timeoutMs()
  let payload: Payload | null = null
  const database = await check(async () => {
    payload = await within(ms, 'Payload (connecting to the database)', getPayload({ config }))
    await within(ms, 'The database', pingDatabase(payload))
    return databaseKind()
  })
  const checks: Record<string, Check> = { database }
  const ready = (p: Payload | null): p is Payload => database.ok && p !== null
  checks.migrations = await check(async () => {
    if (!ready(payload)) throw new Error('not checked: the database did not answer')
    const pending = await within(ms, 'The migrations table', pendingMigrations(payload))
    if (pending.length > 0)
      throw new Error(`${pending.length} not applied: ${pending.join(', ')} (npm run migrate)`)
    return 'all applied'
  })
  const redisUrl = process.env.REDIS_URL?.trim()
  if (redisUrl) {
    checks.redis = await check(async () => {
      const redis = processSingleton('ready-redis', () => connectLimitRedis(redisUrl))
      await within(ms, 'Redis', redis.ping())
      return 'answers'
    })
  }
  // The queue's lag counts only when READY_MAX_JOB_LAG_SECONDS is set: the worker is one
  // process for every web server, and a stuck worker taking every web server out of the
  // front cache's rotation would turn a late publication into a site of stale pages.
  const maxLag = positive(process.env.READY_MAX_JOB_LAG_SECONDS, Infinity)
  const jobs = await check(async () => {
    if (!ready(payload)) throw new Error('not checked: the database did not answer')
    const lag = await within(ms, 'The jobs queue', jobsLagSeconds(payload))
    const detail = `oldest due job waiting ${Math.round(lag)} s`
    if (lag > maxLag) throw new Error(`${detail}, more than READY_MAX_JOB_LAG_SECONDS=${maxLag}`)
    return detail
  })
  checks.jobs = jobs
  const counts = (name: string) => name !== 'jobs' || Number.isFinite(maxLag)
  return {
    ready: Object.entries(checks).every(([name, c]) => c.ok || !counts(name)),
    checks,
  }
}
