// 8. The content API as programs use it (#21), on the benchmark's server:
// - a list of 20 and one analysis, 64 connections, from the web server's memory against the
//   baseline answering the same bytes;
// - 304 answers to clients that already have the list;
// - 64 app clients, each from its own loopback address, each asking for lists nobody asked
//   for before, while a reader reads the home page every 100 ms: refusals, and the reader's
//   p99 against the same reader at rest.
// The same list and analysis through Varnish are in the front-cache phase, the uncached list
// at 100 / 1 000 / 10 000 analyses in the growth phase.
import fs from 'node:fs'
import http from 'node:http'

import { freePort, median, round } from '../context.mjs'
import { rawGet, waitForOk } from '../http.mjs'
import { forkClients, sleep, start, stop } from '../proc.mjs'
import { pagePath } from '../site.mjs'
import { countBy, percentile, readFor } from './abuse.mjs'
import { cannon } from './reading.mjs'

const CONNECTIONS = 64
const APP_CLIENTS = 64
/** Loopback addresses of the app clients: 127.0.1.1 … 127.0.1.64. */
export const appAddress = (i) => `127.0.1.${i + 1}`

/** The API's list and document the rows read, as an app would ask for them. */
export const apiPaths = (site) => ({
  list: '/api/articles?limit=20&locale=en',
  document: `/api/articles/${site.article.id}?locale=en`,
})

/** A list nobody asked for yet: the same twenty analyses, a URL of its own. */
export const uncachedListPath = (locale, page, salt) =>
  `/api/articles?limit=20&locale=${locale}&page=${page}&where[id][not_equals]=${salt}`

export function get(base, path, { agent, localAddress, headers = {} } = {}) {
  return new Promise((resolve) => {
    const started = performance.now()
    const req = http.get(
      `${base}${path}`,
      { agent: agent ?? false, headers, ...(localAddress ? { localAddress } : {}) },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }))
        res.on('error', () => resolve({ status: 'error', ms: performance.now() - started }))
      },
    )
    req.setTimeout(30_000, () => req.destroy())
    req.on('error', () => resolve({ status: 'error', ms: performance.now() - started }))
  })
}

/**
 * The web server's kept copy of the path. A copy is not kept when a purge came while it was
 * rendered (a publish of an earlier phase purging again a few seconds later), so it asks a
 * few times before it calls the answer not kept, and then says what the answer was.
 */
async function keptCopy(base, path) {
  let answer
  for (let attempt = 0; attempt < 10; attempt++) {
    if (attempt > 0) await sleep(500)
    await rawGet(`${base}${path}`)
    answer = await rawGet(`${base}${path}`)
    if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status}`)
    if (answer.headers['x-origin-cache'] === 'HIT') return answer
  }
  const h = answer.headers
  throw new Error(
    `${path} is not kept by the web server after 10 tries (X-Origin-Cache: ${h['x-origin-cache']}, Cache-Control: ${h['cache-control']}, xkey: ${h.xkey ? 'set' : 'none'})`,
  )
}

/** From memory (the web server's copy) against the baseline, same bytes, 64 connections. */
async function fromMemory(ctx, base, paths) {
  const { options, say } = ctx
  const manifest = {}
  for (const [name, path] of Object.entries(paths)) {
    const again = await keptCopy(base, path)
    const file = ctx.tmpFile(`api-${name}.json`)
    fs.writeFileSync(file, again.body)
    manifest[path] = file
  }
  fs.writeFileSync(ctx.tmpFile('api-pages.json'), JSON.stringify(manifest))
  const baselinePort = await freePort(options.port + 20)
  const baseline = start(
    'api-baseline',
    process.execPath,
    ['scripts/bench/baseline-server.mjs', String(baselinePort), ctx.tmpFile('api-pages.json')],
    { log: ctx.tmpFile('api-baseline.log') },
  )
  try {
    await waitForOk(`http://127.0.0.1:${baselinePort}${paths.list}`, 20_000)
    const rows = []
    for (const [name, path] of Object.entries(paths)) {
      const app = await cannon(options, `${base}${path}`, { connections: CONNECTIONS })
      const bare = await cannon(options, `http://127.0.0.1:${baselinePort}${path}`, {
        connections: CONNECTIONS,
      })
      const ratio = bare.requestsPerSecond
        ? round(app.requestsPerSecond / bare.requestsPerSecond, 3)
        : null
      rows.push({ name, path, app, baseline: bare, ratio })
      say(
        `  ${name} from memory: ${app.requestsPerSecond} req/s (p50 ${app.p50Ms}, p99 ${app.p99Ms} ms), baseline ${bare.requestsPerSecond} req/s: ${ratio}×` +
          (app.non2xx ? `, ${app.non2xx} non-2xx` : ''),
      )
    }
    return rows
  } finally {
    await stop(baseline)
  }
}

