// What server/server.mjs does around Next's request handler, apart from starting it: reads
// its settings, decides who the client is, and sets the caching headers of each response.
import proxyAddr from 'proxy-addr'

import { cachingHeaders } from './cache-policy.mjs'
import { routeKind } from './metrics.mjs'
import { originCacheKey } from './origin-cache.mjs'
import { requestId } from './request-log.mjs'

/**
 * Settings from the environment; a bad value throws an Error of one sentence.
 * @param {Record<string, string | undefined>} [env]
 */
export function originSettings(env = process.env) {
  const port = integer(env, 'PORT', 3000, { min: 1, max: 65535 })
  const trustedProxies = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  let trust
  try {
    trust = proxyAddr.compile(trustedProxies)
  } catch (error) {
    throw new Error(
      `TRUSTED_PROXIES has an entry that is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal (${error.message}).`,
    )
  }
  const compression = env.ORIGIN_COMPRESSION ?? 'true'
  if (compression !== 'true' && compression !== 'false')
    throw new Error(
      `ORIGIN_COMPRESSION must be true or false (false where the front cache compresses), not "${compression}".`,
    )
  return {
    port,
    hostname: env.HOSTNAME || '0.0.0.0',
    trustedProxies,
    trust,
    compression: compression === 'true',
    maxAge: integer(env, 'SHARED_CACHE_MAX_AGE', 300, { min: 0 }),
    stale: integer(env, 'SHARED_CACHE_STALE', 86400, { min: 0 }),
    originCacheMegabytes: integer(env, 'ORIGIN_CACHE_MB', 64, { min: 0, max: 65536 }),
  }
}

