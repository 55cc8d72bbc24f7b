/**
 * The cost limit of one GraphQL request (issue #16): the checker the API guard runs on the raw
 * body before Payload sees it, and Payload's own complexity limit behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  checkGraphQLRequest,
  graphQLBounds,
  type GraphQLBounds,
  type GraphQLCheck,
} from '@/payload/api/graphqlBounds'

import { apiClient, type ApiClient } from './helpers/api'
import { graphqlChannel } from './helpers/channels'
import { skipReason } from './helpers/database'
import { articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

const anonymous = graphQLBounds('anonymous', true)
const staff = graphQLBounds('staff', true)

const body = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  JSON.stringify({ query, variables, operationName })
const check = (text: string, bounds: GraphQLBounds, contentType = 'application/json') =>
  checkGraphQLRequest(text, contentType, bounds)
const refusal = (result: GraphQLCheck) => {
  if (result.ok) throw new Error('The request was let through.')
  return result
}

/** The request of issue #16: 200 aliased lists of 100 articles, written out over ~30 KB. */
const aliasBomb = Array.from(
  { length: 200 },
  (_, i) =>
    `      a${i}: Articles(limit: 100) {\n            docs {\n                  id\n                  title\n                  lead\n            }\n      }\n`,
).join('')
const issueRequest = body(`query {\n${aliasBomb}}`)

