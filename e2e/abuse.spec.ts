/**
 * The attacks against the real production server, each attacker connecting from
 * its own loopback address (the server counts the socket's address, not a header): the
 * GraphQL bombs are refused before they run, a stream of wrong passwords slows only its own
 * address, and while eight clients hammer the API every reader's page is still answered.
 * Reader latencies are printed here and measured in `npm run bench` (row "site under API
 * abuse"), not asserted.
 */
import http from 'node:http'

import { expect, test } from '@playwright/test'

import { signInToAdmin, trilingual } from './helpers'

const port = Number(process.env.E2E_PORT || 3211)

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }

/** One HTTP request from the given local address. */
function from(
  address: string,
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path, localAddress: address, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.setTimeout(120_000, () => request.destroy(new Error('timed out')))
    request.end(body)
  })
}

const graphql = (address: string, query: string) =>
  from(address, 'POST', '/api/graphql', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })

const aliases = (n: number) =>
  Array.from({ length: n }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title lead } }`)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

test.describe('the public API under attack', () => {
  test.skip(({ isMobile }) => isMobile, 'HTTP only: once is enough')

  test('GraphQL bombs are refused with a message naming the limit; ordinary queries work', async () => {
    const bomb = await graphql('127.0.0.40', `{ ${aliases(200).join(' ')} }`)
    expect([400, 413]).toContain(bomb.status)
    expect(JSON.parse(bomb.body).errors[0].message).toMatch(/at most \d+/)

    const fewer = await graphql('127.0.0.40', `{ ${aliases(60).join(' ')} }`)
    expect(fewer.status).toBe(400)
    expect(JSON.parse(fewer.body).errors[0].message).toMatch(/60 aliases; at most 20/)

    const deep = `{ Articles(limit: 1) { docs { ${'topic { '.repeat(30)} id ${'} '.repeat(30)} } } }`
    expect((await graphql('127.0.0.41', deep)).status).toBe(400)

    const roots = Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(' ')
    expect((await graphql('127.0.0.41', `{ ${roots} }`)).status).toBeGreaterThanOrEqual(400)

    const megabyte = await graphql('127.0.0.42', `{ ${'Topics { docs { id } } '.repeat(50_000)} }`)
    expect(megabyte.status).toBe(413)

    const introspection = await graphql('127.0.0.42', '{ __schema { types { name } } }')
    expect(introspection.status).toBe(400)
    expect(JSON.parse(introspection.body).errors[0].message).toMatch(/Introspection/)

    const ordinary = await graphql(
      '127.0.0.43',
      '{ Topics(limit: 5) { docs { name slug } } Articles(limit: 3, where: { _status: { equals: published } }) { docs { title slug } } }',
    )
    expect(ordinary.status).toBe(200)
    expect(JSON.parse(ordinary.body).data.Topics.docs.length).toBeGreaterThan(0)
  })

  test('REST: unbounded calls get a 400 naming the bound', async () => {
    const huge = await from('127.0.0.44', 'GET', '/api/articles?limit=100000&depth=10&locale=all')
    expect(huge.status).toBe(400)
    expect(JSON.parse(huge.body).errors[0].message).toMatch(/from 1 to 100 without signing in/)
    const page = await from('127.0.0.44', 'GET', '/api/articles?limit=100&depth=2&locale=en')
    expect(page.status).toBe(200)
  })

  test('50 wrong passwords slow that address only; the analyst signs in from another', async () => {
    const signIn = (address: string, password: string) =>
      from(address, 'POST', '/api/users/login', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'pavel@monitor.local', password }),
      })
    const retryAfters: number[] = []
    for (let i = 0; i < 50; i++) {
      const answer = await signIn('127.0.0.45', `guess-${i}`)
      expect([401, 429]).toContain(answer.status)
      if (answer.status === 429) retryAfters.push(Number(answer.headers['retry-after']))
    }
    expect(retryAfters.length).toBeGreaterThan(40)
    expect(retryAfters.at(-1)!).toBeGreaterThan(retryAfters[0])
    const own = await signIn('127.0.0.46', 'demo-analyst')
    expect(own.status).toBe(200)
  })

  test('while eight clients hammer the API for 20 s, readers are answered and the editor signs in', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const articlePath = `/en/articles/${trilingual.slug}`
    expect((await from('127.0.0.1', 'GET', articlePath)).status).toBe(200)

    const until = Date.now() + 20_000
    const statuses = new Map<number, number>()
    const attackers = Array.from({ length: 8 }, async (_, i) => {
      const address = `127.0.0.${50 + i}`
      while (Date.now() < until) {
        // A mix: the alias bomb, an unbounded list, and the largest allowed page.
        const answer = await (
          i % 4 === 0
            ? graphql(address, `{ ${aliases(200).join(' ')} }`)
            : i % 4 === 1
              ? from(address, 'GET', '/api/articles?limit=100000&depth=10&locale=all')
              : from(
                  address,
                  'GET',
                  `/api/articles?limit=100&depth=2&locale=${['en', 'be', 'ru'][i % 3]}`,
                )
        ).catch(() => ({ status: 0 }) as Answer)
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      }
    })

    const readerTimes: number[] = []
    const readerStatuses: number[] = []
    const reader = (async () => {
      while (Date.now() < until) {
        const answer = await from('127.0.0.30', 'GET', articlePath)
        readerTimes.push(answer.ms)
        readerStatuses.push(answer.status)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()

    // The editor signs in to the admin in the middle of it.
    await signInToAdmin(page, 'editor@monitor.local', 'demo-editor')

    await Promise.all([reader, ...attackers])
    console.log(
      `reader's analysis page under API abuse: ${readerTimes.length} requests, p50 ${Math.round(percentile(readerTimes, 50))} ms, p99 ${Math.round(percentile(readerTimes, 99))} ms; abusive answers ${JSON.stringify(Object.fromEntries(statuses))}`,
    )
    expect(readerStatuses.every((status) => status === 200)).toBe(true)
    expect(readerTimes.length).toBeGreaterThan(20)
    // The abusive calls were refused or served, never failed.
    expect([...statuses.keys()].every((status) => [200, 400, 413, 429, 503].includes(status))).toBe(
      true,
    )
  })
})
