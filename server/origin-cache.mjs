// The web server's own copy of public pages (server/server.mjs): a reader's request for a
// page it already has is answered without Next. Next's full-route cache already keeps the
// page, but Next's routing and rendering of a cached page cost most of what a request costs
// (the benchmark's "origin alone" row); this answers such a request from memory.
//
// It keeps exactly what a front cache may keep (the Cache-Control and xkey that
// cache-policy.mjs gave the response) and forgets it the same way: a change purges the
// pages under its tags (payload/revalidate.ts calls purgeOriginCache at the same moments it
// purges the front caches), and nothing is kept longer than SHARED_CACHE_MAX_AGE.
import { LRUCache } from 'lru-cache'

import { draftModeCookie } from './cache-policy.mjs'
import { clientCopyIsCurrent, ifNoneMatchIsValid } from './conditional.mjs'

/** Cookies that make a request personal: a signed-in user, an editor's draft preview. */
const personalCookies = ['payload-token', draftModeCookie]

/** Headers Next's client navigations and prefetches send: their answers differ (RSC). */
const navigationHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
]

/** Largest page kept; anything bigger goes to Next each time. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024

/**
 * @typedef {{ status: number, headers: [string, string | string[]][], body: Buffer,
 *   tags: string[], etag: string | null, lastModified: string | null, storedAt: number }} Entry
 */

/** The key of a request that may be answered from the cache, or null. */
export function originCacheKey(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  if (navigationHeaders.some((name) => req.headers[name] !== undefined)) return null
  if (req.headers.range || req.headers.authorization) return null
  const cookies = String(req.headers.cookie ?? '')
  if (personalCookies.some((name) => cookies.includes(`${name}=`))) return null
  // Next compresses with gzip when the client accepts it: one copy per encoding. The API
  // answers another site's browser with CORS headers for that site (API_CORS_ORIGINS): one
  // copy per origin that asks.
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const origin = req.headers.origin ? ` ${req.headers.origin}` : ''
  return `${gzip ? 'gzip' : 'identity'} ${req.url}${origin}`
}

/**
 * @param {{ maxBytes: number, maxAgeSeconds: number }} options
 */
export function createOriginCache({ maxBytes, maxAgeSeconds }) {
  /** @type {LRUCache<string, Entry>} */
  const entries = new LRUCache({
    maxSize: Math.max(1, maxBytes),
    sizeCalculation: (entry) => entry.body.length + 512,
    ttl: Math.max(1, maxAgeSeconds) * 1000,
  })
  // Purges are counted so a response rendered before one is not stored after it.
  let generation = 0

  /** Answers the request from the cache; false when it is not there. */
  function serve(req, res, key) {
    const entry = entries.get(key)
    if (!entry) return false
    // A malformed If-None-Match goes to the app, which says what is wrong with it.
    if (!ifNoneMatchIsValid(req.headers['if-none-match'])) return false
    const notModified = clientCopyIsCurrent(
      {
        ifNoneMatch: req.headers['if-none-match'],
        ifModifiedSince: req.headers['if-modified-since'],
      },
      { etag: entry.etag, lastModified: entry.lastModified },
    )
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    res.setHeader('Age', String(Math.floor((Date.now() - entry.storedAt) / 1000)))
    res.setHeader('X-Origin-Cache', 'HIT')
    if (notModified) {
      res.removeHeader('Content-Length')
      res.writeHead(304)
      res.end()
    } else {
      res.writeHead(entry.status)
      res.end(req.method === 'HEAD' ? undefined : entry.body)
    }
    return true
  }

  /**
   * Keeps the response once it is complete, when it is a 200 a shared cache may keep (the
   * headers server/origin.mjs set: public, with surrogate keys).
   */
  function capture(req, res, key) {
    if (req.method !== 'GET') return
    const startedIn = generation
    const chunks = []
    let size = 0
    let tooLarge = false
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || tooLarge) return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
      size += buffer.length
      if (size > MAX_ENTRY_BYTES) tooLarge = true
      else chunks.push(buffer)
    }
    const write = res.write
    const end = res.end
    res.write = function writeAndKeep(chunk, encoding, callback) {
      keep(chunk, encoding)
      return write.call(this, chunk, encoding, callback)
    }
    res.end = function endAndKeep(chunk, encoding, callback) {
      keep(chunk, encoding)
      return end.call(this, chunk, encoding, callback)
    }
    res.on('finish', () => {
      if (tooLarge || res.statusCode !== 200 || startedIn !== generation) return
      const cacheControl = String(res.getHeader('cache-control') ?? '')
      const xkey = String(res.getHeader('xkey') ?? '')
      if (!/^public\b/.test(cacheControl) || !xkey || res.hasHeader('set-cookie')) return
      const headers = Object.entries(res.getHeaders()).filter(
        ([name]) =>
          name !== 'age' && name !== 'date' && name !== 'x-origin-cache' && name !== 'x-request-id',
      )
      const body = Buffer.concat(chunks)
      entries.set(key, {
        status: 200,
        headers: headers.map(([name, value]) => [
          name,
          Array.isArray(value) ? value.map(String) : String(value),
        ]),
        body,
        tags: xkey.split(' ').filter((k) => !k.includes(':')),
        etag: res.hasHeader('etag') ? String(res.getHeader('etag')) : null,
        lastModified: res.hasHeader('last-modified')
          ? String(res.getHeader('last-modified'))
          : null,
        storedAt: Date.now(),
      })
    })
  }

  /** Forgets every page under any of the tags; `null` forgets everything. */
  function purge(tags) {
    generation += 1
    if (tags === null) {
      const count = entries.size
      entries.clear()
      return count
    }
    const wanted = new Set(tags)
    let count = 0
    for (const [key, entry] of entries.entries()) {
      if (entry.tags.some((tag) => wanted.has(tag))) {
        entries.delete(key)
        count += 1
      }
    }
    return count
  }

  return {
    serve,
    capture,
    purge,
    get size() {
      return entries.size
    },
  }
}
