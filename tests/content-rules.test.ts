/** Validation: slugs, the week rules and required fields, with messages a person understands. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

describe.skipIf(skip)('content rules', () => {
  let ctx: TestContext
  let world: World
  let api: ApiClient

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    api = await apiClient(ctx.config)
  })
  afterAll(async () => ctx?.close())

  const editor = () => ({ token: world.editor.token })

  describe('slugs', () => {
    it('are generated from an English title', async () => {
      const r = await api.rest('POST', '/articles?draft=true', {
        ...editor(),
        body: articleData(world, 'Potash transit: what changed?'),
      })
      expect(r.status).toBe(201)
      expect(r.json.doc.slug).toBe('potash-transit-what-changed')
    })
    it('are transliterated from Russian and Belarusian titles', async () => {
      const ru = await api.rest('POST', '/articles?draft=true&locale=ru', {
        ...editor(),
        body: articleData(world, 'Союзное государство: итоги недели'),
      })
      expect(ru.json.doc.slug).toBe('soyuznoe-gosudarstvo-itogi-nedeli')
      const be = await api.rest('POST', '/topics?locale=be', {
        ...editor(),
        body: { name: 'Эканоміка і падаткі', order: 3 },
      })
      expect(be.json.doc.slug).toBe('ekanomika-i-padatki')
    })
    it('stay unique: a second article with the same title gets a numbered slug', async () => {
      const a = await api.rest('POST', '/articles?draft=true', {
        ...editor(),
        body: articleData(world, 'Same title'),
      })
      const b = await api.rest('POST', '/articles?draft=true', {
        ...editor(),
        body: articleData(world, 'Same title'),
      })
      expect(a.json.doc.slug).toBe('same-title')
      expect(b.json.doc.slug).toBe('same-title-2')
    })
    it('typed by hand are checked: a taken or non-ASCII slug is refused with a reason', async () => {
      const taken = await api.rest('POST', '/articles?draft=true', {
        ...editor(),
        body: { ...articleData(world, 'Other'), slug: 'same-title' },
      })
      expect(taken.status).toBe(400)
      expect(JSON.stringify(taken.json)).toMatch(/already used/)
      const cyrillic = await api.rest('POST', '/articles?draft=true', {
        ...editor(),
        body: { ...articleData(world, 'Other'), slug: 'слаг' },
      })
      expect(cyrillic.status).toBe(400)
      expect(JSON.stringify(cyrillic.json)).toMatch(/lowercase Latin letters/)
    })
    it('do not change when the title is edited later', async () => {
      const r = await api.rest('POST', '/articles?draft=true', {
        ...editor(),
        body: articleData(world, 'First wording'),
      })
      const u = await api.rest('PATCH', `/articles/${r.json.doc.id}?draft=true`, {
        ...editor(),
        body: { title: 'Second wording' },
      })
      expect(u.json.doc.slug).toBe('first-wording')
    })
  })

  describe('writing every language at once (?locale=all)', () => {
    // Payload 3.90 refuses localized arrays (key points) in this mode; what matters here is
    // that the reader of the API gets a 400 that names the field, never a server error.
    it('answers with a 4xx naming the field, not a 500', async () => {
      const r = await api.rest('POST', '/articles?draft=true', {
        ...editor(),
        body: articleData(world, 'All at once'),
      })
      const all = await api.rest('PATCH', `/articles/${r.json.doc.id}?locale=all`, {
        ...editor(),
        body: {
          title: { en: 'All at once', be: 'Усё адразу', ru: 'Всё сразу' },
          lead: { en: 'English lead.', be: 'Беларускі лід.', ru: 'Русский лид.' },
        },
      })
      expect(all.status).toBe(400)
      expect(JSON.stringify(all.json)).toMatch(/Key points/)
      const stored = await ctx.payload.findByID({
        collection: 'articles',
        id: r.json.doc.id,
        draft: true,
        locale: 'en',
        overrideAccess: true,
      })
      expect(stored.title).toBe('All at once')
    })
  })

  describe('weeks', () => {
    it('start on a Monday; the end date and slug are derived', async () => {
      const r = await api.rest('POST', '/weeks', {
        ...editor(),
        body: { startDate: '2023-02-13', _status: 'published' },
      })
      expect(r.status).toBe(201)
      expect(r.json.doc.slug).toBe('2023-02-13')
      expect(r.json.doc.endDate.slice(0, 10)).toBe('2023-02-19')
    })
    it('a start that is not a Monday is refused, naming the weekday', async () => {
      const r = await api.rest('POST', '/weeks', { ...editor(), body: { startDate: '2023-02-15' } })
      expect(r.status).toBe(400)
      expect(JSON.stringify(r.json)).toMatch(
        /A week starts on a Monday, but 2023-02-15 is a Wednesday/,
      )
    })
    it('the admin’s day picker value (noon in the editor’s zone) is read as that day', async () => {
      const r = await api.rest('POST', '/weeks', {
        ...editor(),
        body: { startDate: '2023-03-06T09:00:00.000Z' },
      })
      expect(r.status).toBe(201)
      expect(r.json.doc.slug).toBe('2023-03-06')
    })
    it('a week cannot exist twice', async () => {
      const r = await api.rest('POST', '/weeks', { ...editor(), body: { startDate: '2023-02-13' } })
      expect(r.status).toBe(400)
      expect(JSON.stringify(r.json)).toMatch(/already exists/)
      const count = await ctx.payload.count({
        collection: 'weeks',
        where: { slug: { equals: '2023-02-13' } },
      })
      expect(count.totalDocs).toBe(1)
    })
    it('a missing or malformed date is refused', async () => {
      expect((await api.rest('POST', '/weeks', { ...editor(), body: {} })).status).toBe(400)
      const bad = await api.rest('POST', '/weeks', {
        ...editor(),
        body: { startDate: 'next monday' },
      })
      expect(bad.status).toBe(400)
    })
  })

  describe('required fields', () => {
    it('publishing an article without a week or topic is refused and nothing is stored', async () => {
      const before = await ctx.payload.count({ collection: 'articles' })
      const r = await api.rest('POST', '/articles', {
        ...editor(),
        body: { title: 'No week', lead: 'Lead', verdict: 'improved', _status: 'published' },
      })
      expect(r.status).toBe(400)
      expect(JSON.stringify(r.json)).toMatch(/Week/)
      expect(JSON.stringify(r.json)).toMatch(/Topic/)
      expect((await ctx.payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
    })
    it('an unknown verdict is refused', async () => {
      const r = await api.rest('POST', '/articles', {
        ...editor(),
        body: { ...articleData(world, 'Odd verdict'), verdict: 'catastrophic' },
      })
      expect(r.status).toBe(400)
    })
    it('media need alternative text', async () => {
      const r = await ctx.payload
        .create({
          collection: 'media',
          data: {} as never,
          file: { data: Buffer.from('x'), mimetype: 'image/png', name: 'x.png', size: 1 },
        })
        .catch((e: Error) => e)
      expect(r).toBeInstanceOf(Error)
    })
  })

  describe('the last admin', () => {
    it('cannot be demoted or deleted', async () => {
      const demote = await api.rest('PATCH', `/users/${world.admin.user.id}`, {
        token: world.admin.token,
        body: { role: 'editor' },
      })
      expect(demote.status).toBe(400)
      expect(JSON.stringify(demote.json)).toMatch(/last admin/)
      const del = await api.rest('DELETE', `/users/${world.admin.user.id}`, {
        token: world.admin.token,
      })
      expect(del.status).toBe(400)
      const me = await ctx.payload.findByID({ collection: 'users', id: world.admin.user.id })
      expect(me.role).toBe('admin')
    })
  })
})
