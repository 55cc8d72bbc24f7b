/**
 * The site on several servers (`npm run stack`, scripts/stack.mjs): two real web servers
 * (server/server.mjs) on one production build, the queue worker, Redis and Varnish in front
 * (deploy/varnish), on loopback ports of their own, a fresh PostgreSQL database with the demo
 * content and a Redis prefix of its own. A reader never gets a stale page from any server or
 * from the front cache after a change, previews stay private, the front cache survives a
 * web server's death, and the subscription limit holds across every entry point.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

import { findVarnishd, redisAnswers, startStack, stopStartedProcesses } from '../scripts/stack.mjs'

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const VARNISH_PORT = 3510
const WEB_PORTS = [3511, 3512]
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const skip =
  process.env.TEST_DB !== 'postgres'
    ? 'The several-servers stack runs in the PostgreSQL project only.'
    : (skipReason() ??
      (findVarnishd()
        ? null
        : 'Stack tests skipped: varnishd is not installed (apt-get install varnish varnish-modules).') ??
      ((await redisAnswers(REDIS_URL))
        ? null
        : `Stack tests skipped: Redis does not answer at ${REDIS_URL}.`))
if (skip) console.warn(skip)

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** One HTTP request over node:http (so the client's own address can be chosen). */
function request(
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
    localAddress,
  }: {
    method?: string
    headers?: Record<string, string>
    body?: string
    localAddress?: string
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers, localAddress, agent: false, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
    req.end(body)
  })
}

/** Polls until check() holds, at most timeoutMs; the last value is in the failure message. */
async function eventually(
  what: string,
  check: () => Promise<boolean | string>,
  timeoutMs = 20_000,
): Promise<void> {
  const start = Date.now()
  let last: boolean | string = false
  while (Date.now() - start < timeoutMs) {
    last = await check()
    if (last === true) return
    await sleep(200)
  }
  throw new Error(
    `${what} (still not so after ${timeoutMs / 1000} s${typeof last === 'string' ? `: ${last}` : ''})`,
  )
}

/** What a browser adds to a navigation: Payload believes a session cookie only with it. */
const browserNavigation = { 'Sec-Fetch-Site': 'same-origin' }

const cookieValue = (headers: http.IncomingHttpHeaders, name: string) =>
  (headers['set-cookie'] ?? [])
    .map((line) => line.split(';')[0])
    .find((pair) => pair.startsWith(`${name}=`))

