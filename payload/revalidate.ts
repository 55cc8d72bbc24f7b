import crypto from 'node:crypto'

import { type CacheTag, tags as cacheTags } from '@/lib/cache'

import { broadcastConfigured, broadcastExpiry, purgeFrontCaches, startBroadcast } from './broadcast'
import { payloadSecret, serverUrl } from './env'

export { cacheTags }

/** The shared secret of the internal revalidation endpoint, derived from PAYLOAD_SECRET. */
export const revalidationToken = () =>
  crypto.createHmac('sha256', payloadSecret()).update('weekly-monitor:revalidate').digest('hex')

type Logger = { warn: (msg: string) => void; debug?: (msg: string) => void }

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
 * This web server itself: PORT is what scripts/server.mjs listens on, on HOSTNAME when it is
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

type Outcome = 'direct' | 'http' | 'broadcast' | 'failed'

/**
 * Expires the tags in this process (inside a Next request), on every web server (REDIS_URL)
 * or on the one web server (REVALIDATE_URL), then purges the front caches: only once no web
 * server would hand them the old page again.
 */
async function expireEverywhere(tags: CacheTag[], logger: Logger | undefined, inRequest: boolean) {
  const direct = inRequest && (await expireTags(tags))
  const reached = broadcastConfigured() && ((await broadcastExpiry(tags, logger))?.servers ?? 0) > 0
  const outcome: Outcome = direct
    ? 'direct'
    : reached
      ? 'broadcast'
      : (await expireTagsOverHttp(tags, logger))
        ? 'http'
        : 'failed'
  await purgeFrontCaches(tags, logger)
  return outcome
}

/**
 * Expires the cached data and pages that read the given collections, at once (the next
 * reader gets a fresh page), and once more a few seconds later. Inside a Next request the
 * first is a direct call; outside one (a scheduled job in the web server's queue, the
 * separate worker, a script) Next refuses it, so the web server is asked over HTTP. With
 * REDIS_URL every web server is told (payload/broadcast.ts), and FRONT_CACHE_PURGE_URLS are
 * purged after them.
 *
 * Why twice: hooks run before the write is committed (PostgreSQL runs a change in a
 * transaction), and a page render already in flight when the tags expire can still store
 * what it read before. Either way a reader's request at that moment would put the old page
 * back in the cache for good: the benchmark caught a scheduled analysis that was published
 * in the database and still answered 404 two minutes later. The second expiry, once the
 * write is committed and those renders are done, removes such a page (and the front caches
 * are purged again, having possibly stored it too).
 */
export async function revalidateContent(tags: CacheTag[], logger?: Logger): Promise<Outcome> {
  const unique = [...new Set(tags)]
  if (unique.length === 0) return 'direct'
  const outcome = await expireEverywhere(unique, logger, true)
  const delay = settleMs()
  if (outcome !== 'failed' && delay > 0) {
    // Never direct: by then the request that made the change may be over.
    setTimeout(() => void expireEverywhere(unique, logger, false), delay).unref()
  }
  return outcome
}
