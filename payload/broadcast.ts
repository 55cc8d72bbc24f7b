import crypto from 'node:crypto'
import os from 'node:os'

import type { Redis } from 'ioredis'

import { metrics } from './metrics'

/**
 * Keeps several web servers and their front caches fresh after a change (README "Running on
 * several servers").
 *
 * With REDIS_URL, a change on any process (a web server's hook, the worker's scheduled
 * publish) is published on a Redis channel; every web server listens (from
 * instrumentation.ts), expires the tags in its own Next process and confirms. The publisher
 * waits for those confirmations (at most CONFIRM_WAIT_MS), so the front caches are purged
 * only once no web server would hand them the old page again. Redis carries only these small
 * messages: each server keeps its own Next cache.
 *
 * Per-process state lives on globalThis: Next bundles instrumentation.ts and the route
 * handlers separately, and each bundle has its own copy of this module.
 */

type Logger = { warn: (msg: string) => void; info?: (msg: string) => void }

type ExpiryMessage = { id: string; tags: string[] }
type Confirmation = { id: string; server: string; ok: boolean }

type Pending = { expected: number; confirmed: number; settle: () => void }

type State = {
  publisher: Redis
  subscriber: Redis
  ready: Promise<boolean>
  pending: Map<string, Pending>
  listening: boolean
  serverId: string
  queueRunner?: { timer: NodeJS.Timeout; warned: boolean }
}

declare global {
  var __wmBroadcast: Promise<State> | undefined
}

/** How long a publisher waits for every web server to confirm an expiry. */
const CONFIRM_WAIT_MS = 1000
/** How long connecting to Redis may take before a change falls back to plain HTTP. */
const CONNECT_WAIT_MS = 2000
const PURGE_TIMEOUT_MS = 2000
/** A queue runner's heartbeat: refreshed every 10 s, gone 30 s after the runner stopped. */
const RUNNER_TTL_S = 30
const RUNNER_REFRESH_MS = 10_000

export const broadcastConfigured = () => Boolean(process.env.REDIS_URL?.trim())

const prefix = () => process.env.REDIS_PREFIX ?? 'wm:'
const expiryChannel = () => `${prefix()}revalidate`
const confirmationChannel = () => `${prefix()}revalidated`
const queueRunnerKey = () => `${prefix()}jobs:runner`

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** This process's Redis connections, made once; false when Redis cannot be reached in time. */
async function connection(logger?: Logger): Promise<State | null> {
  if (!broadcastConfigured()) return null
  globalThis.__wmBroadcast ??= connect(logger)
  const state = await globalThis.__wmBroadcast
  // Only the first change waits for the connection; later ones go on without Redis while it
  // is away (ioredis keeps reconnecting, and re-subscribes).
  const ready = await Promise.race([
    state.ready,
    new Promise<false>((resolve) => setTimeout(() => resolve(false), CONNECT_WAIT_MS).unref()),
  ])
  state.ready = Promise.resolve(true)
  return ready && state.publisher.status === 'ready' && state.subscriber.status === 'ready'
    ? state
    : null
}

async function connect(logger?: Logger): Promise<State> {
  const { Redis } = await import('ioredis')
  // Commands fail at once while Redis is away (instead of queueing): a change then falls
  // back to asking the web server over HTTP rather than waiting.
  const options = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: 'wm' }
  const url = process.env.REDIS_URL as string
  const publisher = new Redis(url, options)
  // The subscriber queues its SUBSCRIBE until Redis is there, however long that takes.
  const subscriber = new Redis(url, {
    ...options,
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  })
  const state: State = {
    publisher,
    subscriber,
    pending: new Map(),
    listening: false,
    serverId: `${os.hostname()}:${process.pid}`,
    ready: Promise.resolve(false),
  }
  let lastError = ''
  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) => {
      // ioredis reconnects by itself; say so once per distinct problem, not every retry.
      if (error.message !== lastError) {
        lastError = error.message
        logger?.warn(`Redis (${redact(url)}): ${error.message}; retrying.`)
      }
    })
    client.on('ready', () => (lastError = ''))
  }
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === confirmationChannel()) onConfirmation(state, message)
  })
  state.ready = (async () => {
    try {
      await subscriber.subscribe(confirmationChannel())
      if (publisher.status !== 'ready')
        await new Promise((resolve) => publisher.once('ready', resolve))
      return true
    } catch (error) {
      logger?.warn(`Redis (${redact(url)}) is not reachable: ${describeError(error)}`)
      return false
    }
  })()
  return state
}

function onConfirmation(state: State, message: string) {
  let confirmation: Confirmation
  try {
    confirmation = JSON.parse(message) as Confirmation
  } catch {
    return
  }
  const pending = state.pending.get(confirmation.id)
  if (!pending) return
  pending.confirmed += 1
  if (pending.expected > 0 && pending.confirmed >= pending.expected) pending.settle()
}

