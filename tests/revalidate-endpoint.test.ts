/** The internal endpoint through which jobs and the worker refresh the site's pages. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { revalidateContent, revalidationToken } from '@/payload/revalidate'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { articleData, createWorld } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

/**
 * A change's pages are expired at once and again a few seconds later, so that a render that
 * read the data before the write was committed cannot keep the old page in the cache. A real
 * HTTP server stands in for the web server's /api/revalidate and records what it is asked.
 */
const calls: { at: number; tags: string[]; authorised: boolean; seen?: unknown }[] = []
let status = 200
/** What the web server would read when asked: a page it renders then shows that. */
let readOnCall: (() => Promise<unknown>) | null = null
const server = http.createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', async () => {
    const seen = readOnCall ? await readOnCall() : undefined
    calls.push({
      at: Date.now(),
      tags: (JSON.parse(body) as { tags: string[] }).tags,
      authorised: req.headers.authorization === `Bearer ${revalidationToken()}`,
      seen,
    })
    res.writeHead(status, { 'Content-Type': 'application/json' }).end('{}')
  })
})
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const saved = { url: process.env.REVALIDATE_URL, settle: process.env.REVALIDATE_SETTLE_MS }
/** Points revalidation at the recorder, with a short settle time. */
async function listen() {
  if (!server.listening)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.REVALIDATE_SETTLE_MS = '300'
  calls.length = 0
}
async function unlisten() {
  process.env.REVALIDATE_URL = saved.url
  if (saved.settle === undefined) delete process.env.REVALIDATE_SETTLE_MS
  else process.env.REVALIDATE_SETTLE_MS = saved.settle
  // Let the last follow-up requests arrive before the server goes.
  await sleep(400)
  if (server.listening) await new Promise((resolve) => server.close(resolve))
}

describe.skipIf(skip)('POST /api/revalidate', () => {
  let ctx: TestContext
  let api: ApiClient
  beforeAll(async () => {
    ctx = await startPayload()
    api = await apiClient(ctx.config)
  })
  afterAll(async () => ctx?.close())

  const post = async (body: unknown, token?: string) => {
    const routes = await import('@payloadcms/next/routes')
    const response = await routes.REST_POST(ctx.config)(
      new Request('http://localhost:3000/api/revalidate', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: ['revalidate'] }) },
    )
    return { status: response.status, json: await response.json() }
  }

  it('refuses callers without the secret', async () => {
    expect((await post({ tags: ['articles'] })).status).toBe(403)
    expect((await post({ tags: ['articles'] }, 'guess')).status).toBe(403)
  })

  it('explains what it needs when the tags are missing or unknown', async () => {
    const r = await post({ tags: ['everything'] }, revalidationToken())
    expect(r.status).toBe(400)
    expect(r.json.message).toMatch(/articles, weeks, topics/)
    expect((await post('not json', revalidationToken())).status).toBe(400)
  })

  it('is not reachable through GraphQL or as a collection', async () => {
    expect((await api.rest('GET', '/revalidate')).status).toBe(404)
  })

  // GET /api/preview: draft mode for signed-in staff only.
  const get = async (query: string) => {
    const routes = await import('@payloadcms/next/routes')
    const response = await routes.REST_GET(ctx.config)(
      new Request(`http://localhost:3000/api/preview${query}`),
      {
        params: Promise.resolve({ slug: ['preview'] }),
      },
    )
    return { status: response.status, json: await response.json().catch(() => ({})) }
  }

  it('shows drafts only to signed-in staff', async () => {
    const r = await get('?path=/en/articles/some-analysis')
    expect(r.status).toBe(403)
    expect(r.json.message).toMatch(/Sign in/)
  })

  it('publishing an analysis expires its pages once it is committed, and again later', async () => {
    const world = await createWorld(ctx.payload)
    await listen()
    const title = 'Published twice over'
    // Read as the web server would, outside the change's transaction.
    readOnCall = async () =>
      (
        await ctx.payload.find({
          collection: 'articles',
          where: { title: { equals: title }, _status: { equals: 'published' } },
          overrideAccess: true,
          depth: 0,
        })
      ).totalDocs
    await ctx.payload.create({
      collection: 'articles',
      data: { ...articleData(world, title), _status: 'published' },
      overrideAccess: true,
    })
    await sleep(900)
    readOnCall = null
    const asked = calls.filter((c) => c.tags.includes('articles'))
    expect(asked).toHaveLength(2)
    // Asked before the commit, the web server would have rendered the page without it.
    expect(asked.map((c) => c.seen)).toEqual([1, 1])
    await unlisten()
  })
})

describe('expiring pages twice after a change', () => {
  beforeAll(listen)
  afterEach(() => {
    calls.length = 0
    status = 200
  })
  afterAll(unlisten)

  it('asks once at once and once more after the settle time, with the same tags', async () => {
    const started = Date.now()
    expect(await revalidateContent(['articles', 'weeks', 'articles'])).toBe('http')
    expect(calls).toHaveLength(1)
    expect(calls[0].tags).toEqual(['articles', 'weeks'])
    await sleep(600)
    expect(calls).toHaveLength(2)
    expect(calls[1].tags).toEqual(['articles', 'weeks'])
    expect(calls[1].at - started).toBeGreaterThanOrEqual(300)
    expect(calls.every((c) => c.authorised)).toBe(true)
  })

  it('does not ask again when the first request failed, or when turned off', async () => {
    status = 500
    expect(await revalidateContent(['topics'])).toBe('failed')
    status = 200
    process.env.REVALIDATE_SETTLE_MS = '0'
    expect(await revalidateContent(['site'])).toBe('http')
    await sleep(600)
    expect(calls.map((c) => c.tags)).toEqual([['topics'], ['site']])
    process.env.REVALIDATE_SETTLE_MS = '300'
  })
})
