import http from 'node:http'

import { expect, test } from '@playwright/test'

import { demoAnalysts, demoTopics, latestWeek, trilingual } from './helpers'

/**
 * What an operator watches, on the real production server (issue #22): liveness and
 * readiness, metrics that move with a cache hit, a throttled sign-in and a change, a request
 * id on every answer, and addresses, fields and bodies no database can store refused with a
 * 4xx in every route kind. Each caller connects from its own loopback address.
 */

const port = Number(process.env.E2E_PORT || 3211)
const metricsToken = 'e2e-metrics-token'

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** One HTTP request, sent as written (fetch would re-encode the path), from an address. */
function send(
  method: string,
  path: string,
  {
    headers = {},
    body,
    from = '127.0.0.1',
  }: { headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path, headers, localAddress: from, agent: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

const scrape = async () => {
  const answer = await send('GET', '/api/metrics', {
    headers: { authorization: `Bearer ${metricsToken}` },
  })
  expect(answer.status).toBe(200)
  return answer.body
}
/** The sum of a metric's samples whose labels include the given ones. */
const sample = (text: string, name: string, labels: Record<string, string> = {}) =>
  text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0)

test.beforeEach(() => {
  test.skip(test.info().project.name !== 'desktop', 'checked once, on the desktop project')
})

test('health and readiness answer, never cached, and every answer carries a request id', async () => {
  const health = await send('GET', '/api/health')
  expect(health.status).toBe(200)
  expect(health.headers['cache-control']).toBe('private, no-store')
  const ready = await send('GET', '/api/ready')
  expect(ready.status, ready.body).toBe(200)
  expect(ready.headers['cache-control']).toBe('private, no-store')
  const answer = JSON.parse(ready.body)
  expect(answer.ready).toBe(true)
  expect(Object.keys(answer.checks)).toEqual(['database', 'migrations', 'jobs'])
  expect(health.headers['x-request-id']).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/)
  // Not from a client: an id it sends is replaced.
  const own = await send('GET', '/en', { headers: { 'x-request-id': 'mine' } })
  expect(own.headers['x-request-id']).not.toBe('mine')
})

test('metrics are refused to strangers with a sentence', async () => {
  const answer = await send('GET', '/api/metrics')
  expect(answer.status).toBe(403)
  expect(answer.body).toMatch(/TRUSTED_PROXIES.*METRICS_TOKEN/)
})

test('metrics move with a cache hit, a throttled sign-in and a change', async () => {
  const before = await scrape()
  const page = `/en/topics/${demoTopics[1].slug}`
  await send('GET', page)
  const hit = await send('GET', page)
  expect(hit.headers['x-origin-cache']).toBe('HIT')

  for (let i = 0; i < 6; i++) {
    await send('POST', '/api/users/login', {
      from: '127.0.0.71',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@monitor.local', password: `guess-${i}` }),
    })
  }

  const signIn = await send('POST', '/api/users/login', {
    from: '127.0.0.72',
    headers: { 'content-type': 'application/json' },
    // Topics are deleted by admins only.
    body: JSON.stringify({ email: 'admin@monitor.local', password: 'demo-admin' }),
  })
  expect(signIn.status).toBe(200)
  const staff = {
    authorization: `JWT ${JSON.parse(signIn.body).token}`,
    'content-type': 'application/json',
  }
  const created = await send('POST', '/api/topics', {
    from: '127.0.0.72',
    headers: staff,
    body: JSON.stringify({ name: 'Metrics check', slug: 'metrics-check', order: 999 }),
  })
  expect(created.status, created.body).toBe(201)
  const id = JSON.parse(created.body).doc.id
  expect(
    (await send('DELETE', `/api/topics/${id}`, { from: '127.0.0.72', headers: staff })).status,
  ).toBe(200)

  let after = await scrape()
  for (
    let i = 0;
    i < 20 &&
    sample(after, 'wm_expiry_spread_seconds_count') <
      sample(before, 'wm_expiry_spread_seconds_count') + 2;
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    after = await scrape()
  }
  const moved = (name: string, labels: Record<string, string> = {}) =>
    sample(after, name, labels) - sample(before, name, labels)
  expect(moved('wm_origin_cache_requests_total', { result: 'hit' })).toBeGreaterThanOrEqual(1)
  expect(moved('wm_sign_in_total', { outcome: 'throttled' })).toBeGreaterThanOrEqual(1)
  expect(moved('wm_sign_in_total', { outcome: 'succeeded' })).toBe(1)
  expect(moved('wm_api_refusals_total', { status: '429' })).toBeGreaterThanOrEqual(1)
  expect(moved('wm_expiry_spread_seconds_count')).toBeGreaterThanOrEqual(2)
  expect(moved('wm_origin_cache_purged_pages_total')).toBeGreaterThanOrEqual(1)
  expect(
    moved('wm_http_request_duration_seconds_count', { kind: 'page', status: '200' }),
  ).toBeGreaterThanOrEqual(2)
  expect(after).toMatch(/^wm_jobs_lag_seconds \d/m)
  expect(after).toMatch(/^nodejs_eventloop_lag_seconds /m)
})

test('a NUL byte or a broken encoding gets a 4xx with a sentence in every route kind', async () => {
  const topic = demoTopics[0].slug
  const paths = [
    '/en/%00',
    '/en/topics/%00',
    `/en/topics/${topic}/page/%00`,
    '/en/topics/%00/feed.xml',
    `/en/articles/${trilingual.slug}%00`,
    '/en/weeks/%00',
    `/en/weeks/${latestWeek.startDate}%00/pdf`,
    `/en/analysts/${demoAnalysts[0].slug}%00`,
    '/en/search?q=belarus%00',
    '/en/newsletter/confirm?token=%00',
    '/%00',
    '/en/topics/%ED%A0%80',
    '/api/topics/%00',
    '/api/articles?where[slug][equals]=%00',
    '/api/media/file/%00.jpg',
    '/admin/collections/%00',
  ]
  for (const path of paths) {
    const answer = await send('GET', path, { from: '127.0.0.73' })
    expect(answer.status, path).toBe(400)
    expect(answer.body, path).toMatch(/NUL|not UTF-8/)
  }

  const graphql = await send('POST', '/api/graphql', {
    from: '127.0.0.73',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($s: String) { Topics(where: { slug: { equals: $s } }) { docs { id } } }',
      variables: { s: 'x\u0000' },
    }),
  })
  expect(graphql.status).toBe(400)
  expect(JSON.parse(graphql.body).errors[0].message).toMatch(/NUL character/)

  const form = await send('POST', '/api/newsletter/subscribe?locale=en', {
    from: '127.0.0.74',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'email=reader%00%40example.org&language=en',
  })
  expect(form.status).toBeGreaterThanOrEqual(400)
  expect(form.status).toBeLessThan(500)
})

test('a body cut off in the middle gets a 400 naming the position', async () => {
  const body = JSON.stringify({ email: 'editor@monitor.local', password: 'demo-editor' }).slice(
    0,
    42,
  )
  const answer = await send('POST', '/api/users/login', {
    from: '127.0.0.75',
    headers: { 'content-type': 'application/json' },
    body,
  })
  expect(answer.status).toBe(400)
  expect(JSON.parse(answer.body).errors[0].message).toBe(
    'The request body is not valid JSON: unexpected end at position 42.',
  )
})