/**
 * Connects at start-up, so the first change does not pay for it. A web server also listens:
 * `expire` expires the tags in its own Next process (over loopback HTTP: outside a request
 * Next refuses to) and says whether that worked.
 */
export async function startBroadcast({
  expire,
  logger,
}: {
  expire?: (tags: string[]) => Promise<boolean>
  logger?: Logger
}): Promise<boolean> {
  const state = await connection(logger)
  if (!state) return false
  if (expire && !state.listening) {
    state.listening = true
    state.subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== expiryChannel()) return
      let message: ExpiryMessage
      try {
        message = JSON.parse(raw) as ExpiryMessage
      } catch {
        return
      }
      if (!Array.isArray(message.tags) || typeof message.id !== 'string') return
      void expire(message.tags).then((ok) => {
        const confirmation: Confirmation = { id: message.id, server: state.serverId, ok }
        return state.publisher
          .publish(confirmationChannel(), JSON.stringify(confirmation))
          .catch((error: unknown) =>
            logger?.warn(`Could not confirm a page refresh over Redis: ${describeError(error)}`),
          )
      })
    })
    await state.subscriber.subscribe(expiryChannel())
  }
  return true
}

/**
 * Asks every listening web server to expire the tags and waits (at most CONFIRM_WAIT_MS) for
 * their confirmations. Null when Redis is not configured or not reachable.
 */
export async function broadcastExpiry(
  tags: string[],
  logger?: Logger,
): Promise<{ servers: number; confirmed: number } | null> {
  const state = await connection(logger)
  if (!state) return null
  const id = crypto.randomUUID()
  let settle = () => {}
  const settled = new Promise<void>((resolve) => (settle = resolve))
  const pending: Pending = { expected: 0, confirmed: 0, settle }
  state.pending.set(id, pending)
  try {
    const message: ExpiryMessage = { id, tags }
    pending.expected = await state.publisher.publish(expiryChannel(), JSON.stringify(message))
    if (pending.expected === 0 || pending.confirmed >= pending.expected) settle()
    const timer = setTimeout(settle, CONFIRM_WAIT_MS)
    await settled
    clearTimeout(timer)
    if (pending.confirmed < pending.expected) {
      metrics().expiryUnconfirmed.inc()
      logger?.warn(
        `Only ${pending.confirmed} of ${pending.expected} web servers confirmed refreshing the pages for ${tags.join(', ')} within ${CONFIRM_WAIT_MS} ms.`,
      )
    }
    return { servers: pending.expected, confirmed: pending.confirmed }
  } catch (error) {
    logger?.warn(`Could not send a page refresh over Redis: ${describeError(error)}`)
    return null
  } finally {
    state.pending.delete(id)
  }
}

/** The front caches to purge after a change: FRONT_CACHE_PURGE_URLS, comma-separated. */
export const frontCacheUrls = () =>
  (process.env.FRONT_CACHE_PURGE_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

/**
 * Purges the pages that carry any of the tags (their surrogate keys, `xkey`) from every
 * front cache. Failures are logged: the cache then serves the old page until its lifetime
 * (SHARED_CACHE_MAX_AGE) ends.
 */
export async function purgeFrontCaches(tags: string[], logger?: Logger): Promise<void> {
  const urls = frontCacheUrls()
  if (urls.length === 0 || tags.length === 0) return
  await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(url, {
          method: 'PURGE',
          headers: { 'xkey-purge': tags.join(' ') },
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        await response.body?.cancel()
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
      } catch (error) {
        logger?.warn(
          `Could not purge ${tags.join(', ')} from the front cache ${url}: ${describeError(error)}`,
        )
      }
    }),
  )
}

/**
 * Marks this process as working the jobs queue (a Redis key with a TTL, refreshed) and warns
 * when another process does too: several runners are safe but wasteful, and usually mean a
 * web server was started without JOBS_AUTORUN=false next to `npm run worker`.
 */
export async function announceQueueRunner(kind: string, logger?: Logger): Promise<void> {
  const state = await connection(logger)
  if (!state || state.queueRunner) return
  const me = `${kind} ${state.serverId}`
  const runner = { warned: false, timer: undefined as unknown as NodeJS.Timeout }
  state.queueRunner = runner
  const beat = async () => {
    try {
      const other = await state.publisher.get(queueRunnerKey())
      if (other && other !== me && !runner.warned) {
        runner.warned = true
        logger?.warn(
          `Another process (${other}) is also working the jobs queue. Run one queue runner: start the web servers with JOBS_AUTORUN=false and one \`npm run worker\`.`,
        )
      }
      await state.publisher.set(queueRunnerKey(), me, 'EX', RUNNER_TTL_S)
    } catch {
      // Redis away: the next beat tries again.
    }
  }
  await beat()
  runner.timer = setInterval(() => void beat(), RUNNER_REFRESH_MS)
  runner.timer.unref()
}

function redact(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@')
}
