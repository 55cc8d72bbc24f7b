/**
 * The API guard in front of Payload's real REST and GraphQL handlers, on this project's
 * database: bounds named in 400s, budgets answered with 429 and Retry-After, sign-ins slowed
 * per address instead of accounts locked, time limits, and uploads over the limit.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

// Read when the config is built (on the first import in startPayload).
process.env.UPLOAD_MAX_MB = '1'

const skip = skipReason()
if (skip) console.warn(skip)

let addressCount = 0
/** Each test speaks from its own address, so one test's budget never bites another. */
const nextAddress = () => `198.51.100.${++addressCount}`

describe.skipIf(skip)('API guard', () => {
  let ctx: TestContext
  let world: World
  let api: ApiClient
  const env = { ...process.env }

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    api = await apiClient(ctx.config)
  })
  afterAll(async () => ctx?.close())
  afterEach(() => {
    for (const key of ['API_RATE_LIMIT', 'API_TIMEOUT_MS']) {
      if (env[key] === undefined) delete process.env[key]
      else process.env[key] = env[key]
    }
  })

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await api.request('GET', path, {
      headers: { 'x-forwarded-for': nextAddress(), ...headers },
    })
    return { status: response.status, headers: response.headers, json: await response.json() }
  }
  const staff = () => ({ authorization: `JWT ${world.editor.token}` })

  describe('REST bounds', () => {
    it('refuses what would make one anonymous call huge, and names the bound', async () => {
      const huge = await get('/articles?limit=100000&depth=10&locale=all')
      expect(huge.status).toBe(400)
      expect(huge.json.errors[0].message).toMatch(/limit must be a whole number from 1 to 100/)

      const deep = await get('/articles?depth=10')
      expect(deep.status).toBe(400)
      expect(deep.json.errors[0].message).toMatch(/depth .* from 0 to 2 without signing in/)

      const all = await get('/articles?locale=all')
      expect(all.status).toBe(400)
      expect(all.json.errors[0].message).toMatch(/locale=all is not accepted/)

      for (const query of ['limit=0', 'limit=abc', 'limit=-1', 'pagination=false', 'page=0']) {
        const answer = await get(`/topics?${query}`)
        expect(answer.status, query).toBe(400)
        expect(answer.json.errors[0].message.length, query).toBeGreaterThan(20)
      }
      expect((await get(`/topics?where[name][like]=${'x'.repeat(5000)}`)).status).toBe(400)
    })

    it('accepts the largest anonymous call and answers it whole', async () => {
      const answer = await get('/articles?limit=100&depth=2&locale=en')
      expect(answer.status).toBe(200)
      expect(answer.json.limit).toBe(100)
    })

    it('gives signed-in staff higher but finite bounds', async () => {
      expect((await get('/articles?limit=1000&depth=5', staff())).status).toBe(200)
      expect((await get('/articles?locale=all&limit=5', staff())).status).toBe(200)
      const over = await get('/articles?limit=1001', staff())
      expect(over.status).toBe(400)
      expect(over.json.errors[0].message).toMatch(/from 1 to 1000\b/)
      expect((await get('/articles?depth=6', staff())).status).toBe(400)
    })

    it('treats a forged or broken token as anonymous', async () => {
      const forged = await get('/articles?limit=500', { authorization: 'JWT not.a.token' })
      expect(forged.status).toBe(400)
      const cookie = await get('/articles?limit=500', { cookie: 'payload-token=forged' })
      expect(cookie.status).toBe(400)
    })

    it('pages through documents created in the same instant without losing or repeating one', async () => {
      const createdAt = '2026-01-01T00:00:00.000Z'
      const ids = []
      for (const name of ['Tie A', 'Tie B', 'Tie C', 'Tie D']) {
        const topic = await ctx.payload.create({
          collection: 'topics',
          data: { name, order: 50 },
          overrideAccess: true,
        })
        await ctx.payload.db.updateOne({
          collection: 'topics',
          id: topic.id,
          data: { createdAt, order: 50 },
        })
        ids.push(topic.id)
      }
      const seen = []
      for (let page = 1; page <= 4; page++) {
        const answer = await get(
          `/topics?where[order][equals]=50&sort=createdAt&limit=1&page=${page}`,
        )
        expect(answer.status).toBe(200)
        seen.push(answer.json.docs[0].id)
      }
      expect([...seen].sort()).toEqual([...ids].sort())
    })
  })

  describe('GraphQL', () => {
    const post = async (query: string, headers: Record<string, string> = {}) => {
      const response = await api.graphqlRequest({
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': nextAddress(),
          ...headers,
        },
        body: JSON.stringify({ query }),
      })
      return { status: response.status, json: await response.json() }
    }

    it("refuses the issue's alias bomb before running it", async () => {
      const aliases = Array.from(
        { length: 200 },
        (_, i) => `a${i}: Articles(limit: 100) { docs { id title lead } }`,
      )
      const bomb = await post(`{ ${aliases.join(' ')} }`)
      expect([400, 413]).toContain(bomb.status)
      expect(bomb.json.errors[0].message).toMatch(/\d/)
      const small = await post(`{ ${aliases.slice(0, 60).join(' ')} }`)
      expect(small.status).toBe(400)
      expect(small.json.errors[0].message).toMatch(/alias/i)
    })

    it('answers an ordinary query', async () => {
      const answer = await post('{ Topics(limit: 5) { docs { id name } } }')
      expect(answer.status).toBe(200)
      expect(answer.json.data.Topics.docs.length).toBeGreaterThan(0)
    })
  })

  describe('budgets and time limits', () => {
    it('answers 429 with Retry-After once an address has used its budget, and only that address', async () => {
      process.env.API_RATE_LIMIT = '5'
      const address = nextAddress()
      const statuses = []
      for (let i = 0; i < 7; i++) {
        const response = await api.request('GET', '/topics?limit=1', {
          headers: { 'x-forwarded-for': address },
        })
        statuses.push(response.status)
        if (response.status === 429) {
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
          expect((await response.json()).errors[0].message).toMatch(/Too many API calls/)
        }
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
      expect((await get('/topics?limit=1')).status).toBe(200)
      // Staff are not counted against the address's budget.
      const signedIn = await api.request('GET', '/topics?limit=1', {
        headers: { 'x-forwarded-for': address, ...staff() },
      })
      expect(signedIn.status).toBe(200)
    })

    it('answers 503 rather than holding a call past its time limit', async () => {
      // Enough work that a call cannot be answered within the 1 ms limit set below.
      for (let i = 0; i < 40; i++) {
        await ctx.payload.create({
          collection: 'articles',
          data: { ...articleData(world, `Slow call ${i}`), _status: 'published' },
          overrideAccess: true,
        })
      }
      process.env.API_TIMEOUT_MS = '1'
      const answer = await get('/articles?limit=100&depth=2')
      expect(answer.status).toBe(503)
      expect(answer.json.errors[0].message).toMatch(/longer than/)
    })
  })

  describe('sign-in', () => {
    const signIn = async (email: string, password: string, address: string, language?: string) => {
      const response = await api.request('POST', '/users/login', {
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': address,
          ...(language ? { cookie: `payload-lng=${language}` } : {}),
        },
        body: JSON.stringify({ email, password }),
      })
      return {
        status: response.status,
        retryAfter: Number(response.headers.get('retry-after') ?? 0),
        json: await response.json(),
      }
    }

    it('slows down 50 wrong passwords from one address; the analyst signs in from another at once', async () => {
      const attacker = nextAddress()
      const answers = []
      for (let i = 0; i < 50; i++)
        answers.push(await signIn('a@test.local', `wrong-${i}`, attacker))
      const statuses = answers.map((a) => a.status)
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401])
      const refused = answers.filter((a) => a.status === 429)
      expect(refused.length).toBeGreaterThan(40)
      expect(refused[0].json.errors[0].message).toMatch(/Too many failed sign-ins/)
      // Every refusal says how long to wait, and the waits grow.
      expect(refused.every((a) => a.retryAfter >= 1)).toBe(true)
      expect(refused.at(-1)!.retryAfter).toBeGreaterThan(refused[0].retryAfter)
      expect(refused.at(-1)!.retryAfter).toBeGreaterThanOrEqual(60)

      // The attacker's address stays slowed even with the right password…
      expect((await signIn('a@test.local', 'correct-horse-battery', attacker)).status).toBe(429)
      // …while the analyst, from their own address, gets in at once: the account is not locked.
      const own = await signIn('a@test.local', 'correct-horse-battery', nextAddress())
      expect(own.status).toBe(200)
      expect(own.json.token).toBeTruthy()
    })

    it('says how long to wait in the admin language', async () => {
      const address = nextAddress()
      let last
      for (let i = 0; i < 6; i++) last = await signIn('b@test.local', 'nope', address, 'be')
      expect(last!.status).toBe(429)
      expect(last!.json.errors[0].message).toMatch(/Зашмат няўдалых спробаў уваходу/)
      const ru = await signIn('b@test.local', 'nope', address, 'ru')
      expect(ru.json.errors[0].message).toMatch(/Слишком много неудачных попыток входа/)
    })
  })

  describe('uploads', () => {
    const upload = async (bytes: number, language: string, declared: boolean) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'big.png')
      form.append('_payload', JSON.stringify({ alt: 'Too big' }))
      const body = new Response(form)
      const headers: Record<string, string> = {
        'content-type': body.headers.get('content-type')!,
        cookie: `payload-lng=${language}`,
        ...staff(),
      }
      const bytesOfForm = new Uint8Array(await body.arrayBuffer())
      if (declared) headers['content-length'] = String(bytesOfForm.byteLength)
      const stream = new Response(bytesOfForm).body!
      const response = await api.request('POST', '/media', {
        headers,
        body: declared ? bytesOfForm : stream,
        ...(declared ? {} : { duplex: 'half' }),
      } as never)
      return { status: response.status, json: await response.json() }
    }

    it('answers an upload over the limit with 413 and the limit, in the admin language, storing nothing', async () => {
      const before = await ctx.payload.count({ collection: 'media', overrideAccess: true })
      const declared = await upload(3 * 1024 * 1024, 'en', true)
      expect(declared.status).toBe(413)
      expect(declared.json.errors[0].message).toBe(
        'This file is too large: files of at most 1 MB can be uploaded.',
      )
      // Without a declared size, Payload's own limit trips; the answer is the same.
      const streamed = await upload(1.5 * 1024 * 1024, 'ru', false)
      expect(streamed.status).toBe(413)
      expect(streamed.json.errors[0].message).toMatch(/Файл слишком большой: .* до 1 МБ/)
      const after = await ctx.payload.count({ collection: 'media', overrideAccess: true })
      expect(after.totalDocs).toBe(before.totalDocs)
    })
  })
})
