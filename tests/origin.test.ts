/**
 * The production server's own rules (server/server.mjs), on real sockets: who the client
 * is, which responses a shared cache may keep and under which keys, and bad settings
 * stopping start-up. The same rules around the real Next app: e2e/origin.spec.ts.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/routing'
import { tags } from '@/lib/cache'

import { cacheTagNames, isPrivatePath, publicRoute, siteLocales } from '../server/cache-policy.mjs'
import { createOriginCache } from '../server/origin-cache.mjs'
import { originRequestHandler, originSettings } from '../server/origin.mjs'

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})

/** A server on 127.0.0.1 doing what server/server.mjs does before and after Next. */
async function origin(
  env: Record<string, string>,
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  originCache: ReturnType<typeof createOriginCache> | null = null,
) {
  const settings = originSettings(env)
  const server = http.createServer(originRequestHandler(settings, handler, originCache))
  servers.push(server)
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Answers with the forwarding headers Next would see. */
const echoForwarding = (req: http.IncomingMessage, res: http.ServerResponse) => {
  res.setHeader('Content-Type', 'application/json')
  res.end(
    JSON.stringify({
      for: req.headers['x-forwarded-for'],
      host: req.headers['x-forwarded-host'] ?? null,
      forwarded: req.headers['forwarded'] ?? null,
    }),
  )
}

describe('the client address', () => {
  it('is the socket address when no proxy is trusted, whatever the client writes', async () => {
    const base = await origin({}, echoForwarding)
    const seen = await (
      await fetch(`${base}/api/x`, {
        headers: {
          'X-Forwarded-For': '203.0.113.9, 198.51.100.4',
          'X-Forwarded-Host': 'evil.example',
          Forwarded: 'for=203.0.113.9',
        },
      })
    ).json()
    expect(seen).toEqual({ for: '127.0.0.1', host: null, forwarded: null })
  })

  it('is the nearest untrusted address when the socket is a trusted proxy', async () => {
    const base = await origin({ TRUSTED_PROXIES: 'loopback' }, echoForwarding)
    const seen = await (
      await fetch(`${base}/api/x`, {
        headers: {
          // A client's own claim, then the address the proxy saw: only the latter counts.
          'X-Forwarded-For': '198.51.100.4, 203.0.113.9',
          'X-Forwarded-Host': 'monitor.example',
        },
      })
    ).json()
    expect(seen).toEqual({ for: '203.0.113.9', host: 'monitor.example', forwarded: null })
  })

  it('skips every trusted hop, and stops at a proxy not in the list', async () => {
    const chain = await origin({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' }, echoForwarding)
    const seen = await (
      await fetch(`${chain}/`, { headers: { 'X-Forwarded-For': '203.0.113.9, 10.1.2.3' } })
    ).json()
    expect(seen.for).toBe('203.0.113.9')
    const elsewhere = await origin({ TRUSTED_PROXIES: '10.0.0.0/8' }, echoForwarding)
    const direct = await (
      await fetch(`${elsewhere}/`, { headers: { 'X-Forwarded-For': '203.0.113.9' } })
    ).json()
    expect(direct.for).toBe('127.0.0.1')
  })
})

describe('settings', () => {
  it('refuse a TRUSTED_PROXIES entry that is not an address, in one sentence', () => {
    expect(() => originSettings({ TRUSTED_PROXIES: 'loopback, varnish.internal' })).toThrow(
      /^TRUSTED_PROXIES has an entry that is not an IP address.*\.$/,
    )
    expect(() => originSettings({ ORIGIN_COMPRESSION: 'no' })).toThrow(/ORIGIN_COMPRESSION/)
    expect(() => originSettings({ SHARED_CACHE_MAX_AGE: '5m' })).toThrow(/SHARED_CACHE_MAX_AGE/)
    expect(originSettings({})).toMatchObject({
      port: 3000,
      hostname: '0.0.0.0',
      trustedProxies: [],
      compression: true,
      maxAge: 300,
      stale: 86400,
    })
  })

  it('stop npm start before it loads anything', () => {
    const run = spawnSync(process.execPath, ['server/server.mjs'], {
      env: { ...process.env, TRUSTED_PROXIES: '10.0.0.0/33', PORT: '3409' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/TRUSTED_PROXIES/)
  })
})

describe('caching headers', () => {
  const nextStatic = 's-maxage=31536000'
  const nextDynamic = 'private, no-cache, no-store, max-age=0, must-revalidate'

  it('a statically rendered public page: shared for SHARED_CACHE_*, with its surrogate keys', async () => {
    const base = await origin(
      { SHARED_CACHE_MAX_AGE: '60', SHARED_CACHE_STALE: '600' },
      (_, res) => {
        res.setHeader('Cache-Control', nextStatic)
        res.end('<html>')
      },
    )
    const page = await fetch(`${base}/be/topics/economy?x=1`)
    expect(page.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    )
    expect(page.headers.get('xkey')?.split(' ')).toEqual([
      ...cacheTagNames,
      'locale:be',
      'path:/be/topics/economy',
    ])
  })

  it('a search, rendered per request, is shared all the same: it is the same for everyone', async () => {
    const base = await origin({}, (_, res) => {
      res.setHeader('Cache-Control', nextDynamic)
      res.end('<html>')
    })
    const search = await fetch(`${base}/ru/search?q=${encodeURIComponent('санкции')}`)
    expect(search.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=300,/)
    expect(search.headers.get('xkey')).toMatch(/^articles .* locale:ru path:\/ru\/search$/)
    const preview = await fetch(`${base}/ru/search?q=x`, {
      headers: { Cookie: '__prerender_bypass=1' },
    })
    expect(preview.headers.get('cache-control')).toMatch(/private.*no-store/)
  })

  it('headers given to writeHead count too', async () => {
    const base = await origin({}, (_, res) => {
      res.writeHead(200, { 'Cache-Control': nextStatic, 'Content-Type': 'application/xml' })
      res.end('<rss/>')
    })
    const feed = await fetch(`${base}/ru/feed.xml`)
    expect(feed.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=300,/)
    expect(feed.headers.get('content-type')).toBe('application/xml')
    expect(feed.headers.get('xkey')).toMatch(/ locale:ru path:\/ru\/feed\.xml$/)
  })

  it('never shared: dynamic pages, private paths, draft mode, cookies, errors', async () => {
    const base = await origin({}, (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      res.statusCode = Number(url.searchParams.get('status') ?? 200)
      res.setHeader('Cache-Control', url.searchParams.get('cc') ?? nextStatic)
      if (url.searchParams.has('cookie')) res.setHeader('Set-Cookie', 'a=b')
      res.setHeader('xkey', 'forged')
      res.end()
    })
    const cases: [string, RequestInit?][] = [
      [`/en/weeks?cc=${encodeURIComponent(nextDynamic)}`],
      ['/be/subscribe'],
      ['/ru/newsletter/confirm'],
      ['/admin/collections/articles'],
      ['/api/articles'],
      ['/en/articles/x', { headers: { Cookie: '__prerender_bypass=1' } }],
      ['/en/articles/x?cookie=1'],
      ['/en/articles/x?status=404'],
      ['/en/articles/x', { method: 'POST' }],
    ]
    for (const [url, init] of cases) {
      const response = await fetch(`${base}${url}`, init)
      expect(response.headers.get('cache-control'), url).toMatch(/private.*no-store/)
      expect(response.headers.get('xkey'), url).toBeNull()
    }
  })

  it('uploaded pictures: shared under the media key, a range or an error never', async () => {
    const base = await origin({ SHARED_CACHE_MAX_AGE: '86400' }, (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      res.statusCode = Number(url.searchParams.get('status') ?? 200)
      res.setHeader('Content-Type', 'image/webp')
      res.end()
    })
    const picture = await fetch(`${base}/api/media/file/hero-1600x900.webp`)
    expect(picture.headers.get('cache-control')).toMatch(
      /^public, max-age=3600, s-maxage=86400, stale-while-revalidate=\d+$/,
    )
    expect(picture.headers.get('xkey')).toBe('media path:/api/media/file/hero-1600x900.webp')
    for (const status of [206, 404]) {
      const response = await fetch(`${base}/api/media/file/hero.webp?status=${status}`)
      expect(response.headers.get('cache-control'), String(status)).toBe('private, no-store')
      expect(response.headers.get('xkey'), String(status)).toBeNull()
    }
  })

  it('leaves what it has no rule for as Next sent it', async () => {
    const immutable = 'public, max-age=31536000, immutable'
    const base = await origin({}, (_, res) => {
      res.setHeader('Cache-Control', immutable)
      res.end()
    })
    for (const url of ['/_next/static/chunks/a.js', '/api/media/file/hero.webp']) {
      const response = await fetch(`${base}${url}`)
      expect(response.headers.get('cache-control')).toBe(immutable)
      expect(response.headers.get('xkey')).toBeNull()
    }
  })
})

describe('public pages kept in memory', () => {
  const nextStatic = 's-maxage=31536000'
  /** A stand-in for Next that counts what it is asked and can be told what to answer. */
  function countingNext() {
    const asked: string[] = []
    let version = 1
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
      asked.push(req.url ?? '')
      const url = new URL(req.url ?? '/', 'http://x')
      res.statusCode = Number(url.searchParams.get('status') ?? 200)
      res.setHeader('Cache-Control', url.searchParams.get('cc') ?? nextStatic)
      res.setHeader('ETag', `"v${version}"`)
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      if (url.searchParams.has('cookie')) res.setHeader('Set-Cookie', 'a=b')
      res.write(`<html>version ${version}`)
      // A render still going when a change is purged: it read the old content.
      if (url.searchParams.has('slow')) setTimeout(() => res.end('</html>'), 150)
      else res.end('</html>')
    }
    return { asked, handler, publish: () => (version += 1) }
  }
  const cacheFor = () => createOriginCache({ maxBytes: 1024 * 1024, maxAgeSeconds: 300 })

  it('answers a second reader without Next, with the same page and headers', async () => {
    const next = countingNext()
    const base = await origin({}, next.handler, cacheFor())
    const first = await fetch(`${base}/en/topics/economy`)
    const second = await fetch(`${base}/en/topics/economy`)
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get('x-origin-cache')).toBe('HIT')
    for (const name of ['cache-control', 'xkey', 'etag', 'content-type'])
      expect(second.headers.get(name), name).toBe(first.headers.get(name))
    const head = await fetch(`${base}/en/topics/economy`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    const revalidating = await fetch(`${base}/en/topics/economy`, {
      headers: { 'If-None-Match': '"v1"' },
    })
    expect(revalidating.status).toBe(304)
    expect(next.asked).toEqual(['/en/topics/economy'])
  })

  it('forgets the pages under a purged tag, and only those', async () => {
    const next = countingNext()
    const cache = cacheFor()
    const base = await origin({}, next.handler, cache)
    await fetch(`${base}/en/analysts`) // reads site, analysts, media
    await fetch(`${base}/en/weeks`) // reads site, weeks, articles, topics
    next.publish()
    expect(cache.purge(['articles'])).toBe(1)
    expect(await (await fetch(`${base}/en/weeks`)).text()).toContain('version 2')
    expect(await (await fetch(`${base}/en/analysts`)).text()).toContain('version 1')
    expect(next.asked).toEqual(['/en/analysts', '/en/weeks', '/en/weeks'])
  })

  it('keeps nothing personal, private, failed or set while a purge happened', async () => {
    const next = countingNext()
    const cache = cacheFor()
    const base = await origin({}, next.handler, cache)
    const twice = async (url: string, init?: RequestInit) => {
      await (await fetch(`${base}${url}`, init)).text()
      await (await fetch(`${base}${url}`, init)).text()
    }
    await twice('/en/articles/x', { headers: { Cookie: 'payload-token=abc' } })
    await twice('/en/articles/y', { headers: { Cookie: '__prerender_bypass=1' } })
    await twice('/en/articles/z', { headers: { RSC: '1' } })
    await twice('/be/subscribe')
    await twice('/en/articles/gone?status=404')
    await twice('/en/articles/w?cookie=1')
    await twice(`/en/weeks?cc=${encodeURIComponent('private, no-store')}`)
    const inFlight = fetch(`${base}/en/topics?slow=1`).then((r) => r.text())
    await new Promise((resolve) => setTimeout(resolve, 50))
    cache.purge(['topics'])
    await inFlight
    await (await fetch(`${base}/en/topics?slow=1`)).text()
    expect(next.asked).toHaveLength(16)
    expect(cache.size).toBe(1)
  })

  it("keeps the API's public reads as it keeps pages, and answers 304s from memory", async () => {
    const asked: string[] = []
    const api = (req: http.IncomingMessage, res: http.ServerResponse) => {
      asked.push(`${req.url} ${req.headers.origin ?? ''}`.trim())
      const url = new URL(req.url ?? '/', 'http://x')
      res.setHeader('Content-Type', 'application/json')
      if (url.searchParams.has('private')) {
        // What the guard answers a signed-in editor: nothing shareable.
        res.end('{"docs":["draft"]}')
        return
      }
      res.setHeader('Cache-Control', 'public, max-age=30, s-maxage=300, stale-if-error=86400')
      res.setHeader('ETag', '"list-1"')
      res.setHeader('Last-Modified', 'Mon, 07 Dec 2026 10:00:00 GMT')
      res.setHeader('xkey', 'articles topics api locale:en path:/api/articles')
      if (req.headers.origin) res.setHeader('Access-Control-Allow-Origin', req.headers.origin)
      res.end('{"docs":["published"]}')
    }
    const cache = cacheFor()
    const base = await origin({}, api, cache)
    const first = await fetch(`${base}/api/articles?limit=20`)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=30, s-maxage=300, stale-if-error=86400',
    )
    expect(first.headers.get('xkey')).toBe('articles topics api locale:en path:/api/articles')
    const second = await fetch(`${base}/api/articles?limit=20`)
    expect(second.headers.get('x-origin-cache')).toBe('HIT')
    expect(await second.text()).toBe('{"docs":["published"]}')

    const byTag = await fetch(`${base}/api/articles?limit=20`, {
      headers: { 'If-None-Match': 'W/"list-1"' },
    })
    expect(byTag.status).toBe(304)
    const byDate = await fetch(`${base}/api/articles?limit=20`, {
      headers: { 'If-Modified-Since': 'Mon, 07 Dec 2026 10:00:00 GMT' },
    })
    expect(byDate.status).toBe(304)
    expect(byDate.headers.get('x-origin-cache')).toBe('HIT')
    // A malformed If-None-Match goes to the app, which says what is wrong with it.
    await fetch(`${base}/api/articles?limit=20`, { headers: { 'If-None-Match': 'list-1' } })
    // Another site's browser gets the answer with its own CORS headers.
    const partner = await fetch(`${base}/api/articles?limit=20`, {
      headers: { Origin: 'https://partner.example' },
    })
    expect(partner.headers.get('access-control-allow-origin')).toBe('https://partner.example')
    // Staff and anything the app did not call shareable are never kept, and stay private.
    await fetch(`${base}/api/articles?limit=20`, { headers: { Cookie: 'payload-token=abc' } })
    const editor = await fetch(`${base}/api/articles?private=1`)
    expect(editor.headers.get('cache-control')).toBe('private, no-store')
    await fetch(`${base}/api/articles?private=1`)
    expect(asked).toEqual([
      '/api/articles?limit=20',
      '/api/articles?limit=20',
      '/api/articles?limit=20 https://partner.example',
      '/api/articles?limit=20',
      '/api/articles?private=1',
      '/api/articles?private=1',
    ])
    expect(cache.purge(['topics'])).toBe(2)
  })

  it('stays off when the shared lifetime is 0 or ORIGIN_CACHE_MB is 0', () => {
    expect(originSettings({ ORIGIN_CACHE_MB: '0' }).originCacheMegabytes).toBe(0)
    expect(originSettings({}).originCacheMegabytes).toBe(64)
    expect(() => originSettings({ ORIGIN_CACHE_MB: 'lots' })).toThrow(
      'ORIGIN_CACHE_MB must be a whole number from 0 to 65536, not "lots".',
    )
  })
})

describe('the policy stays in step with the app', () => {
  it('knows the cache tags of lib/cache.ts and the languages of i18n/routing.ts', () => {
    expect([...cacheTagNames].sort()).toEqual(Object.values(tags).sort())
    expect(siteLocales).toEqual([...locales])
  })

  it('classifies every page and feed of the site as public or private', () => {
    const root = path.resolve('app/(site)/[locale]')
    const routes = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file) && !file.includes('[...'))
    expect(routes.length).toBeGreaterThan(10)
    for (const file of routes) {
      const url = `/en/${path.dirname(file)}`
        .replace(/\/\.$/, '')
        .replace(/\[n\]/g, '2')
        .replace(/\[[a-z]+\]/g, 'sample')
      expect(publicRoute(url) !== null || isPrivatePath(url), `${file} → ${url}`).toBe(true)
    }
  })

  it('runs proxy.ts only where a language must be chosen', () => {
    // Read, not imported: next-intl's middleware does not load outside Next.
    const source = fs.readFileSync('proxy.ts', 'utf8')
    const pattern = /matcher: \['(.+)'\]/.exec(source)?.[1].replace(/\\\\/g, '\\')
    const matcher = new RegExp(`^${pattern}$`)
    for (const locale of locales) {
      expect(matcher.test(`/${locale}`)).toBe(false)
      expect(matcher.test(`/${locale}/weeks/2026-11-16`)).toBe(false)
    }
    for (const other of ['/api/articles', '/admin', '/_next/static/a.js', '/robots.txt'])
      expect(matcher.test(other), other).toBe(false)
    for (const bare of ['/', '/weeks', '/english']) expect(matcher.test(bare), bare).toBe(true)
  })
})
