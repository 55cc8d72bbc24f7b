/**
 * What an operator relies on (issue #22): bad input refused with a 4xx that says why before it
 * reaches the database (PostgreSQL answered a NUL byte with a 500), a cut-off JSON body named
 * as such with its position, readiness that notices a missing migration or a database gone,
 * and metrics that move when sign-ins are throttled or content is published. Payload's real
 * route handlers behind our guard, on this project's database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

let addressCount = 0
const nextAddress = () => `198.51.100.${++addressCount}`

/** A readiness request from someone who may read the details (METRICS_TOKEN). */
const trustedReady = () => {
  process.env.METRICS_TOKEN = 'scrape-secret'
  return new Request('http://localhost:3000/api/ready', {
    headers: { authorization: 'Bearer scrape-secret' },
  })
}

/** Next's notFound(): what a page shows as its localized 404. */
const isNotFound = (error: unknown) =>
  String((error as { digest?: string })?.digest ?? '').startsWith('NEXT_HTTP_ERROR_FALLBACK;404')

describe.skipIf(skip)('operations', () => {
  let ctx: TestContext
  let world: World
  let api: ApiClient

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    api = await apiClient(ctx.config)
  })
  afterAll(async () => ctx?.close())

  const call = async (
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    init: { headers?: Record<string, string>; body?: string | FormData } = {},
  ) => {
    const response = await api.request(method, path, {
      ...init,
      headers: { 'x-forwarded-for': nextAddress(), ...init.headers },
    })
    const text = await response.text()
    let message = text
    try {
      const json = JSON.parse(text) as { errors?: { message: string }[]; message?: string }
      message = json.errors?.[0]?.message ?? json.message ?? text
    } catch {
      // An HTML form page: its text is the message.
    }
    return { status: response.status, message }
  }
  const staffJson = () => ({
    authorization: `JWT ${world.editor.token}`,
    'content-type': 'application/json',
  })

  describe('values no database can store', () => {
    it('are refused in REST paths, query strings and JSON fields with a 400 that says why', async () => {
      const cases: [string, Awaited<ReturnType<typeof call>>][] = [
        ['path', await call('GET', '/topics/%00')],
        ['query', await call('GET', '/topics?where[slug][equals]=%00')],
        ['query key', await call('GET', '/articles?where[title%00][equals]=x')],
        [
          'field',
          await call('PATCH', `/topics/${world.topic}`, {
            headers: staffJson(),
            body: JSON.stringify({ name: 'Security\u0000' }),
          }),
        ],
        [
          'lone surrogate',
          await call('PATCH', `/topics/${world.topic}`, {
            headers: staffJson(),
            body: '{"description": "half an emoji: \\ud83d"}',
          }),
        ],
        [
          'admin form',
          await (async () => {
            const form = new FormData()
            form.set('_payload', JSON.stringify({ name: 'Security\u0000' }))
            return call('PATCH', `/topics/${world.topic}`, {
              headers: { authorization: `JWT ${world.editor.token}` },
              body: form,
            })
          })(),
        ],
        [
          'absurdly long',
          await call('PATCH', `/topics/${world.topic}`, {
            headers: staffJson(),
            body: JSON.stringify({ name: 'x'.repeat(1_000_001) }),
          }),
        ],
      ]
      for (const [what, answer] of cases) {
        expect(answer.status, what).toBe(400)
        expect(answer.message, what).toMatch(/NUL|surrogate|characters long/)
        expect(answer.message, what).toMatch(/\.$/)
      }
      // Nothing was written.
      const topic = await ctx.payload.findByID({ collection: 'topics', id: world.topic })
      expect(topic.name).not.toMatch(/\u0000/)
    })

    it('are refused in GraphQL variables and string literals', async () => {
      const variables = await api.gql(
        'query ($slug: String) { Topics(where: { slug: { equals: $slug } }) { docs { id } } }',
        { variables: { slug: 'a\u0000' } },
      )
      expect(variables.status).toBe(400)
      expect(variables.errors?.[0].message).toMatch(/NUL character/)
      const literal = await api.gql(
        '{ Topics(where: { slug: { equals: "a\\u0000" } }) { docs { id } } }',
      )
      expect(literal.status).toBe(400)
      expect(literal.errors?.[0].message).toMatch(/NUL character/)
    })

    it('are refused by the newsletter form', async () => {
      const answer = await call('POST', '/newsletter/subscribe?locale=en', {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: 'email=reader%00@example.org&language=en',
      })
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
    })

    it('find nothing in the site’s queries (the page’s 404), never a database error', async () => {
      const { getTopicBySlug } = await import('@/lib/topics')
      const { getArticleBySlug } = await import('@/lib/articles')
      const { getWeekBySlug } = await import('@/lib/weeks')
      const { getAnalystBySlug } = await import('@/lib/analysts')
      const { readSearchParams, searchArticles } = await import('@/lib/search')
      const { getOldLinkTarget } = await import('@/lib/oldLinks')
      const queries: [string, () => Promise<unknown>][] = [
        ['topic', () => getTopicBySlug('\u0000', 'en')],
        ['article', () => getArticleBySlug('a\u0000b', 'en')],
        ['week', () => getWeekBySlug('\ud800', 'en')],
        ['analyst', () => getAnalystBySlug('\u0000', 'en')],
        ['search', () => searchArticles(readSearchParams({ q: 'belarus\u0000' }), 'en')],
      ]
      for (const [what, query] of queries) {
        const error = await query().then(
          () => null,
          (e: unknown) => e,
        )
        expect(isNotFound(error), `${what}: ${String(error)}`).toBe(true)
      }
      expect(await getOldLinkTarget('en', ['2023', '\u0000'])).toBeNull()
    })
  })

  describe('a body that is not JSON', () => {
    it('gets a 400 naming where it stops, not "An unknown error occurred."', async () => {
      const body = JSON.stringify({ name: 'Security', description: 'A topic' }).slice(0, 30)
      const cut = await call('PATCH', `/topics/${world.topic}`, { headers: staffJson(), body })
      expect(cut.status).toBe(400)
      expect(cut.message).toBe(
        `The request body is not valid JSON: unexpected end at position ${body.length}.`,
      )
      const stray = await call('POST', '/topics', { headers: staffJson(), body: '{"name":}' })
      expect(stray.status).toBe(400)
      expect(stray.message).toBe(
        'The request body is not valid JSON: unexpected "}" at position 8.',
      )
      const gql = await api.graphqlRequest({
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ Site { siteName } }"',
      })
      expect(gql.status).toBe(400)
      expect(((await gql.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /not valid JSON: unexpected end at position 33/,
      )
    })
  })

  describe('health and readiness', () => {
    it('answers liveness without the database, and readiness with each check', async () => {
      const health = await (await import('@/app/(payload)/api/health/route')).GET()
      expect(health.status).toBe(200)
      expect(health.headers.get('cache-control')).toBe('private, no-store')

      const { GET } = await import('@/app/(payload)/api/ready/route')
      const ready = await GET(trustedReady())
      const answer = (await ready.json()) as {
        ready: boolean
        checks: Record<string, { ok: boolean; detail: string }>
      }
      expect(ready.status, JSON.stringify(answer)).toBe(200)
      expect(ready.headers.get('cache-control')).toBe('private, no-store')
      expect(answer.checks.database.ok).toBe(true)
      expect(answer.checks.migrations.detail).toBe('all applied')
      expect(answer.checks.jobs.detail).toMatch(/oldest due job waiting \d+ s/)
      // Anyone else learns only what is ok.
      const stranger = await GET(new Request('http://localhost:3000/api/ready'))
      expect(await stranger.json()).toEqual({
        ready: true,
        checks: { database: { ok: true }, migrations: { ok: true }, jobs: { ok: true } },
      })
    })

    it('is not ready while a committed migration is not applied', async () => {
      const { docs } = await ctx.payload.find({
        collection: 'payload-migrations',
        sort: '-name',
        limit: 1,
        overrideAccess: true,
      })
      const last = docs[0]
      await ctx.payload.delete({ collection: 'payload-migrations', id: last.id })
      try {
        const { GET } = await import('@/app/(payload)/api/ready/route')
        const ready = await GET(trustedReady())
        const answer = (await ready.json()) as { checks: Record<string, { detail: string }> }
        expect(ready.status).toBe(503)
        expect(answer.checks.migrations.detail).toContain(last.name)
      } finally {
        await ctx.payload.create({
          collection: 'payload-migrations',
          data: { name: last.name, batch: last.batch },
          overrideAccess: true,
        })
      }
    })
  })

  describe('metrics', () => {
    const read = async (headers: Record<string, string>) => {
      const { GET } = await import('@/app/(payload)/api/metrics/route')
      return GET(new Request('http://localhost:3000/api/metrics', { headers }))
    }
    const value = (text: string, line: string) => {
      const found = text.split('\n').find((l) => l.startsWith(`${line} `))
      return found ? Number(found.slice(line.length + 1)) : 0
    }

    it('are refused to strangers with a sentence, and read by trusted proxies or the token', async () => {
      process.env.TRUSTED_PROXIES = '10.0.0.0/8'
      process.env.METRICS_TOKEN = 'scrape-secret'
      const stranger = await read({ 'x-forwarded-for': '203.0.113.5' })
      expect(stranger.status).toBe(403)
      expect(await stranger.text()).toMatch(/TRUSTED_PROXIES .* METRICS_TOKEN/)
      expect(
        (await read({ 'x-forwarded-for': '203.0.113.5', authorization: 'Bearer nope' })).status,
      ).toBe(403)
      const proxy = await read({ 'x-forwarded-for': '10.1.2.3' })
      expect(proxy.status).toBe(200)
      expect(proxy.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/)
      expect(proxy.headers.get('cache-control')).toBe('private, no-store')
      const token = await read({ authorization: 'Bearer scrape-secret' })
      expect(token.status).toBe(200)
      expect(await token.text()).toMatch(/^wm_jobs_lag_seconds \d/m)
    })

    it('count throttled sign-ins, refusals and publications', async () => {
      const scrape = async () => (await read({ authorization: 'Bearer scrape-secret' })).text()
      const before = await scrape()
      const address = nextAddress()
      for (let i = 0; i < 6; i++) {
        await api.request('POST', '/users/login', {
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ email: 'a@test.local', password: `wrong-${i}` }),
        })
      }
      await ctx.payload.create({
        collection: 'articles',
        data: { ...articleData(world, 'Metrics moved'), _status: 'published' },
        overrideAccess: true,
      })
      // The change spreads once its transaction is over (payload/revalidate.ts).
      const deadline = Date.now() + 10_000
      let after = await scrape()
      const spread = (text: string) =>
        value(text, 'wm_expiry_spread_seconds_count{via="failed"}') +
        value(text, 'wm_expiry_spread_seconds_count{via="http"}')
      while (spread(after) === spread(before) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        after = await scrape()
      }
      const counter = 'wm_sign_in_total{outcome="throttled"}'
      expect(value(after, counter)).toBeGreaterThan(value(before, counter))
      expect(value(after, 'wm_sign_in_total{outcome="failed"}')).toBeGreaterThanOrEqual(3)
      expect(value(after, 'wm_api_refusals_total{status="429"}')).toBeGreaterThan(
        value(before, 'wm_api_refusals_total{status="429"}'),
      )
      expect(value(after, 'wm_api_refusals_total{status="400"}')).toBeGreaterThan(0)
      expect(spread(after)).toBeGreaterThan(spread(before))
    })
  })

  // Last: the database goes away for good.
  it.skipIf(process.env.TEST_DB !== 'postgres')(
    'is not ready once the PostgreSQL database is gone, and says so',
    async () => {
      const pool = (
        ctx.payload.db as unknown as {
          pool?: {
            on: (e: 'error', l: () => void) => void
            _clients?: { on: typeof Function.prototype }[]
          }
        }
      ).pool
      pool?.on('error', () => undefined)
      for (const client of pool?._clients ?? []) client.on('error', () => undefined)
      await ctx.db.drop()
      const { GET } = await import('@/app/(payload)/api/ready/route')
      const ready = await GET(trustedReady())
      const answer = (await ready.json()) as {
        ready: boolean
        checks: Record<string, { ok: boolean; detail: string }>
      }
      expect(ready.status).toBe(503)
      expect(answer.ready).toBe(false)
      expect(answer.checks.database.ok).toBe(false)
      expect(answer.checks.database.detail.length).toBeGreaterThan(5)
    },
  )
})
