/**
 * The public content API for programs (issue #21): search as JSON, documents by slug, and the
 * OpenAPI 3.1 document — checked against the answers the real route handlers give, through
 * the guard, on this file's database.
 */
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSearchParams, searchArticles } from '@/lib/search'
import { restBounds } from '@/payload/api/bounds'
import { objectSchema } from '@/payload/api/openapi/schemas'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

type Locale = 'en' | 'be' | 'ru'
type Json = Record<string, any>

describe.skipIf(skip)('the content API for programs', () => {
  let ctx: TestContext
  let world: World
  let api: ApiClient
  let economy: number | string
  let document: Json
  const ids: Record<string, number | string> = {}
  const slugs: Record<string, string> = {}
  const root = { overrideAccess: true } as const

  /** An analysis published in each given language in turn (or only drafted). */
  async function article(
    key: string,
    texts: Partial<Record<Locale, { title: string; lead: string }>>,
    extra: { verdict?: 'improved' | 'worsened'; topic?: number | string; draft?: boolean } = {},
  ) {
    let id: number | string | undefined
    for (const [locale, text] of Object.entries(texts) as [
      Locale,
      { title: string; lead: string },
    ][]) {
      const status = extra.draft ? ('draft' as const) : ('published' as const)
      if (id === undefined) {
        const doc = await ctx.payload.create({
          collection: 'articles',
          locale,
          draft: extra.draft,
          data: {
            ...text,
            _status: status,
            topic: (extra.topic ?? world.topic) as number,
            week: world.week as number,
            verdict: extra.verdict ?? 'unchanged',
            heroImage: ids.image as number,
          },
          ...root,
        })
        id = doc.id
        slugs[key] = doc.slug as string
      } else {
        await ctx.payload.update({
          collection: 'articles',
          id,
          locale,
          data: { ...text, _status: status },
          publishSpecificLocale: locale,
          ...root,
        })
      }
    }
    ids[key] = id!
  }

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    api = await apiClient(ctx.config)
    economy = (
      await ctx.payload.create({
        collection: 'topics',
        data: { name: 'Economy', order: 2 },
        ...root,
      })
    ).id
    const png = await sharp({
      create: { width: 32, height: 20, channels: 3, background: '#336699' },
    })
      .png()
      .toBuffer()
    ids.image = (
      await ctx.payload.create({
        collection: 'media',
        data: { alt: 'A blue field' },
        file: { data: png, mimetype: 'image/png', name: 'blue.png', size: png.length },
        ...root,
      })
    ).id
    await article('potash', {
      en: {
        title: 'New sanctions hit the potash industry',
        lead: 'Exports through Lithuania stopped.',
      },
      ru: {
        title: 'Новые санкции против калийной отрасли',
        lead: 'Экспорт через Литву остановлен.',
      },
      be: { title: 'Новыя санкцыі супраць калійнай галіны', lead: 'Экспарт праз Літву спынены.' },
    })
    await article(
      'economy',
      {
        en: { title: 'The economy in November', lead: 'New sanctions made imports dearer.' },
        ru: { title: 'Экономика в ноябре', lead: 'Новые санкции удорожили импорт.' },
      },
      { verdict: 'worsened', topic: economy },
    )
    await article('visa', {
      en: {
        title: 'Visa rules eased for Poles',
        lead: 'Sanctions talk aside, visa-free entry goes on.',
      },
    })
    await article(
      'draft',
      { en: { title: 'Unfinished sanctions piece', lead: 'Not yet reviewed.' } },
      { draft: true },
    )
    document = (await api.rest('GET', '/openapi.json')).json
  })
  afterAll(async () => ctx?.close())

  describe('GET /api/openapi.json', () => {
    it('is a valid OpenAPI 3.1 document', async () => {
      const result = await new Validator().validate(structuredClone(document))
      expect(result.errors ?? []).toEqual([])
      expect(result.valid).toBe(true)
      expect(document.openapi).toMatch(/^3\.1\./)
    })

    it('describes every public read path and nothing private', () => {
      const paths = Object.keys(document.paths).sort()
      expect(paths).toEqual(
        [
          '/api/analysts',
          '/api/analysts/slug/{slug}',
          '/api/analysts/{id}',
          '/api/articles',
          '/api/articles/slug/{slug}',
          '/api/articles/{id}',
          '/api/globals/site',
          '/api/media',
          '/api/media/{id}',
          '/api/search',
          '/api/topics',
          '/api/topics/slug/{slug}',
          '/api/topics/{id}',
          '/api/weeks',
          '/api/weeks/slug/{slug}',
          '/api/weeks/{id}',
        ].sort(),
      )
      expect(JSON.stringify(document)).not.toMatch(/subscribers|password|"hash"|resetPasswordToken/)
    })

    it('takes its bounds and languages from the server’s own settings', () => {
      const { limit, depth, locale } = document.components.parameters
      expect(limit.schema.maximum).toBe(restBounds.anonymous.maxLimit)
      expect(depth.schema.maximum).toBe(restBounds.anonymous.maxDepth)
      expect(locale.schema.enum).toEqual(
        ctx.config.localization && ctx.config.localization.localeCodes,
      )
      expect(document.components.schemas.Article.properties.verdict.enum).toEqual([
        'improved',
        'unchanged',
        'worsened',
      ])
      expect(document.components.schemas.Article.properties.title['x-localized']).toBe(true)
      expect(
        document.components.schemas.Media.properties.sizes.properties.card.properties,
      ).toHaveProperty('url')
    })
    it('leaves out hidden fields and those anonymous readers may not read', async () => {
      const { createLocalReq } = await import('payload')
      const schema = await objectSchema(
        [
          { name: 'open', type: 'text' },
          { name: 'internal', type: 'text', hidden: true },
          { name: 'staffOnly', type: 'text', access: { read: ({ req }) => Boolean(req.user) } },
          { name: 'owner', type: 'relationship', relationTo: 'users' },
        ],
        {
          payload: ctx.payload,
          anonymous: await createLocalReq({}, ctx.payload),
          publicCollections: new Set(['articles']),
          schemaName: () => 'Article',
        },
      )
      expect(Object.keys(schema.properties as object)).toEqual(['open', 'owner'])
      // A relation to a collection nobody reads without signing in stays an id at any depth.
      expect(JSON.stringify((schema.properties as Json).owner)).not.toContain('$ref')
    })
  })

  describe('answers match the documented schemas', () => {
    let ajv: Ajv2020
    const schemaOf = (path: string, status: string) => {
      const operation = document.paths[path].get
      let response = operation.responses[status]
      if (response.$ref) response = document.components.responses[response.$ref.split('/').pop()]
      return response.content['application/json'].schema
    }
    const validator = (path: string, status: number) => {
      expect(schemaOf(path, String(status)), `${path} ${status}`).toBeTruthy()
      return ajv.compile({
        $ref: `https://monitor.test/openapi.json#/paths/${path.replace(/\//g, '~1')}/get/responses/${status}/content/application~1json/schema`,
      })
    }
    /** Validates a body against the path's documented answer for its status. */
    const check = (path: string, status: number, body: unknown) => {
      const validate = validator(path, status)
      validate(body)
      expect(validate.errors ?? [], `${path} ${status}`).toEqual([])
    }
    /** Every key of a document is documented (nothing the server sends is left out). */
    const documentedKeys = (name: string, doc: Json) =>
      expect(
        Object.keys(doc).filter((k) => !(k in document.components.schemas[name].properties)),
      ).toEqual([])

    beforeAll(() => {
      ajv = new Ajv2020({ strict: false, allErrors: true })
      addFormats(ajv)
      // Error responses are referenced: resolve them inside the document itself.
      const resolved = structuredClone(document)
      for (const operation of Object.values(resolved.paths) as Json[]) {
        for (const [status, response] of Object.entries(operation.get.responses) as [
          string,
          Json,
        ][]) {
          if (response.$ref) {
            operation.get.responses[status] =
              resolved.components.responses[response.$ref.split('/').pop()]
          }
        }
      }
      ajv.addSchema({ ...resolved, $id: 'https://monitor.test/openapi.json' })
    })

    const collections: [string, string][] = [
      ['articles', 'Article'],
      ['weeks', 'Week'],
      ['topics', 'Topic'],
      ['analysts', 'Analyst'],
      ['media', 'Media'],
    ]
    for (const [slug, name] of collections) {
      it(`${slug}: the list, a document by id and by slug, at depth 0 and 2`, async () => {
        for (const depth of [0, 2]) {
          const list = await api.rest('GET', `/${slug}?locale=en&depth=${depth}&limit=5`)
          expect(list.status).toBe(200)
          expect(list.json.docs.length).toBeGreaterThan(0)
          check(`/api/${slug}`, 200, list.json)
          const first = list.json.docs[0] as Json
          documentedKeys(name, first)
          // In Russian: an analysis published in English only is not there.
          const id = slug === 'articles' ? ids.potash : first.id
          const byId = await api.rest('GET', `/${slug}/${id}?locale=ru&depth=${depth}`)
          expect(byId.status).toBe(200)
          check(`/api/${slug}/{id}`, 200, byId.json)
          if (slug !== 'media') {
            const bySlug = await api.rest(
              'GET',
              `/${slug}/slug/${byId.json.slug}?locale=ru&depth=${depth}`,
            )
            expect(bySlug.status).toBe(200)
            check(`/api/${slug}/slug/{slug}`, 200, bySlug.json)
          }
        }
      })
    }

    it('the site global, a search, a 400 and a 404', async () => {
      const site = await api.rest('GET', '/globals/site?locale=be')
      expect(site.status).toBe(200)
      check('/api/globals/site', 200, site.json)
      documentedKeys('Site', site.json)
      const search = await api.rest('GET', '/search?q=sanctions&locale=en')
      expect(search.status).toBe(200)
      expect(search.json.docs.length).toBeGreaterThan(0)
      check('/api/search', 200, search.json)
      const bad = await api.rest('GET', '/articles?limit=5000')
      expect(bad.status).toBe(400)
      check('/api/articles', 400, bad.json)
      const badSearch = await api.rest('GET', '/search?q=')
      check('/api/search', 400, badSearch.json)
      const missing = await api.rest('GET', '/articles/slug/no-such-analysis')
      expect(missing.status).toBe(404)
      check('/api/articles/slug/{slug}', 404, missing.json)
      // The schemas do refuse what the server must never send.
      const article = (await api.rest('GET', `/articles/${ids.potash}`)).json
      const validate = validator('/api/articles/{id}', 200)
      expect(validate({ ...article, verdict: 'better' })).toBe(false)
      expect(validate({ ...article, topic: 'security' })).toBe(false)
      expect(validator('/api/search', 200)({ ...search.json, docs: [{ title: 'x' }] })).toBe(false)
    })
  })

  describe('GET /api/search', () => {
    const pageResult = (locale: Locale, params: Record<string, string>) =>
      searchArticles(readSearchParams(params), locale)

    it('gives the search page’s results, order, snippets and counts in each language', async () => {
      const cases: [Locale, Record<string, string>][] = [
        ['en', { q: 'sanctions' }],
        ['en', { q: 'sanctions', sort: 'date' }],
        ['en', { q: 'sanctions', verdict: 'worsened' }],
        ['en', { q: 'sanctions', topic: 'economy' }],
        ['en', { q: 'sanctions', from: '2026-01-01', to: '2026-12-31' }],
        ['ru', { q: 'санкций' }],
        ['be', { q: 'санкцыі' }],
      ]
      for (const [locale, params] of cases) {
        const expected = await pageResult(locale, params)
        expect(expected.total, JSON.stringify(params)).toBeGreaterThan(0)
        const query = new URLSearchParams({ ...params, locale })
        const { status, json } = await api.rest('GET', `/search?${query}`)
        expect(status).toBe(200)
        expect(json.totalDocs).toBe(expected.total)
        expect(json.totalPages).toBe(expected.totalPages)
        expect(json.docs.map((d: Json) => [d.id, d.title, d.snippet, d.topic, d.verdict])).toEqual(
          expected.hits.map((h) => [h.id, h.title, h.snippet, h.topic, h.verdict]),
        )
        expect(json.facets).toEqual({
          topics: expected.topics,
          verdicts: expected.verdicts,
          years: expected.years,
        })
      }
    })

    it('says per hit what an app shows: lead, week, publication and the page’s address', async () => {
      const { json } = await api.rest('GET', '/search?q=potash&locale=en')
      expect(json.docs).toHaveLength(1)
      const [hit] = json.docs
      expect(hit).toMatchObject({
        slug: slugs.potash,
        lead: 'Exports through Lithuania stopped.',
        topic: { slug: 'security', name: 'Security' },
        week: { slug: '2026-11-16' },
        verdict: 'unchanged',
      })
      expect(hit.week.startDate.slice(0, 10)).toBe('2026-11-16')
      expect(hit.week.endDate.slice(0, 10)).toBe('2026-11-22')
      expect(Date.parse(hit.publishedAt)).not.toBeNaN()
      expect(hit.url).toMatch(new RegExp(`/en/articles/${slugs.potash}$`))
      // The highlight is where a query word matched, here in the lead.
      const lead = await api.rest('GET', '/search?q=Lithuania&locale=en')
      expect(
        lead.json.docs[0].snippet.filter((p: Json) => p.match).map((p: Json) => p.text),
      ).toEqual(['Lithuania'])
    })

    it('finds nothing unpublished, and only what is published in the language asked', async () => {
      const en = await api.rest('GET', '/search?q=sanctions&locale=en')
      expect(en.json.docs.map((d: Json) => d.id)).not.toContain(ids.draft)
      const be = await api.rest('GET', '/search?q=visa&locale=be')
      expect(be.json.totalDocs).toBe(0)
      expect(be.json.docs).toEqual([])
    })

    it('answers a page past the end with no results rather than the last page again', async () => {
      const { status, json } = await api.rest('GET', '/search?q=sanctions&page=7')
      expect(status).toBe(200)
      expect(json.docs).toEqual([])
      expect(json.page).toBe(7)
      expect(json.hasNextPage).toBe(false)
      expect(json.totalDocs).toBeGreaterThan(0)
    })

    it('refuses every bad address with a 400 that says what to change', async () => {
      const bad = [
        '/search',
        '/search?q=',
        '/search?q=%20%20',
        `/search?q=${'a'.repeat(201)}`,
        '/search?q=-sanctions',
        '/search?q=x&locale=de',
        '/search?q=x&locale=all',
        '/search?q=x&topic=no-such-topic',
        '/search?q=x&topic=Not%20a%20slug',
        '/search?q=x&verdict=better',
        '/search?q=x&year=23',
        '/search?q=x&year=2023&from=2023-01-01',
        '/search?q=x&from=13-02-2023',
        '/search?q=x&from=2024-01-01&to=2023-01-01',
        '/search?q=x&sort=popular',
        '/search?q=x&page=0',
        '/search?q=x&page=1.5',
        '/search?q=x&page=abc',
        '/search?q=x&page=10001',
        '/search?q=x&limit=50',
        '/search?q=x&depth=1',
        '/search?q=x&utm_source=app',
        '/search?q=x&q=y',
      ]
      for (const path of bad) {
        const { status, json } = await api.rest('GET', path)
        expect(status, path).toBe(400)
        expect(json.errors?.[0]?.message, path).toMatch(/^[A-Z"a-z].{15,}[.)]$/)
      }
    })
  })

  describe('GET /api/{collection}/slug/{slug}', () => {
    it('answers exactly as the same document by id', async () => {
      for (const query of [
        '',
        '?locale=ru&depth=0',
        '?depth=2',
        '?select[title]=true&select[topic]=true&depth=1&populate[topics][slug]=true',
      ]) {
        const byId = await api.rest('GET', `/articles/${ids.potash}${query}`)
        const bySlug = await api.rest('GET', `/articles/slug/${slugs.potash}${query}`)
        expect(byId.status).toBe(200)
        expect(bySlug.json).toEqual(byId.json)
      }
      const week = await api.rest('GET', '/weeks/slug/2026-11-16?depth=0')
      expect(week.json.id).toBe(world.week)
      const topic = await api.rest('GET', '/topics/slug/economy?locale=ru')
      expect(topic.json.id).toBe(economy)
      const analyst = await api.rest('GET', '/analysts/slug/ana-analyst')
      expect(analyst.json.id).toBe(world.analystAProfile)
    })

    it('works with the list filters the README shows', async () => {
      const byTopic = await api.rest('GET', '/articles?where[topic.slug][equals]=economy&depth=0')
      expect(byTopic.json.docs.map((d: Json) => d.id)).toEqual([ids.economy])
      // The topic has no Russian name: English by default, nothing when asked for no fallback.
      const ru = await api.rest('GET', '/topics/slug/economy?locale=ru')
      expect(ru.json.name).toBe('Economy')
      const none = await api.rest('GET', '/topics/slug/economy?locale=ru&fallback-locale=none')
      expect(none.json.name ?? null).toBeNull()
      const byId = await api.rest('GET', `/topics/${economy}?locale=ru&fallback-locale=none`)
      expect(none.json).toEqual(byId.json)
    })

    it('is a 404 with a sentence for a draft, an unpublished week or a missing translation', async () => {
      const draft = await api.rest('GET', `/articles/slug/${slugs.draft}`)
      expect(draft.status).toBe(404)
      expect(draft.json.errors[0].message).toMatch(/no analysis with the slug/)
      // Staff read drafts, as by id.
      const asEditor = await api.rest('GET', `/articles/slug/${slugs.draft}?draft=true`, {
        token: world.editor.token,
      })
      expect(asEditor.status).toBe(200)
      expect(asEditor.json.title).toBe('Unfinished sanctions piece')
      const draftWeek = await api.rest('GET', '/weeks/slug/2026-11-23')
      expect(draftWeek.status).toBe(404)
      // Published in English only: not there in Belarusian.
      const visa = await api.rest('GET', `/articles/slug/${slugs.visa}?locale=be`)
      expect(visa.status).toBe(404)
      expect(visa.json.errors[0].message).toMatch(/Belarusian/)
      expect((await api.rest('GET', `/articles/slug/${slugs.visa}?locale=en`)).status).toBe(200)
      expect((await api.rest('GET', `/articles/slug/${slugs.potash}?locale=be`)).json.title).toBe(
        'Новыя санкцыі супраць калійнай галіны',
      )
    })
  })
})