/**
 * Clients that already have the list: If-None-Match with its ETag. The goal (p50 ≤ 5 ms) is
 * the time one app waits for its 304, so it is timed on one connection; 64 connections at
 * once give the throughput (their p50 is mostly the queue of 64).
 */
async function notModified(ctx, base, path) {
  const first = await rawGet(`${base}${path}`)
  const etag = first.headers.etag
  if (!etag) throw new Error(`${path} has no ETag`)
  const headers = { 'If-None-Match': etag }
  const one = await cannon(ctx.options, `${base}${path}`, { connections: 1, headers })
  const many = await cannon(ctx.options, `${base}${path}`, { connections: CONNECTIONS, headers })
  // autocannon counts a 304 as non-2xx: every answer should be one.
  for (const [label, result] of [
    ['one client', one],
    [`${CONNECTIONS} connections`, many],
  ])
    ctx.say(
      `  304 answers, ${label}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (${result.non2xx} of ${result.requests} were not 2xx, as 304s are)`,
    )
  return { path, ...one, connections: 1, underLoad: { connections: CONNECTIONS, ...many } }
}

/** 64 app clients on their own addresses asking for distinct uncached lists; a reader beside. */
async function distinctClients(ctx, base) {
  const { options, site, say } = ctx
  const seconds = options.quick ? 5 : 20
  const readerPath = pagePath(site, 'home', 'en')
  await get(base, readerPath)
  const atRest = await readFor(base, readerPath, seconds)
  say(`  reader alone: p50 ${atRest.p50Ms} ms, p99 ${atRest.p99Ms} ms`)
  // In their own process, so the reader's timer here waits for nothing but the site.
  const { started, message } = forkClients(
    'scripts/bench/app-clients.mjs',
    [base, seconds, APP_CLIENTS],
    'the app clients',
  )
  const clients = message('answers').then((m) => m.answers)
  await started
  const underLoad = await readFor(base, readerPath, seconds)
  const answers = await clients
  const byStatus = countBy(answers.map((a) => a.status))
  const times = answers.map((a) => a.ms)
  const result = {
    seconds,
    clients: APP_CLIENTS,
    requests: answers.length,
    byStatus,
    refused503: byStatus[503] ?? 0,
    p50Ms: round(median(times)),
    p99Ms: round(percentile(times, 99)),
    readerAtRest: atRest,
    readerUnderLoad: underLoad,
    readerP99Ratio: atRest.p99Ms ? round(underLoad.p99Ms / atRest.p99Ms, 2) : null,
  }
  say(
    `  ${APP_CLIENTS} app clients × ${seconds} s: ${answers.length} lists (${Object.entries(
      byStatus,
    )
      .map(([s, n]) => `${s} ×${n}`)
      .join(
        ' · ',
      )}), p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; reader p99 ${underLoad.p99Ms} ms (${result.readerP99Ratio}× at rest)`,
  )
  return result
}

export async function apiPhase(ctx) {
  const { port, site } = ctx
  const base = `http://127.0.0.1:${port}`
  const paths = apiPaths(site)
  const memory = await fromMemory(ctx, base, paths)
  const conditional = await notModified(ctx, base, paths.list)
  const clients = await distinctClients(ctx, base)
  return { memory, notModified: conditional, clients }
}
