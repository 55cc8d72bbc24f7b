import crypto from 'node:crypto'

import { type CacheTag, tags as cacheTags } from '@/lib/cache'

import { broadcastConfigured, broadcastExpiry, purgeFrontCaches, startBroadcast } from './broadcast'
import { payloadSecret, serverUrl } from './env'
import { metrics } from './metrics'

export { cacheTags }

/** The shared secret of the internal revalidation endpoint, derived from PAYLOAD_SECRET. */
export const revalidationToken = () =>
  crypto.createHmac('sha256', payloadSecret()).update('weekly-monitor:revalidate').digest('hex')

type Logger = { warn: (msg: string) => void; debug?: (msg: string) => void }

declare global {
  /** The web server's in-memory copy of public pages (server/origin-cache.mjs), if any. */
  var __wmOriginCache: { purge: (tags: string[] | null) => number } | undefined
}

/** Forgets this web server's in-memory copies of the pages under the tags. */
export function purgeOriginCache(tags: readonly string[]): void {
  const purged = globalThis.__wmOriginCache?.purge([...tags])
  if (purged) metrics().originCachePurged.inc(purged)
}

/** Expires tags in this Next process; false when not inside a Next request. */
export async function expireTags(tags: CacheTag[]): Promise<boolean> {
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return true
  } catch {
    return false
  }
}

/** Asks the web server over HTTP to expire tags (a fresh request, so Next accepts it). */
async function expireTagsOverHttp(
  tags: CacheTag[],
  logger?: Logger,
  server = process.env.REVALIDATE_URL || serverUrl(),
): Promise<boolean> {
  const url = `${server}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${revalidationToken()}`,
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return true
  } catch (error) {
    logger?.warn(
      `Could not refresh the site's pages for ${tags.join(', ')} via ${url}: ${(error as Error).message}`,
    )
    return false
  }
}

/** How long after a change its pages are expired a second time; 0 turns that off. */
const settleMs = () => {
  const value = Number(process.env.REVALIDATE_SETTLE_MS ?? 3000)
  return Number.isFinite(value) && value >= 0 ? value : 3000
}

/**
 * This web server itself: PORT is what server/server.mjs listens on, on HOSTNAME when it is
 * bound to one address or name, else on every address (loopback included).
 */
function ownAddress(): string {
  if (!process.env.PORT) return process.env.REVALIDATE_URL || serverUrl()
  const host = process.env.HOSTNAME?.trim() ?? ''
  const bound = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return `http://${bound.includes(':') ? `[${bound}]` : bound}:${process.env.PORT}`
}

/**
 * A web server's start (instrumentation.ts): with REDIS_URL, connects and listens for the
 * changes made on any server or the worker, expiring their tags here too.
 */
export async function listenForChanges(logger?: Logger): Promise<boolean> {
  if (!broadcastConfigured()) return false
  const knownTags = new Set<string>(Object.values(cacheTags))
  return startBroadcast({
    logger,
    expire: (tags) =>
      expireTagsOverHttp(
        tags.filter((tag): tag is CacheTag => knownTags.has(tag)),
        logger,
        ownAddress(),
      ),
  })
}

/** How the tags were expired; 'later' when other processes are told once the change is committed. */
type Outcome = 'direct' | 'http' | 'broadcast' | 'failed' | 'later'

/** What a hook hands over: its request, whose transaction the change is written in. */
type ChangeRequest = { transactionID?: unknown }

/** How long a change's spreading waits for its transaction before going ahead anyway. */
const COMMIT_WAIT_MS = 30_000

/**
 * Resolves once the request's transaction is over: Payload deletes `transactionID` from the
 * request when it commits or rolls back, and exposes no event for it. Only a string or number
 * is an open transaction: a promise settling to nothing means the database runs without
 * transactions (SQLite's default), and Payload's dataloader can leave an empty object behind.
 */
async function transactionOver(req: ChangeRequest | undefined): Promise<void> {
  const started = Date.now()
  for (;;) {
    const value = req?.transactionID
    const id = value instanceof Promise ? await value.catch(() => null) : value
    const open = typeof id === 'string' || typeof id === 'number'
    if (!open || Date.now() - started >= COMMIT_WAIT_MS) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/**
 * Runs after the current Next request has answered (its pending tag expiries done and the
 * change committed); false outside a Next request.
 */
async function afterThisRequest(task: () => Promise<unknown>): Promise<boolean> {
  try {
    const { after } = await import('next/server')
    after(task)
    return true
  } catch {
    return false
  }
}

/**
 * Expires the tags on every web server (REDIS_URL) or, when this process could not do it
 * itself, on the one web server (REVALIDATE_URL), then purges the front caches: only once no
 * web server would hand them the old page again.
 */
async function spreadExpiry(
  tags: CacheTag[],
  logger: Logger | undefined,
  expiredHere: boolean,
  changedAt?: number,
) {
  purgeOriginCache(tags)
  const reached = broadcastConfigured() && ((await broadcastExpiry(tags, logger))?.servers ?? 0) > 0
  const outcome: Outcome = expiredHere
    ? 'direct'
    : reached
      ? 'broadcast'
      : (await expireTagsOverHttp(tags, logger))
        ? 'http'
        : 'failed'
  // From the change to the last web server's confirmation (the first spreading only).
  const via = reached ? 'broadcast' : outcome
  if (changedAt !== undefined)
    metrics()
      .expirySpread.labels(via)
      .observe((Date.now() - changedAt) / 1000)
  await purgeFrontCaches(tags, logger)
  return outcome
}

/**
 * Expires the cached data and pages that read the given collections (the next reader gets a
 * fresh page), and once more a few seconds later. Inside a Next request this process expires
 * them itself; outside one (a scheduled job in the web server's queue, the separate worker, a
 * script) Next refuses it, so the web server is asked over HTTP. With REDIS_URL every web
 * server is told (payload/broadcast.ts), and FRONT_CACHE_PURGE_URLS are purged after them.
 *
 * Given the hook's request, everything that other processes do happens only once the change
 * is committed (hooks run inside the transaction): a web server or front cache that rendered
 * the page earlier would read the old content and keep it. Inside a Next request that is
 * after the response (Next's `after`, by which time this process's own expiry has taken
 * effect too); elsewhere, once the request's transaction is over. The hook does not wait for
 * it, so a save is not slowed by other servers.
 *
 * Why twice: a page render already in flight when the tags expire can still store what it
 * read before, and would keep it for good: the benchmark caught a scheduled analysis that was
 * published in the database and still answered 404 two minutes later. The second expiry,
 * once such renders are done, removes that page (and purges the front caches again).
 */
export async function revalidateContent(
  tags: CacheTag[],
  logger?: Logger,
  req?: ChangeRequest,
): Promise<Outcome> {
  const changedAt = Date.now()
  const unique = [...new Set(tags)]
  if (unique.length === 0) return 'direct'
  const expiredHere = await expireTags(unique)
  // Now and again once committed (spreadExpiry): a reader in between gets the old page from
  // Next, which this would otherwise keep.
  purgeOriginCache(unique)
  const spread = async () => {
    const outcome = await spreadExpiry(unique, logger, expiredHere, changedAt)
    const delay = settleMs()
    if (outcome !== 'failed' && delay > 0) {
      setTimeout(() => void spreadExpiry(unique, logger, false), delay).unref()
    }
    return outcome
  }
  if (!req) return spread()
  if (expiredHere && (await afterThisRequest(spread))) return 'direct'
  void transactionOver(req).then(spread)
  return expiredHere ? 'direct' : 'later'
}
