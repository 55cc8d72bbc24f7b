/**
 * The content API as programs read it (#21): anonymous reads of published content come back
 * shareable with validators and CORS, lean by default, and nothing personal or unpublished is
 * ever marked shareable. Payload's real REST handlers behind our guard, on a real database.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { WorkGate } from '@/payload/api/workGate'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

let addressCount = 0
const nextAddress = () => `203.0.113.${++addressCount}`

describe.skipIf(skip)('content API', () => {
  let ctx: TestContext
  let world: World
  let api: ApiClient
  let publishedId: number | string
  let draftId: number | string
  const env = { ...process.env }

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    api = await apiClient(ctx.config)
    const root = { overrideAccess: true } as const
    const published = await ctx.payload.create({
      collection: 'articles',
      data: { ...articleData(world, 'Border crossings reopen'), _status: 'published' },
      ...root,
    })
    publishedId = published.id
    await ctx.payload.update({
      collection: 'articles',
      id: published.id,
      data: { authors: [world.analystAProfile as number] },
      ...root,
    })
    const draft = await ctx.payload.create({
      collection: 'articles',
      data: articleData(world, 'Unfinished draft about fuel prices'),
      draft: true,
      ...root,
    })
    draftId = draft.id
  })
  afterAll(async () => ctx?.close())
  afterEach(() => {
    if (env.API_CORS_ORIGINS === undefined) delete process.env.API_CORS_ORIGINS
    else process.env.API_CORS_ORIGINS = env.API_CORS_ORIGINS
  })

  const get = (path: string, headers: Record<string, string> = {}) =>
    api.request('GET', path, { headers: { 'x-forwarded-for': nextAddress(), ...headers } })
  const staff = () => ({ authorization: `JWT ${world.editor.token}` })

  it('shares anonymous reads of published content, with validators, keys and CORS', async () => {
    for (const path of [
      '/articles?limit=20&locale=en',
      `/articles/${publishedId}?locale=en`,
      '/topics',
      `/weeks/${world.week}`,
      '/analysts?locale=be',
      '/globals/site?locale=ru',
      '/articles/slug/border-crossings-reopen?locale=en',
      '/search?q=border&locale=en',
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      const cacheControl = response.headers.get('cache-control') ?? ''
      expect(cacheControl, path).toMatch(/^public, max-age=\d+, s-maxage=\d+/)
      expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/)
      expect(cacheControl, path).toMatch(/stale-if-error=\d+/)
      expect(response.headers.get('etag'), path).toMatch(/^"[\w-]{20,}"$/)
      expect(Date.parse(response.headers.get('last-modified') ?? ''), path).not.toBeNaN()
      const locale = new URL(`http://x${path}`).searchParams.get('locale') ?? 'en'
      const xkey = (response.headers.get('xkey') ?? '').split(' ')
      expect(xkey, path).toContain(`locale:${locale}`)
      expect(xkey, path).toContain(`path:/api${path.split('?')[0]}`)
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*')
      expect(response.headers.get('access-control-allow-credentials'), path).toBeNull()
      expect(response.headers.get('access-control-expose-headers'), path).toMatch(/ETag/)
    }
    const list = await get('/articles?locale=en')
    expect(list.headers.get('xkey')).toMatch(/\barticles\b.*\btopics\b/)
  })

  it('dates an answer by its newest document', async () => {
    const response = await get(`/articles/${publishedId}?locale=en`)
    const doc = await response.json()
    const newest = Math.max(
      Date.parse(doc.updatedAt),
      Date.parse(doc.topic.updatedAt ?? 0) || 0,
      Date.parse(doc.week.updatedAt ?? 0) || 0,
    )
    expect(Date.parse(response.headers.get('last-modified') ?? '')).toBe(
      Math.floor(newest / 1000) * 1000,
    )
  })

  it('answers 304 without a body when the client already has the answer', async () => {
    const first = await get('/articles?limit=5&locale=en')
    const etag = first.headers.get('etag') ?? ''
    const lastModified = first.headers.get('last-modified') ?? ''

    const again = await get('/articles?limit=5&locale=en', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('cache-control')).toMatch(/^public/)

    // What a front cache that compressed the answer sends back: the same tag, weak.
    const weak = await get('/articles?limit=5&locale=en', { 'if-none-match': `"x", W/${etag}` })
    expect(weak.status).toBe(304)

    const since = await get('/articles?limit=5&locale=en', { 'if-modified-since': lastModified })
    expect(since.status).toBe(304)

    const older = new Date(Date.parse(lastModified) - 60_000).toUTCString()
    expect((await get('/articles?limit=5&locale=en', { 'if-modified-since': older })).status).toBe(
      200,
    )
    const other = await get('/articles?limit=5&locale=en', { 'if-none-match': '"not-it"' })
    expect(other.status).toBe(200)
    expect((await other.json()).docs.length).toBeGreaterThan(0)
  })

  it('a changed document changes the ETag', async () => {
    const before = await get(`/articles/${publishedId}?locale=en`)
    await ctx.payload.update({
      collection: 'articles',
      id: publishedId,
      data: { lead: 'Border crossings reopen: a corrected lead.' },
      overrideAccess: true,
    })
    const after = await get(`/articles/${publishedId}?locale=en`, {
      'if-none-match': before.headers.get('etag') ?? '',
    })
    expect(after.status).toBe(200)
    expect((await after.json()).lead).toBe('Border crossings reopen: a corrected lead.')
  })

  it('populates only what a client shows, and never staff-only fields', async () => {
    const response = await get(`/articles/${publishedId}?locale=en`)
    const doc = await response.json()
    expect(Object.keys(doc.topic).sort()).toEqual(['id', 'name', 'slug'])
    expect(Object.keys(doc.week).sort()).toEqual(['endDate', 'id', 'slug', 'startDate'])
    expect(doc.authors[0].name).toBe('Ana Analyst')
    expect(doc.authors[0]).not.toHaveProperty('bio')
    for (const internal of ['searchText', 'searchIndex', 'createdBy', 'lastSavedBy'])
      expect(doc, internal).not.toHaveProperty(internal)

    // A list carries what a list shows; the body is in the document, or asked for.
    const list = (await (await get('/articles?locale=en')).json()).docs[0]
    expect(list.title).toBe('Border crossings reopen')
    expect(list.topic.name).toBe('Security')
    expect(list).not.toHaveProperty('body')
    expect(doc).toHaveProperty('body')
    const withBody = (
      await (await get('/articles?locale=en&select[title]=true&select[body]=true')).json()
    ).docs[0]
    expect(Object.keys(withBody).sort()).toEqual(['body', 'id', 'title'])

    // A client that asks for more gets it, within the bounds.
    const full = await get(`/articles/${publishedId}?locale=en&populate[topics][description]=true`)
    expect(Object.keys((await full.json()).topic)).toContain('description')

    // Staff still see what the admin needs.
    const asStaff = await api.request('GET', `/articles/${publishedId}?locale=en`, {
      headers: staff(),
    })
    expect(await asStaff.json()).toHaveProperty('createdBy')
  })

  it('never shares what is personal or unpublished', async () => {
    const asStaff = await api.request('GET', `/articles/${draftId}?draft=true`, {
      headers: staff(),
    })
    expect(asStaff.status).toBe(200)
    expect(asStaff.headers.get('cache-control') ?? '').not.toMatch(/public/)
    expect(asStaff.headers.get('xkey')).toBeNull()
    expect(asStaff.headers.get('etag')).toBeNull()

    const list = await api.request('GET', '/articles?limit=50', { headers: staff() })
    expect(list.headers.get('cache-control') ?? '').not.toMatch(/public/)

    // An anonymous client asking for drafts gets published content only, never shared.
    const anonymousDraft = await get('/articles?draft=true&limit=50')
    expect(anonymousDraft.status).toBe(200)
    expect(anonymousDraft.headers.get('cache-control') ?? '').not.toMatch(/public/)
    const titles = (await anonymousDraft.json()).docs.map((d: { title: string }) => d.title)
    expect(titles).not.toContain('Unfinished draft about fuel prices')

    const hidden = await get(`/articles/${draftId}`)
    expect(hidden.status).toBe(404)
    expect(hidden.headers.get('cache-control') ?? '').not.toMatch(/public/)
    expect(hidden.headers.get('xkey')).toBeNull()
  })

  it('lists an analysis only in the languages it is published in, as each publish changes', async () => {
    const root = { overrideAccess: true } as const
    const created = await ctx.payload.create({
      collection: 'articles',
      locale: 'be',
      data: {
        ...articleData(world, 'Мяжа зноў адкрытая'),
        slug: 'border-open-again',
        _status: 'published',
      },
      ...root,
    })
    const listed = async (locale: string) =>
      (await (await get(`/articles?locale=${locale}&limit=100`)).json()).docs.map(
        (d: { id: number | string }) => d.id,
      )
    expect(await listed('be')).toContain(created.id)
    expect(await listed('en')).not.toContain(created.id)
    expect((await get(`/articles/${created.id}?locale=en`)).status).toBe(404)

    await ctx.payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      data: { title: 'The border is open again', lead: 'Crossings resumed.', _status: 'published' },
      ...root,
    })
    expect(await listed('en')).toContain(created.id)
    const doc = await (await get(`/articles/${created.id}?locale=en`)).json()
    expect(doc.availableIn).toEqual({ en: true, be: true, ru: false })

    await ctx.payload.update({
      collection: 'articles',
      id: created.id,
      data: { _status: 'draft' },
      ...root,
    })
    expect(await listed('en')).not.toContain(created.id)
    expect(await listed('be')).not.toContain(created.id)
  })

  it('pages newest first by cursor, continuing exactly where the last answer ended', async () => {
    const root = { overrideAccess: true } as const
    for (let i = 0; i < 7; i++)
      await ctx.payload.create({
        collection: 'articles',
        data: {
          ...articleData(world, `Cursor paging ${i}`),
          slug: `cursor-paging-${i}`,
          // Two share a time: the id breaks the tie.
          publishedAt: new Date(Date.UTC(2026, 10, 20 - Math.min(i, 5))).toISOString(),
          _status: 'published',
        },
        ...root,
      })
    const where = 'where[slug][like]=cursor-paging'
    const all = await (await get(`/articles?locale=en&limit=100&${where}`)).json()
    const ids = all.docs.map((d: { id: number }) => d.id)
    expect(ids).toHaveLength(7)
    const seen: number[] = []
    let next = `/articles?locale=en&limit=3&${where}`
    for (let turn = 0; turn < 5 && next; turn++) {
      const page = await (await get(next)).json()
      seen.push(...page.docs.map((d: { id: number }) => d.id))
      next = page.nextCursor ? `/articles?locale=en&limit=3&${where}&after=${page.nextCursor}` : ''
    }
    expect(seen).toEqual(ids)

    for (const bad of ['not-a-cursor', `${all.nextCursor ?? 'x'}&page=2`, 'abc&sort=title'])
      expect((await get(`/articles?locale=en&after=${bad}`)).status).toBe(400)
    expect((await get('/topics?after=abc')).status).toBe(400)
  })

  it('finds nothing, never an error, for an id no database holds', async () => {
    for (const id of ['17966883357810', '99999999999999999999', 'x1']) {
      const response = await get(`/articles/${id}?locale=en`)
      expect(response.status, id).toBe(404)
    }
    const list = await get('/articles?locale=en&where[id][not_equals]=2147483647')
    expect(list.status).toBe(200)
    expect((await list.json()).docs.map((d: { id: number }) => d.id)).toContain(publishedId)
  })

  it('answers HEAD with the headers and no body', async () => {
    const head = await api.request('HEAD', '/articles?limit=3', {
      headers: { 'x-forwarded-for': nextAddress() },
    })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toMatch(/^"/)
    expect(await head.text()).toBe('')
  })

  it('refuses bad input with a 400 and a sentence', async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['/articles?colour=red', {}, /Unknown query parameter "colour"/],
      ['/articles?locale=de', {}, /locale must be one of en, be, ru/],
      ['/articles?page=99999999999', {}, /page must be a whole number from 1 to/],
      ['/articles', { 'if-none-match': 'no-quotes' }, /If-None-Match must be/],
      [`/articles/${publishedId}`, { 'if-none-match': '"a", b' }, /If-None-Match must be/],
    ]
    // PostgreSQL answered these with a 500 ("out of range for type integer").
    if (ctx.payload.db.defaultIDType === 'number')
      cases.push(
        ['/articles?where[id][not_equals]=17966883357810', {}, /is not an id; ids are whole/],
        ['/articles?where[topic][in]=1,99999999999', {}, /"99999999999" is not an id/],
        ['/articles?where[or][0][week][equals]=next', {}, /"next" is not an id/],
        ['/analysts?where[photo][equals]=2147483648', {}, /is not an id/],
      )
    for (const [path, headers, message] of cases) {
      const response = await get(path, headers)
      expect(response.status, path).toBe(400)
      expect((await response.json()).errors[0].message, path).toMatch(message)
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*')
    }
  })

  it('lets any site read from a browser, and API_CORS_ORIGINS narrows it', async () => {
    const preflight = (origin: string, method: string) =>
      api.request('OPTIONS', '/articles', {
        headers: {
          origin,
          'access-control-request-method': method,
          'access-control-request-headers': 'if-none-match',
        },
      })
    const allowed = await preflight('https://partner.example', 'GET')
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('*')
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    expect(allowed.headers.get('access-control-allow-headers')).toBe('if-none-match')
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull()
    const read = await get('/topics', { origin: 'https://partner.example' })
    expect(read.headers.get('access-control-allow-methods')).toBeNull()

    const write = await preflight('https://partner.example', 'POST')
    expect(write.headers.get('access-control-allow-origin')).toBeNull()

    process.env.API_CORS_ORIGINS = 'https://partner.example, https://other.example'
    const listed = await get('/topics', { origin: 'https://partner.example' })
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://partner.example')
    expect(listed.headers.get('vary')).toMatch(/Origin/)
    const unlisted = await get('/topics', { origin: 'https://stranger.example' })
    expect(unlisted.status).toBe(200)
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull()
    expect(
      (await preflight('https://stranger.example', 'GET')).headers.get(
        'access-control-allow-origin',
      ),
    ).toBeNull()
  })
})

describe('API work gate', () => {
  it('gives every client a turn in round, so one busy client does not starve the others', async () => {
    const gate = new WorkGate(1, 1, 10_000, 100, 50)
    const order: string[] = []
    const first = await gate.enter(undefined, 'busy-app')
    const calls = [
      ...Array.from({ length: 10 }, () => gate.enter(undefined, 'busy-app')),
      gate.enter(undefined, 'quiet-app'),
    ]
    calls.forEach((call, i) =>
      call.then((ticket) => {
        order.push(i === 10 ? 'quiet' : 'busy')
        if (typeof ticket === 'object') setTimeout(ticket.release, 1)
      }),
    )
    if (typeof first === 'object') first.release()
    await Promise.all(calls)
    // First come first served would answer the quiet client last; in turns it is second.
    expect(order.indexOf('quiet')).toBe(1)
  })

  it("rests after a call for the call's own time, not for the time it waited", async () => {
    const gate = new WorkGate(1, 0.5, 10_000, 100, 50)
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    const waits: number[] = []
    // Eight calls of 20 ms queued at once: each waits about one call and one rest (40 ms) more
    // than the one before, the last about 280 ms. Counting the waits in the rests doubled
    // every rest: the last waited over 5 s.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const asked = Date.now()
        const ticket = await gate.enter(undefined, 'app')
        waits.push(Date.now() - asked)
        await sleep(20)
        if (typeof ticket === 'object') ticket.release()
      }),
    )
    expect(Math.max(...waits)).toBeLessThan(1500)
  })

  it('refuses a client with too many calls waiting, and only that client', async () => {
    const gate = new WorkGate(1, 1, 10_000, 100, 2)
    const first = await gate.enter(undefined, 'a')
    const waiting = [gate.enter(undefined, 'a'), gate.enter(undefined, 'a')]
    expect(await gate.enter(undefined, 'a')).toBe('crowded')
    const other = gate.enter(undefined, 'b')
    const answers = [...waiting, other].map((call) =>
      call.then((ticket) => {
        if (typeof ticket === 'object') ticket.release()
        return typeof ticket
      }),
    )
    if (typeof first === 'object') first.release()
    expect(await Promise.all(answers)).toEqual(['object', 'object', 'object'])
  })
})
