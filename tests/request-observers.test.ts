/**
 * What the production server (server/origin.mjs) records about each request, on real sockets
 * with a stand-in for Next: one JSON log line with the request id it sends back, request
 * metrics by route kind and status, the page cache's hits and misses, and addresses no page
 * can have (%00, percent-encodings that are not UTF-8) answered with a 400 before Next.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import { afterEach, describe, expect, it } from 'vitest'

import { metrics, routeKind } from '../server/metrics.mjs'
import { createOriginCache } from '../server/origin-cache.mjs'
import { originRequestHandler, originSettings } from '../server/origin.mjs'
import { createRequestLogger } from '../server/request-log.mjs'

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})

type Line = Record<string, string | number>

async function origin(env: Record<string, string>) {
  const lines: Line[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  const nextCalls: string[] = []
  // Stands in for Next: a public page the caches may keep, and an API answer.
  const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
    nextCalls.push(req.url ?? '')
    res.setHeader('Content-Type', 'text/html')
    if (req.url?.startsWith('/api/')) res.statusCode = 404
    else res.setHeader('Cache-Control', 's-maxage=31536000')
    res.end('<p>page</p>')
  }
  const server = http.createServer(
    originRequestHandler(
      originSettings(env),
      next,
      createOriginCache({ maxBytes: 1 << 20, maxAgeSeconds: 60 }),
      { logger: createRequestLogger({}, stream), metrics: metrics() },
    ),
  )
  servers.push(server)
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines, nextCalls }
}

const counter = async (name: string) =>
  (await metrics().registry.getSingleMetric(name)?.get())?.values ?? []

describe('each request', () => {
  it('is logged once as JSON with its id, kind, status, duration and cache result', async () => {
    const { base, lines } = await origin({})
    const first = await fetch(`${base}/en/topics?utm=x`, { headers: { 'X-Request-Id': 'forged' } })
    const second = await fetch(`${base}/en/topics`)
    await first.text()
    await second.text()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const id = first.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/)
    expect(second.headers.get('x-request-id')).not.toBe(id)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({
      id: id!,
      addr: '127.0.0.1',
      kind: 'page',
      method: 'GET',
      path: '/en/topics',
      status: 200,
    })
    expect(typeof lines[0].ms).toBe('number')
    expect(typeof lines[0].time).toBe('number')
    // The query string makes it another page: both went to Next.
    expect(lines.map((line) => line.cache)).toEqual(['MISS', 'MISS'])
  })

  it('keeps the id a trusted proxy sends, and never a cached page’s', async () => {
    const { base, lines } = await origin({ TRUSTED_PROXIES: 'loopback' })
    // The same address twice: the second is answered from memory (X-Origin-Cache: HIT).
    const sent = { headers: { 'X-Request-Id': 'varnish-1001' } }
    const miss = await fetch(`${base}/en/topics/security`, sent)
    await miss.text()
    const hit = await fetch(`${base}/en/topics/security`, { headers: { 'X-Request-Id': 'v-2' } })
    await hit.text()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(miss.headers.get('x-request-id')).toBe('varnish-1001')
    expect(hit.headers.get('x-origin-cache')).toBe('HIT')
    expect(hit.headers.get('x-request-id')).toBe('v-2')
    expect(lines.map((line) => [line.id, line.cache])).toEqual([
      ['varnish-1001', 'MISS'],
      ['v-2', 'HIT'],
    ])
  })

  it('is counted by route kind and status, and the page cache’s hits and misses', async () => {
    const { base } = await origin({})
    const value = async (name: string, labels: Record<string, string>) =>
      (await counter(name)).find((v) =>
        Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l),
      )?.value ?? 0
    const hits = await value('wm_origin_cache_requests_total', { result: 'hit' })
    for (const path of ['/en/weeks', '/en/weeks', '/en/weeks', '/api/nothing'])
      await (await fetch(`${base}${path}`)).text()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await value('wm_origin_cache_requests_total', { result: 'hit' })).toBe(hits + 2)
    const text = await metrics().registry.metrics()
    expect(text).toMatch(/wm_http_request_duration_seconds_count\{kind="page",status="200"\} \d+/)
    expect(text).toMatch(/wm_http_request_duration_seconds_count\{kind="api",status="404"\} \d+/)
  })
})

describe('an address no page can have', () => {
  it('gets a 400 with a sentence before Next sees it', async () => {
    const { base, nextCalls, lines } = await origin({})
    for (const path of [
      '/en/topics/%00',
      '/en/articles/a%00b',
      '/en/search?q=x%00',
      '/api/topics/%ED%A0%80',
      '/en/weeks/%FF',
      '/_next/static/%00.js',
    ]) {
      const answer = await fetch(`${base}${path}`)
      expect(answer.status, path).toBe(400)
      expect(answer.headers.get('cache-control'), path).toBe('private, no-store')
      expect(await answer.text(), path).toMatch(/^The (address|query string) .*\.\n$/)
    }
    expect(nextCalls).toEqual([])
    // A plain percent sign in a query (a search for "100%") still reaches the page.
    expect((await fetch(`${base}/en/search?q=100%`)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lines.filter((line) => line.status === 400)).toHaveLength(6)
  })
})

describe('route kinds', () => {
  it('name few kinds, so a page is not a time series of its own', () => {
    const kinds = Object.fromEntries(
      [
        '/en',
        '/be/articles/x',
        '/api/articles',
        '/api/graphql',
        '/api/media/file/a.jpg',
        '/api/ready',
        '/admin/collections/articles',
        '/_next/static/chunks/a.js',
        '/_next/image',
        '/en/feed.xml',
        '/en/weeks/2023-02-13/pdf',
        '/icon.svg',
      ].map((path) => [path, routeKind(path, {})]),
    )
    expect(kinds).toEqual({
      '/en': 'page',
      '/be/articles/x': 'page',
      '/api/articles': 'api',
      '/api/graphql': 'graphql',
      '/api/media/file/a.jpg': 'media',
      '/api/ready': 'ops',
      '/admin/collections/articles': 'admin',
      '/_next/static/chunks/a.js': 'static',
      '/_next/image': 'image',
      '/en/feed.xml': 'feed',
      '/en/weeks/2023-02-13/pdf': 'feed',
      '/icon.svg': 'static',
    })
    expect(routeKind('/en', { rsc: '1' })).toBe('rsc')
  })
})