function integer(env, name, fallback, { min, max = Number.MAX_SAFE_INTEGER }) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`)
  return value
}

/**
 * The client's address: the socket's, or, when the socket is a trusted proxy, the nearest
 * address in X-Forwarded-For that is not one (proxy-addr's rule). IPv4 clients of an IPv6
 * socket are written as plain IPv4, so one reader has one address.
 */
export function clientAddress(req, trust) {
  const address = proxyAddr(req, trust) || 'unknown'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? mapped[1] : address
}

/**
 * What the production server does with each request around Next's `handle`: the client's
 * address first, then the in-memory copy of the page if there is one (server/origin-cache.mjs),
 * else Next, with the caching headers set on its answer (kept in memory when shareable).
 * @param {ReturnType<typeof originSettings>} settings
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handle
 * @param {ReturnType<typeof import('./origin-cache.mjs').createOriginCache> | null} [originCache]
 * @param {{ logger?: import('pino').Logger | null, metrics?: ReturnType<typeof import('./metrics.mjs').metrics> | null, forward?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean }} [observers]
 *   `forward` may hand the request to the API process (server/api-process.mjs) instead of Next.
 */
export function originRequestHandler(settings, handle, originCache = null, observers = {}) {
  const { forward, ...watchers } = observers
  const observe = requestObserver(watchers)
  return (req, res) => {
    const started = performance.now()
    const address = rewriteForwardedHeaders(req, settings.trust)
    // Before anything answers: the id goes out with the response, the line once it is over.
    const seen = observe?.(req, res, started, address, settings.trust)
    const bad = badRequestTarget(req.url ?? '/')
    if (bad) {
      res.writeHead(400, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'private, no-store',
      })
      res.end(`${bad}\n`)
      return
    }
    const cacheKey = originCache ? originCacheKey(req) : null
    if (seen && cacheKey) seen.cache = 'MISS'
    if (cacheKey && originCache.serve(req, res, cacheKey)) {
      if (seen) seen.cache = 'HIT'
      return
    }
    applyCachingOnWriteHead(req, res, settings)
    if (cacheKey) originCache.capture(req, res, cacheKey)
    if (forward?.(req, res)) return
    if (isReaderWork(req)) {
      readerWork.inFlight++
      res.once('close', () => readerWork.inFlight--)
    }
    handle(req, res)
  }
}

/**
 * The requests Next is working on that the anonymous API's gate gives way to (pages, feeds,
 * staff calls): payload/api/workGate.ts rests between anonymous calls only while there are
 * some, so an app is not kept waiting on an idle server.
 */
const readerWork = /** @type {{ __wmReaderWork?: { inFlight: number } }} */ (
  globalThis.__wmReaderWork ??= { inFlight: 0 }
)

/** @param {import('node:http').IncomingMessage} req */
function isReaderWork(req) {
  return !(req.url ?? '/').startsWith('/api/') || mayBeStaff(req)
}

/**
 * A call that may be a staff member's (the admin's, a script's with an API key): it carries
 * credentials, so it is never one of the anonymous API's.
 * @param {import('node:http').IncomingMessage} req
 */
export function mayBeStaff(req) {
  return Boolean(req.headers.authorization || req.headers.cookie?.includes('payload-token='))
}

/**
 * Why the address cannot be answered, as a sentence, or null. A NUL byte (%00) or a
 * percent-encoding that is not UTF-8 (a lone surrogate among them) reached the database as a
 * slug and PostgreSQL answered with a 500; no page or file has such a name. Most addresses
 * have no `%` at all and cost one scan.
 * @param {string} url
 */
export function badRequestTarget(url) {
  // Node refuses a request line and headers over 16 KB itself (431); the search page cuts an
  // absurd query but answers it, so only an address past that size is refused here.
  if (url.length > 16384) return 'The address is longer than 16384 characters.'
  if (!url.includes('%')) return null
  const query = url.indexOf('?')
  const path = query < 0 ? url : url.slice(0, query)
  let decoded
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return 'The address has a percent-encoding that is not UTF-8 text.'
  }
  if (decoded.includes('\0')) return 'The address contains a NUL character (%00).'
  if (query >= 0 && url.includes('%00', query))
    return 'The query string contains a NUL character (%00).'
  return null
}

/**
 * Records each request once it is over: its duration and status by route kind
 * (server/metrics.mjs), and one log line (server/request-log.mjs) with the request id the
 * response carries in X-Request-Id. Null when both are off.
 * @param {{ logger?: import('pino').Logger | null, metrics?: ReturnType<typeof import('./metrics.mjs').metrics> | null }} observers
 */
function requestObserver({ logger = null, metrics = null }) {
  if (!logger && !metrics) return null
  /** @type {Map<string, { observe: (value: number) => void }>} */
  const byKindAndStatus = new Map()
  const cacheCounters = metrics
    ? {
        HIT: metrics.originCache.labels('hit'),
        MISS: metrics.originCache.labels('miss'),
        PASS: metrics.originCache.labels('pass'),
      }
    : null
  return (req, res, started, address, trust) => {
    const id = requestId(req, () => trust(req.socket.remoteAddress ?? '', 0))
    req.headers['x-request-id'] = id
    res.setHeader('X-Request-Id', id)
    /** @type {{ cache: 'HIT' | 'MISS' | 'PASS' }} */
    const seen = { cache: 'PASS' }
    res.once('close', () => {
      const cache = seen.cache
      const seconds = (performance.now() - started) / 1000
      const status = res.writableFinished ? res.statusCode : 499
      const rawUrl = req.url ?? '/'
      const query = rawUrl.indexOf('?')
      const path = query < 0 ? rawUrl : rawUrl.slice(0, query)
      const kind = routeKind(path, req.headers)
      if (metrics) {
        const key = `${kind} ${status}`
        let child = byKindAndStatus.get(key)
        if (!child)
          byKindAndStatus.set(key, (child = metrics.requests.labels(kind, String(status))))
        child.observe(seconds)
        cacheCounters[cache].inc()
      }
      // The path without its query: query strings carry search words and newsletter tokens
      // of readers who may be at risk for reading us.
      logger?.info({
        id,
        addr: address,
        kind,
        method: req.method,
        path: path.length > 512 ? `${path.slice(0, 512)}…` : path,
        status,
        ms: Math.round(seconds * 10_000) / 10,
        cache,
      })
    })
    return seen
  }
}

/**
 * Before Next sees the request: X-Forwarded-For becomes exactly the client's address (the
 * API's limits read its first entry and believe it; `next start` would pass on whatever a
 * client wrote there). The other forwarding headers count only from a trusted proxy.
 */
export function rewriteForwardedHeaders(req, trust) {
  const address = clientAddress(req, trust)
  const fromTrustedProxy = trust(req.socket.remoteAddress ?? '', 0)
  req.headers['x-forwarded-for'] = address
  req.headers['x-real-ip'] = address
  delete req.headers['forwarded']
  if (!fromTrustedProxy) {
    delete req.headers['x-forwarded-host']
    delete req.headers['x-forwarded-proto']
    delete req.headers['x-forwarded-port']
  }
  return address
}

/**
 * Sets the caching headers just before the status line and headers are sent, whichever way
 * Next sends them (writeHead with or without headers, or implicitly on the first write).
 */
export function applyCachingOnWriteHead(req, res, { maxAge, stale }) {
  const writeHead = res.writeHead
  res.writeHead = function writeHeadWithCaching(statusCode, ...rest) {
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0]
    if (headers) {
      // Fold headers passed here into the response, as Node would, so one place decides.
      for (const [name, values] of headerEntries(headers))
        res.setHeader(name, values.length === 1 ? values[0] : values)
      rest = typeof rest[0] === 'string' ? [rest[0]] : []
    }
    const pathname = (req.url ?? '/').split('?')[0]
    const { cacheControl, xkey } = cachingHeaders({
      method: req.method ?? 'GET',
      pathname,
      cookieHeader: req.headers.cookie,
      status: statusCode,
      cacheControl: res.getHeader('cache-control'),
      setsCookie: res.hasHeader('set-cookie'),
      maxAge,
      stale,
      xkey: res.hasHeader('xkey') ? String(res.getHeader('xkey')) : null,
    })
    if (cacheControl) res.setHeader('Cache-Control', cacheControl)
    if (xkey) res.setHeader('xkey', xkey)
    else res.removeHeader('xkey')
    return writeHead.call(this, statusCode, ...rest)
  }
}

/** writeHead's headers (an object, [name, value] pairs or the raw flat list) by name. */
function headerEntries(headers) {
  let pairs = headers
  if (!Array.isArray(headers)) pairs = Object.entries(headers)
  else if (!Array.isArray(headers[0])) {
    pairs = []
    for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]])
  }
  const byName = new Map()
  for (const [name, value] of pairs) {
    const key = String(name).toLowerCase()
    byName.set(key, [...(byName.get(key) ?? []), ...[value].flat()])
  }
  return byName
}