// The checker needs no database: it runs once, in the SQLite project.
describe.skipIf((process.env.TEST_DB ?? 'sqlite') !== 'sqlite')(
  'the GraphQL request checker',
  () => {
    it("refuses the issue's 200-alias request, naming the limit", () => {
      expect(issueRequest.length).toBeGreaterThan(28 * 1024)
      const asAnonymous = refusal(check(issueRequest, anonymous))
      expect(asAnonymous.status).toBe(413)
      expect(asAnonymous.message).toBe(
        'This GraphQL request is larger than 16 KB, the most allowed without signing in.',
      )
      const asStaff = refusal(check(issueRequest, staff))
      expect(asStaff.status).toBe(400)
      expect(asStaff.message).toBe(
        'This query has 200 aliases; at most 100 are allowed in one request.',
      )
    })

    it('refuses 200 aliases that fit in 16 KB', () => {
      const small = body(
        `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Articles { docs { id } }`).join(' ')} }`,
      )
      expect(small.length).toBeLessThan(16 * 1024)
      expect(refusal(check(small, anonymous))).toEqual({
        ok: false,
        status: 400,
        message: 'This query has 200 aliases; at most 20 are allowed without signing in.',
      })
    })

    it('refuses deep nesting, through relationships or through fragments', () => {
      // Analyst → the user who is that analyst → the user's analyst → …, 30 levels.
      let nested = 'id'
      for (let i = 0; i < 14; i++) nested = `user { docs { analyst { ${nested} } } }`
      const direct = refusal(
        check(body(`{ Analysts(limit: 1) { docs { ${nested} } } }`), anonymous),
      )
      expect(direct.message).toBe(
        'This query nests fields 45 levels deep; at most 8 levels are allowed without signing in.',
      )

      const fragments = [`fragment L0 on Analyst { id }`]
      for (let i = 1; i <= 15; i++) {
        fragments.push(`fragment L${i} on Analyst { user { docs { analyst { ...L${i - 1} } } } }`)
      }
      const viaFragments = refusal(
        check(body(`{ Analysts(limit: 1) { docs { ...L15 } } }\n${fragments.join('\n')}`), staff),
      )
      expect(viaFragments.message).toBe(
        'This query nests fields 48 levels deep; at most 12 levels are allowed in one request.',
      )

      // Thousands of levels would overflow graphql-js's recursive parser: refused unparsed.
      const abyss = `{ Site ${'{ a '.repeat(3000)}${'}'.repeat(3000)} }`
      expect(refusal(check(body(abyss), staff)).message).toBe(
        'This query nests braces, brackets and parentheses more than 64 levels deep; at most 64 are allowed.',
      )
      const deepVariables = `{"query":"{ Site { siteName } }","variables":{"w":${'['.repeat(5000)}${']'.repeat(5000)}}}`
      expect(refusal(check(deepVariables, staff)).message).toMatch(/more than 64 levels deep/)
    })

    it('refuses 1,000 top-level fields', () => {
      const many = body(`{ ${'__typename '.repeat(1000)}}`)
      expect(refusal(check(many, anonymous)).message).toBe(
        'This query asks for 1,000 top-level fields; at most 10 are allowed without signing in.',
      )
      const manySites = body(`{ ${'Site { siteName } '.repeat(1000)}}`)
      expect(refusal(check(manySites, staff)).message).toBe(
        'This query asks for 1,000 top-level fields; at most 50 are allowed in one request.',
      )
    })

    it('refuses a 1 MB query by its size, and a large one within the body size by its tokens', () => {
      const megabyte = body(`{ Site { ${'siteName '.repeat(120_000)}} }`)
      expect(megabyte.length).toBeGreaterThan(1024 * 1024)
      expect(refusal(check(megabyte, anonymous))).toMatchObject({ status: 413 })
      expect(refusal(check(megabyte, staff))).toEqual({
        ok: false,
        status: 413,
        message: 'This GraphQL request is larger than 128 KB, the most allowed in one request.',
      })
      // 120 KB fits staff's 128 KB, but has ~60,000 tokens.
      const wordy = body(`{ Site { ${'a '.repeat(60_000)}} }`)
      expect(wordy.length).toBeLessThan(128 * 1024)
      expect(refusal(check(wordy, staff))).toEqual({
        ok: false,
        status: 400,
        message:
          'This query has more than 20,000 tokens (names, punctuation and values); at most 20,000 are allowed in one request.',
      })
    })

    it('refuses a limit beyond 100 whether written in the query or passed as a variable', () => {
      const query = 'query List($n: Int) { Articles(limit: $n) { docs { id } } }'
      expect(refusal(check(body(query, { n: 100_000 }), anonymous)).message).toBe(
        'This query asks for 100,000 documents in one list ("limit: 100000"); "limit" must be from 1 to 100 without signing in.',
      )
      expect(check(body(query, { n: 100 }), anonymous)).toEqual({ ok: true })
      expect(refusal(check(body(query, { n: '100' }), anonymous)).message).toBe(
        '"limit" must be a whole number from 1 to 100.',
      )
      const byDefault = 'query List($n: Int = 5000) { Articles(limit: $n) { docs { id } } }'
      expect(refusal(check(body(byDefault), anonymous)).message).toMatch(/5,000 documents/)
      expect(
        refusal(check(body('{ Articles(limit: 101) { docs { id } } }'), anonymous)).message,
      ).toMatch(/"limit" must be from 1 to 100/)
    })

    it('refuses asking for every document without signing in', () => {
      expect(
        refusal(check(body('{ Articles(limit: 0) { docs { id } } }'), anonymous)).message,
      ).toBe(
        '"limit: 0" asks for every document at once; at most 100 documents per list are allowed without signing in.',
      )
      const unpaginated = 'query All($p: Boolean) { Articles(pagination: $p) { docs { id } } }'
      expect(refusal(check(body(unpaginated, { p: false }), anonymous)).message).toBe(
        '"pagination: false" asks for every document at once; ask for pages of at most 100 with "limit" and "page" instead.',
      )
      expect(check(body('{ Articles(limit: 0) { docs { id } } }'), staff)).toEqual({ ok: true })
    })

    it('counts the documents of nested lists and of lists without a limit', () => {
      // Payload returns 10 documents when a list has no limit.
      const tenListsOfTen = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: Articles { docs { id } }`).join(' ')} }`
      expect(check(body(tenListsOfTen), anonymous)).toEqual({ ok: true })
      const lists = `{ a: Articles(limit: 100) { docs { id } } b: Weeks(limit: 100) { docs { id } } c: Topics(limit: 100) { docs { id } } d: Analysts(limit: 10) { docs { id } } }`
      expect(refusal(check(body(lists), anonymous)).message).toBe(
        'This query asks for up to 310 documents across its lists (a list without "limit" returns 10); at most 300 are allowed without signing in.',
      )
      // Each of 50 analysts lists its users: 50 + 50 × 10.
      const nested = '{ Analysts(limit: 50) { docs { user { docs { id } } } } }'
      expect(refusal(check(body(nested), anonymous)).message).toMatch(/up to 550 documents/)
    })

    it('refuses a rich-text depth beyond 2 without signing in', () => {
      const query = '{ Articles(limit: 1) { docs { body(depth: 5) } } }'
      expect(refusal(check(body(query), anonymous)).message).toBe(
        'This query asks rich text for "depth: 5"; at most depth 2 is allowed without signing in.',
      )
      expect(check(body(query), staff)).toEqual({ ok: true })
    })

    it('turns introspection off for anonymous callers in production only', () => {
      const introspection = body('{ __schema { queryType { name } } }')
      expect(refusal(check(introspection, anonymous))).toEqual({
        ok: false,
        status: 400,
        message:
          'Introspection is turned off in production without signing in, and this query asks for __schema.',
      })
      const typeQuery = body(
        'query { Site { siteName } } fragment T on Query { __type(name: "Site") { name } }',
      )
      expect(refusal(check(typeQuery, anonymous)).message).toMatch(/asks for __type/)
      expect(check(introspection, staff)).toEqual({ ok: true })
      expect(check(introspection, graphQLBounds('anonymous', false))).toEqual({ ok: true })
      expect(check(body('{ __typename Site { __typename siteName } }'), anonymous)).toEqual({
        ok: true,
      })
    })

    it('measures the operation named by operationName, or all of them', () => {
      const fiveLists = (name: string) =>
        `query ${name} { ${Array.from({ length: 5 }, (_, i) => `a${i}: Articles(limit: 50) { docs { id } }`).join(' ')} }`
      const two = `${fiveLists('One')} ${fiveLists('Two')}`
      expect(check(body(two, undefined, 'One'), anonymous)).toEqual({ ok: true })
      expect(refusal(check(body(two), anonymous)).message).toMatch(/up to 500 documents/)
      expect(refusal(check(body(two, undefined, 'Three'), anonymous)).message).toBe(
        'This query has no operation named "Three".',
      )
    })

    it('expands fragments each time they are spread, and refuses cycles', () => {
      const doubling = ['fragment F0 on Article { id }']
      for (let i = 1; i <= 30; i++)
        doubling.push(`fragment F${i} on Article { ...F${i - 1} ...F${i - 1} }`)
      const exponential = body(`{ Articles(limit: 1) { docs { ...F30 } } }\n${doubling.join('\n')}`)
      expect(refusal(check(exponential, staff)).message).toBe(
        'This query selects more than 40,000 fields once its fragments are expanded; at most 4,000 are allowed in one request.',
      )
      const cycle = body(
        '{ Articles { docs { ...A } } } fragment A on Article { id ...B } fragment B on Article { title ...A }',
      )
      expect(refusal(check(cycle, staff))).toEqual({
        ok: false,
        status: 400,
        message: 'The fragment "A" spreads itself (A → B → A), so the query would never end.',
      })
      expect(refusal(check(body('{ ...Missing }'), anonymous)).message).toBe(
        'This query spreads the fragment "Missing", which it does not define.',
      )
    })

    it('answers malformed requests with a sentence, never an exception', () => {
      const cases: [string, string | null, string][] = [
        ['[{"query":"{ __typename }"}]', 'application/json', 'Batched GraphQL requests'],
        ['query={ __typename }', 'application/json', 'not valid JSON'],
        ['"{ __typename }"', 'application/json', 'JSON object with a "query" string'],
        ['{"variables":{}}', 'application/json', 'JSON object with a "query" string'],
        ['{"query":"{ __typename }","variables":[1]}', 'application/json', '"variables" must be'],
        ['{"query":"{ __typename }","operationName":5}', 'application/json', '"operationName"'],
        ['{"query":"{ Articles { "}', 'application/json', 'not valid GraphQL: Syntax Error'],
        ['{"query":"{ __typename }"}', 'text/plain', 'Content-Type: application/json'],
        ['{"query":"{ __typename }"}', null, 'Content-Type: application/json'],
      ]
      for (const [text, contentType, expected] of cases) {
        const result = refusal(checkGraphQLRequest(text, contentType, anonymous))
        expect(result.status).toBe(400)
        expect(result.message).toContain(expected)
      }
      expect(
        checkGraphQLRequest(
          '{"query":"{ __typename }"}',
          'application/json; charset=utf-8',
          anonymous,
        ),
      ).toEqual({ ok: true })
    })
  },
)

/** Queries a reader's program would send: the site's pages, asked through GraphQL. */
const readerQueries = {
  articlePage: `query Article($slug: String) {
    Articles(where: { slug: { equals: $slug } }, limit: 1, locale: en) {
      docs {
        id title lead slug verdict publishedAt weekStart body
        keyPoints { point }
        meta { title description image { url alt } }
        heroImage { url alt width height caption credit sizes { card { url width height } hero { url width height } } }
        week { id slug startDate endDate }
        topic { id name slug }
        authors { id name slug role photo { url alt } }
      }
    }
  }`,
  homePage: `{
    Site { siteName tagline newsletterBlurb }
    Weeks(limit: 5, sort: "-startDate") { docs { id slug startDate endDate } }
    Articles(limit: 30, sort: "-publishedAt") {
      docs {
        id title lead slug verdict publishedAt
        topic { id name slug }
        week { id slug startDate }
        authors { id name slug photo { url alt } }
        heroImage { url alt sizes { card { url width height } } }
      }
      totalDocs hasNextPage
    }
    Topics(limit: 50) { docs { id name slug } }
  }`,
  analysts: '{ Analysts(limit: 50) { docs { id name slug role bio photo { url alt } } } }',
  // tests/publishing.test.ts
  belarusianArticles: '{ Articles(locale: be) { docs { id title } } }',
  // tests/helpers/channels.ts (anonymous lists ask for a page, not for every document)
  site: '{ Site { siteName } }',
  articles: '{ Articles(limit: 100) { docs { id } } }',
  weeks: '{ Weeks(limit: 100, locale: ru) { docs { id } } }',
  topics: '{ Topics(limit: 100) { docs { id } } }',
}

describe.skipIf(skip)('GraphQL limits with the real Payload handler', () => {
  let ctx: TestContext
  let world: World
  let api: ApiClient
  let published: number | string

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    api = await apiClient(ctx.config)
    const article = await ctx.payload.create({
      collection: 'articles',
      data: {
        ...articleData(world, 'Bounded queries'),
        authors: [world.analystAProfile as number],
        _status: 'published',
      },
      overrideAccess: true,
    })
    published = article.id
  })
  afterAll(async () => ctx?.close())

  /** api.gql, after the checker has let the very body it sends through. */
  const checkedClient = (): ApiClient => ({
    ...api,
    gql: async (query, options = {}) => {
      const text = JSON.stringify({ query, variables: options.variables })
      const result = checkGraphQLRequest(
        text,
        'application/json',
        options.token ? staff : anonymous,
      )
      expect(result, query).toEqual({ ok: true })
      return api.gql(query, options)
    },
  })

  it("answers the site's and the tests' anonymous queries within the anonymous bounds", async () => {
    const gql = checkedClient().gql
    for (const [name, query] of Object.entries(readerQueries)) {
      const r = await gql(query, { variables: { slug: 'bounded-queries' } })
      expect(r.errors, name).toBeUndefined()
      expect(r.status, name).toBe(200)
      expect(r.data, name).not.toBeNull()
    }
    const page = await gql(readerQueries.articlePage, { variables: { slug: 'bounded-queries' } })
    expect(page.data?.Articles.docs).toEqual([
      expect.objectContaining({
        id: published,
        title: 'Bounded queries',
        authors: [expect.objectContaining({ name: 'Ana Analyst' })],
        topic: expect.objectContaining({ name: 'Security' }),
      }),
    ])
  })

  it("answers the tests' signed-in queries and mutations within the staff bounds", async () => {
    const channel = graphqlChannel(checkedClient())
    const editor = world.editor
    for (const collection of ['articles', 'weeks', 'topics', 'analysts', 'users'] as const) {
      expect((await channel.find(editor, collection)).ok, collection).toBe(true)
    }
    expect((await channel.find(editor, 'articles', { draft: true, locale: 'be' })).ids).toContain(
      published,
    )
    expect((await channel.findVersions(editor, 'articles')).ok).toBe(true)
    const created = await channel.create(
      world.analystA,
      'articles',
      articleData(world, 'Through GraphQL'),
      { draft: true },
    )
    expect(created.ok, created.message).toBe(true)
    const updated = await channel.update(editor, 'articles', created.id!, { lead: 'A new lead.' })
    expect(updated.ok, updated.message).toBe(true)
    expect((await channel.remove(editor, 'articles', created.id!)).ok).toBe(true)
    expect((await channel.readSite(null)).ok).toBe(true)
    const site = await channel.updateSite(world.admin, { siteName: 'Weekly Monitor' })
    expect(site.ok, site.message).toBe(true)
  })

  it('lets Payload refuse a query within our bounds that exceeds maxComplexity', async () => {
    // Six article pages in one request: few fields and documents, but many relationships.
    const pageFields = readerQueries.articlePage
      .replace(/^query Article\(\$slug: String\) \{\s*/, '')
      .replace(/\}\s*$/, '')
      .replace('{ equals: $slug }', '{ equals: "bounded-queries" }')
    const sixPages = `{ ${Array.from({ length: 6 }, (_, i) => `page${i}: ${pageFields}`).join('\n')} }`
    expect(checkGraphQLRequest(body(sixPages), 'application/json', anonymous)).toEqual({
      ok: true,
    })
    const r = await api.gql(sixPages)
    // graphql-http answers a failed validation with 200 (application/json) and no data:
    // nothing was executed.
    expect(r.status).toBe(200)
    expect(r.data).toBeNull()
    expect(r.errors).toEqual([
      { message: 'The query exceeds the maximum complexity of 500. Actual complexity is 630' },
    ])

    // The issue's request from a signed-in client: refused by the guard's checker when the
    // test client goes through it, by Payload's complexity limit (1,000 > 500) otherwise.
    const bomb = await api.gql(`query {\n${aliasBomb}}`, { token: world.editor.token })
    expect(bomb.data).toBeNull()
    expect(bomb.errors?.[0].message).toMatch(/200 aliases|maximum complexity of 500\./)
  })
})