describe.skipIf(skip)('several web servers behind Varnish', () => {
  let stack: Awaited<ReturnType<typeof startStack>>
  let front: string
  let serverA: string
  let serverB: string
  let token: string
  let editorId: number
  let local: TestContext | undefined
  let sessionCookie: string
  let week: { id: number; slug: string }
  let topic: { id: number; slug: string }
  const output: string[] = []
  let dataDir = ''

  const api = async (method: string, path: string, body?: unknown, base = serverA) => {
    const answer = await request(`${base}/api${path}`, {
      method,
      headers: {
        Authorization: `JWT ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = answer.body ? JSON.parse(answer.body) : {}
    if (answer.status >= 400) throw new Error(`${method} ${path}: ${answer.status} ${answer.body}`)
    return json
  }

  /**
   * Varnish's answer for the path once it is a hit. The second expiry of an earlier test's
   * publish (REVALIDATE_SETTLE_MS, 3 s, after it) may purge the copy once in between; a copy
   * Varnish never keeps still fails.
   */
  const hitThroughVarnish = async (path: string) => {
    let answer = await request(`${front}${path}`)
    for (let i = 0; i < 10 && answer.headers['x-cache'] !== 'HIT'; i++) {
      await sleep(500)
      answer = await request(`${front}${path}`)
    }
    return answer
  }

  const starting = new AbortController()

  // A build may first wait for other builds (one at a time on this machine): a long hook.
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-stack-test-'))
    stack = await startStack({
      signal: starting.signal,
      varnishPort: VARNISH_PORT,
      webPorts: WEB_PORTS,
      databaseUrl: process.env.DATABASE_URL,
      redisUrl: REDIS_URL,
      redisPrefix: `wm-test-${process.pid}:`,
      dataDir,
      secret: 'stack-test-secret',
      // STACK_BUILD=missing reuses whatever build there is (when iterating on the test).
      build: process.env.STACK_BUILD || 'outdated',
      log: (line: string) => output.push(`▸ ${line}`),
      onOutput: (name: string, line: string) => {
        output.push(`[${name}] ${line}`)
        if (output.length > 400) output.shift()
      },
    }).catch((error: Error) => {
      console.error(output.slice(-80).join('\n'))
      throw error
    })
    front = stack.url
    ;[serverA, serverB] = stack.servers.map((s: { url: string }) => s.url)

    const login = await request(`${serverA}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@monitor.local', password: 'demo-editor' }),
    })
    expect(login.status).toBe(200)
    token = JSON.parse(login.body).token
    editorId = JSON.parse(login.body).user.id
    sessionCookie = cookieValue(login.headers, 'payload-token') ?? `payload-token=${token}`
    const weeks = await api('GET', '/weeks?sort=-startDate&limit=1&depth=0')
    week = weeks.docs[0]
    const topics = await api('GET', '/topics?limit=1&depth=0&sort=order')
    topic = topics.docs[0]
  }, 1_800_000)

  afterAll(async () => {
    starting.abort()
    await stack?.stop()
    await stopStartedProcesses()
    // The Local API (used to queue a job) drops the database when closed.
    if (local) await local.close()
    else await globalThis.__testDatabase?.drop()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  const titles = (stamp: string) => ({
    en: `Grain corridor reopens ${stamp}`,
    be: `Збожжавы калідор зноў адкрыты ${stamp}`,
    ru: `Зерновой коридор снова открыт ${stamp}`,
  })
  const locales = ['en', 'be', 'ru'] as const

  it('a publish on server A is fresh through Varnish and on server B at once; unpublish gives 404', async () => {
    const stamp = Date.now().toString(36)
    const title = titles(stamp)
    const listPages = (locale: string) => [
      `/${locale}`,
      `/${locale}/weeks/${week.slug}`,
      `/${locale}/topics/${topic.slug}`,
      `/${locale}/feed.xml`,
    ]
    // Every page is in the front cache and in both servers' caches before the change.
    for (const locale of locales) {
      for (const path of listPages(locale)) {
        for (const base of [front, front, serverB]) {
          const page = await request(`${base}${path}`)
          expect(page.status, `${base}${path}`).toBe(200)
          expect(page.body).not.toContain(title[locale])
        }
      }
    }

    const created = await api('POST', '/articles?locale=en', {
      title: title.en,
      lead: 'Shipments resumed this week.',
      week: week.id,
      topic: topic.id,
      verdict: 'improved',
      _status: 'draft',
    })
    const { id, slug } = created.doc
    for (const locale of ['be', 'ru'] as const) {
      await api('PATCH', `/articles/${id}?locale=${locale}&draft=true`, {
        title: title[locale],
        lead: 'Lead.',
      })
    }
    await api('PATCH', `/articles/${id}?locale=en`, { _status: 'published' })

    for (const base of [front, serverB]) {
      for (const locale of locales) {
        for (const path of [...listPages(locale), `/${locale}/articles/${slug}`]) {
          await eventually(`${base}${path} shows the new analysis`, async () => {
            const page = await request(`${base}${path}`)
            return (
              page.body.includes(title[locale]) ||
              `HTTP ${page.status}, ${page.headers['x-cache'] ?? ''}`
            )
          })
        }
      }
    }

    await api('PATCH', `/articles/${id}?locale=en`, { _status: 'draft' })
    for (const base of [front, serverB]) {
      for (const locale of locales) {
        await eventually(
          `${base}/${locale}/articles/${slug} answers 404 once unpublished`,
          async () => (await request(`${base}/${locale}/articles/${slug}`)).status === 404,
        )
        await eventually(
          `${base}/${locale} no longer lists it`,
          async () => !(await request(`${base}/${locale}`)).body.includes(title[locale]),
        )
      }
    }
  })

  it("the content API is kept by Varnish and both servers, fresh after a publish, and an editor's draft never reaches readers", async () => {
    const stamp = Date.now().toString(36)
    const listPath = `/api/articles?locale=en&limit=50&where[topic][equals]=${topic.id}`
    const listed = (body: string) => body.includes(`API reading ${stamp}`)
    for (const base of [front, front, serverB, serverB]) {
      const list = await request(`${base}${listPath}`)
      expect(list.status, base).toBe(200)
      expect(list.headers['cache-control']).toMatch(/^public/)
      expect(listed(list.body)).toBe(false)
    }
    const warm = await hitThroughVarnish(listPath)
    expect(warm.headers['x-cache']).toBe('HIT')
    // Varnish answers a client that has the answer with a 304 itself.
    const etag = String(warm.headers.etag)
    const notModified = await request(`${front}${listPath}`, {
      headers: { 'If-None-Match': etag },
    })
    expect(notModified.status).toBe(304)
    expect(notModified.body).toBe('')

    const created = await api('POST', '/articles?locale=en', {
      title: `API reading ${stamp}`,
      lead: 'Programs read this through the API.',
      week: week.id,
      topic: topic.id,
      verdict: 'unchanged',
      _status: 'published',
    })
    const { id } = created.doc
    for (const base of [front, serverB]) {
      await eventually(`${base}${listPath} lists the new analysis`, async () => {
        const list = await request(`${base}${listPath}`)
        return listed(list.body) || `HTTP ${list.status}, ${list.headers['x-cache'] ?? ''}`
      })
      await eventually(`${base}/api/articles/${id} answers it`, async () => {
        const doc = await request(`${base}/api/articles/${id}?locale=en`)
        return doc.status === 200 || `HTTP ${doc.status}`
      })
    }

    // The editor's draft of a new title, read back by the editor through Varnish…
    const draftTitle = `API reading ${stamp}, corrected (draft)`
    await api('PATCH', `/articles/${id}?locale=en&draft=true`, { title: draftTitle })
    const asEditor = await request(`${front}/api/articles/${id}?locale=en&draft=true`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(JSON.parse(asEditor.body).title).toBe(draftTitle)
    expect(asEditor.headers['x-cache']).toBe('PASS')
    // …is never what an anonymous client gets, from Varnish or either server.
    for (const base of [front, front, serverA, serverB]) {
      for (const path of [
        `/api/articles/${id}?locale=en`,
        `/api/articles/${id}?locale=en&draft=true`,
      ]) {
        const doc = await request(`${base}${path}`)
        expect(doc.status, `${base}${path}`).toBe(200)
        expect(JSON.parse(doc.body).title, `${base}${path}`).toBe(`API reading ${stamp}`)
      }
    }
  })

  it("a signed-in editor's draft preview through Varnish is never served to readers", async () => {
    const stamp = Date.now().toString(36)
    const published = `Border crossings steady ${stamp}`
    const draft = `Border crossings close ${stamp} (draft)`
    const created = await api('POST', '/articles?locale=en', {
      title: published,
      lead: 'Traffic was as usual.',
      week: week.id,
      topic: topic.id,
      verdict: 'unchanged',
      _status: 'published',
    })
    const { id, slug } = created.doc
    const path = `/en/articles/${slug}`
    await eventually('the published analysis is readable', async () =>
      (await request(`${front}${path}`)).body.includes(published),
    )
    await api('PATCH', `/articles/${id}?locale=en&draft=true`, { title: draft })

    const preview = await request(`${front}/api/preview?path=${encodeURIComponent(path)}`, {
      headers: { Cookie: sessionCookie, ...browserNavigation },
    })
    expect(preview.status).toBe(307)
    const bypass = cookieValue(preview.headers, '__prerender_bypass')
    expect(bypass).toBeTruthy()
    const editorCookies = `${sessionCookie}; ${bypass}`
    const previewed = await request(`${front}${path}`, {
      headers: { Cookie: editorCookies, ...browserNavigation },
    })
    expect(previewed.status).toBe(200)
    expect(previewed.body).toContain(draft)

    for (const base of [front, front, serverA, serverB]) {
      const anonymous = await request(`${base}${path}`)
      expect(anonymous.body).toContain(published)
      expect(anonymous.body).not.toContain(draft)
    }
    // Draft mode alone (a leaked cookie, no session) is no way around the cache either.
    const leaked = await request(`${front}${path}`, { headers: { Cookie: bypass as string } })
    expect(leaked.headers['x-cache']).not.toBe('HIT')
  })

  it('no public response carries Set-Cookie; the second anonymous request is a hit', async () => {
    const paths = [
      '/en',
      `/be/weeks/${week.slug}`,
      `/ru/topics/${topic.slug}`,
      '/en/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
    ]
    for (const path of paths) {
      for (const base of [front, serverA, serverB]) {
        const page = await request(`${base}${path}`, {
          headers: { Cookie: 'tracking=1; NEXT_LOCALE=ru' },
        })
        expect(page.status, `${base}${path}`).toBe(200)
        expect(page.headers['set-cookie'], `${base}${path}`).toBeUndefined()
      }
      await request(`${front}${path}`)
      const second = await hitThroughVarnish(path)
      expect(second.headers['x-cache'], path).toBe('HIT')
    }
    const gzipped = await request(`${front}/en`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
  })

  it('forged X-Forwarded-For does not get round the subscription limit, on any server', async () => {
    const targets = [front, serverA, serverB]
    const statuses: number[] = []
    for (let i = 0; i < 9; i++) {
      const answer = await request(`${targets[i % 3]}/api/newsletter/subscribe`, {
        method: 'POST',
        localAddress: '127.0.0.9',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
          'X-Forwarded-For': `203.0.113.${i + 1}`,
          'X-Real-IP': `203.0.113.${i + 1}`,
        },
        body: new URLSearchParams({
          email: `reader${i}-${Date.now()}@example.org`,
          language: 'en',
        }).toString(),
      })
      statuses.push(answer.status)
    }
    expect(statuses.filter((status) => status === 429).length, statuses.join(' ')).toBe(4)
    expect(statuses.slice(5), statuses.join(' ')).toEqual([429, 429, 429, 429])
  })

  it("the worker's scheduled publish reaches both servers and Varnish", async () => {
    const stamp = Date.now().toString(36)
    const title = `Power grid repaired ${stamp}`
    const created = await api('POST', '/articles?locale=en', {
      title,
      lead: 'Scheduled for a moment from now.',
      week: week.id,
      topic: topic.id,
      verdict: 'improved',
      _status: 'draft',
    })
    for (const base of [front, front, serverA, serverB])
      expect((await request(`${base}/en`)).body).not.toContain(title)
    // Queued as the admin's "Schedule" does; the worker (not a web server) runs it.
    local ??= await startPayload()
    await local.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 1000),
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: created.doc.id },
        user: { relationTo: 'users', value: editorId },
      },
    })
    for (const base of [front, serverA, serverB]) {
      await eventually(
        `${base}/en shows the scheduled analysis`,
        async () => (await request(`${base}/en`)).body.includes(title),
        60_000,
      )
    }
  })

  it("an app's reads run in server A's own API process; killed, A answers them itself until it is back, and A's metrics count them", async () => {
    const apiProcessPids = () =>
      output
        .filter((line) => line.startsWith(`[web:${WEB_PORTS[0]}]`))
        .map((line) => /API reads answered by their own process \(pid (\d+)/.exec(line)?.[1])
        .filter((pid): pid is string => pid !== undefined)
        .map(Number)
    const until = async (done: () => boolean, what: string) => {
      const deadline = Date.now() + 60_000
      while (!done() && Date.now() < deadline) await sleep(100)
      expect(done(), what).toBe(true)
    }
    await until(() => apiProcessPids().length > 0, 'server A starts its API process')
    const [first] = apiProcessPids()
    let n = Math.floor(Math.random() * 1_000_000_000)
    // A list nobody asked for: never in any cache, so it is the API process's to answer.
    const freshList = () =>
      request(`${serverA}/api/articles?limit=2&locale=en&where[id][not_equals]=${n++}`)
    // The API process does the work: its CPU time grows more than the web server's.
    const cpuTicks = (pid: number) => {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      return Number(fields[11]) + Number(fields[12])
    }
    const front = stack.servers[0].process.pid as number
    const ticksBefore = { front: cpuTicks(front), api: cpuTicks(first!) }
    for (let i = 0; i < 30; i++) {
      const list = await freshList()
      expect(list.status).toBe(200)
      expect(JSON.parse(list.body).docs).toHaveLength(2)
    }
    const apiWork = cpuTicks(first!) - ticksBefore.api
    expect(apiWork).toBeGreaterThan(cpuTicks(front) - ticksBefore.front)

    process.kill(first!, 'SIGKILL')
    for (let i = 0; i < 5; i++) {
      const meanwhile = await freshList()
      expect(meanwhile.status).toBe(200)
      expect(JSON.parse(meanwhile.body).docs).toHaveLength(2)
    }
    await until(() => apiProcessPids().length > 1, 'server A starts its API process again')
    expect(apiProcessPids().at(-1)).not.toBe(first)
    expect((await freshList()).status).toBe(200)

    // A refusal counted in the API process shows in server A's metrics.
    const refusals = async () => {
      const text = (await request(`${serverA}/api/metrics`)).body
      return Number(/^wm_api_refusals_total\{status="400"\} (\d+)/m.exec(text)?.[1] ?? 0)
    }
    const counted = await refusals()
    const bad = await request(`${serverA}/api/articles?limit=lots&where[id][not_equals]=${n++}`)
    expect(bad.status).toBe(400)
    expect(await refusals()).toBeGreaterThan(counted)
  })

  it('kill -9 of server A while readers read through Varnish: no reader gets an error; with both down, the last good page', async () => {
    const paths = [
      '/en',
      '/be',
      '/ru',
      `/en/weeks/${week.slug}`,
      `/en/topics/${topic.slug}`,
      '/en/feed.xml',
    ]
    for (const path of paths) await request(`${front}${path}`)
    const errors: string[] = []
    let served = 0
    let reading = true
    const reader = async (n: number) => {
      for (let i = n; reading; i++) {
        const path = paths[i % paths.length]
        try {
          const page = await request(`${front}${path}`)
          if (page.status !== 200) errors.push(`${path}: HTTP ${page.status}`)
          else served++
        } catch (error) {
          errors.push(`${path}: ${(error as Error).message}`)
        }
      }
    }
    const readers = [0, 1, 2, 3].map(reader)
    await sleep(1000)
    stack.servers[0].process.kill('SIGKILL')
    await sleep(5000)
    reading = false
    await Promise.all(readers)
    expect(errors).toEqual([])
    expect(served).toBeGreaterThan(0)

    // Then the other one too, after a change purged the pages: the last good page is served.
    stack.servers[1].process.kill('SIGKILL')
    const purge = await request(`${front}/`, {
      method: 'PURGE',
      headers: { 'xkey-purge': 'articles weeks topics analysts media site' },
    })
    expect(purge.status).toBe(200)
    for (const path of paths) {
      const page = await request(`${front}${path}`)
      expect(page.status, path).toBe(200)
    }
  })

  it('a web server that answers but is not ready (its Redis is gone) leaves the rotation: readers get the last good pages', async () => {
    // Server A again, as the stack starts it, but with a Redis nobody listens at.
    const server = spawn(process.execPath, ['server/server.mjs'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(WEB_PORTS[0]),
        HOSTNAME: '127.0.0.1',
        NEXT_DIST_DIR: '.next-stack',
        PAYLOAD_SECRET: 'stack-test-secret',
        MEDIA_DIR: path.join(dataDir, 'media'),
        TRUSTED_PROXIES: '127.0.0.1',
        ORIGIN_COMPRESSION: 'false',
        JOBS_AUTORUN: 'false',
        LOG_REQUESTS: 'false',
        REDIS_URL: 'redis://127.0.0.1:9',
      },
      stdio: 'ignore',
    })
    try {
      await eventually('server A answers', async () =>
        request(`${serverA}/robots.txt`).then(
          (answer) => answer.status === 200,
          () => false,
        ),
      )
      const ready = await request(`${serverA}/api/ready`)
      expect(ready.status).toBe(503)
      expect(ready.headers['cache-control']).toBe('private, no-store')
      const answer = JSON.parse(ready.body)
      expect(answer.checks.database.ok).toBe(true)
      expect(answer.checks.redis.ok).toBe(false)
      // Varnish's probe (/api/ready, 3 of 5) has had time to notice; a purged page would be
      // fetched again from a ready server, so a HIT is the last good page, kept in grace.
      await sleep(8000)
      await request(`${front}/`, { method: 'PURGE', headers: { 'xkey-purge': 'site' } })
      for (const path of ['/en', `/en/weeks/${week.slug}`]) {
        const page = await request(`${front}${path}`)
        expect(page.status, path).toBe(200)
        expect(page.headers['x-cache'], path).toBe('HIT')
      }
    } finally {
      server.kill('SIGTERM')
    }
  }, 120_000)
})
