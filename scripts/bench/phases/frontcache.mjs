// 7. The front cache: the site as it runs on several servers (scripts/stack.mjs: two web
// servers on one build, Varnish in front, PostgreSQL, Redis), on a database of its own.
// - cached pages through Varnish (hits) against the bare baseline answering the same bytes;
// - a publish on web server A: how soon every affected page is fresh through Varnish and on
//   web server B;
// - load through Varnish while an editor publishes every 5 s: any failed request.
// Needs varnishd, Redis and PostgreSQL; without one of them it is skipped with the reason.
import fs from 'node:fs'

import { DIST_DIR, LOCALES, freePort, median, round } from '../context.mjs'
import { json, rawGet, waitForOk } from '../http.mjs'
import { adoptGroup, onCleanup, releaseGroup, sleep, start, stop } from '../proc.mjs'
import { findVarnishd, redisAnswers, startStack } from '../../stack.mjs'
import { prepareDatabase } from '../setup.mjs'
import { discover, login, pagePath, pollUntil } from '../site.mjs'
import { apiPaths } from './api.mjs'
import { affectedPages } from './freshness.mjs'
import { cannon } from './reading.mjs'

/** Page types a front cache serves from memory (search is private: it always passes). */
export const CACHED_TYPES = ['home', 'week', 'topic', 'article']
const PUBLISH_EVERY_MS = 5000

async function postgres(url, sql) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

/** Why the phase cannot run here, or null. */
async function missingServices(options, redisUrl) {
  const missing = []
  if (!findVarnishd()) missing.push('no varnishd (apt-get install varnish varnish-modules)')
  if (!(await redisAnswers(redisUrl))) missing.push(`no Redis at ${redisUrl}`)
  try {
    await postgres(options.postgresUrl, 'select 1')
  } catch (error) {
    missing.push(
      `no PostgreSQL at ${options.postgresUrl.replace(/\/\/[^@]*@/, '//…@')} (${error.message})`,
    )
  }
  return missing.length ? missing.join('; ') : null
}

/** An editor's publish of a new title in one language on `base`; the time it returned. */
async function publishTitle(base, token, site, locale, title) {
  const { ms, returnedAt } = await json(
    `${base}/api/articles/${site.article.id}?locale=${locale}&depth=0`,
    { method: 'PATCH', token, body: { title, _status: 'published' } },
  )
  return { ms, returnedAt }
}

/** Hits through Varnish for each cached page type (en) against the baseline, same bytes. */
async function hitsAgainstBaseline(ctx, stack, site) {
  const { options, say } = ctx
  const headers = { 'Accept-Encoding': 'gzip' }
  const manifest = {}
  const pages = []
  const targets = [
    ...CACHED_TYPES.map((type) => ({ type, path: pagePath(site, type, 'en') })),
    // What apps read (#21), 64 connections as the issue's row asks.
    ...Object.entries(apiPaths(site)).map(([name, path]) => ({ type: `api-${name}`, path })),
  ]
  for (const [i, { type, path }] of targets.entries()) {
    // The first read fills the cache; the second is a hit, as browsers get it (gzip,
    // compressed once by Varnish): those bytes are what the baseline answers.
    await rawGet(`${stack.url}${path}`, { encoding: 'gzip' })
    const response = await rawGet(`${stack.url}${path}`, { encoding: 'gzip' })
    if (response.status !== 200) throw new Error(`${path} through Varnish: HTTP ${response.status}`)
    const file = ctx.tmpFile(`frontcache-page-${i}`)
    fs.writeFileSync(file, response.body)
    manifest[path] = file
    pages.push({
      type,
      path,
      cache: response.headers['x-cache'] ?? null,
      bytes: response.body.length,
      encoding: response.contentEncoding,
    })
  }
  fs.writeFileSync(ctx.tmpFile('frontcache-pages.json'), JSON.stringify(manifest))
  const baselinePort = await freePort(options.port + 10)
  const baseline = start(
    'frontcache-baseline',
    process.execPath,
    [
      'scripts/bench/baseline-server.mjs',
      String(baselinePort),
      ctx.tmpFile('frontcache-pages.json'),
    ],
    { log: ctx.tmpFile('frontcache-baseline.log') },
  )
  try {
    await waitForOk(`http://127.0.0.1:${baselinePort}${pages[0].path}`, 20_000)
    const rows = []
    for (const page of pages) {
      const connections = page.type.startsWith('api-') ? { connections: 64 } : {}
      const varnish = await cannon(options, `${stack.url}${page.path}`, {
        headers,
        ...connections,
      })
      const base = await cannon(options, `http://127.0.0.1:${baselinePort}${page.path}`, {
        headers,
        ...connections,
      })
      const row = {
        ...page,
        varnish,
        baseline: base,
        ratio: base.requestsPerSecond
          ? round(varnish.requestsPerSecond / base.requestsPerSecond, 3)
          : null,
        p99Ratio: base.p99Ms ? round(varnish.p99Ms / base.p99Ms, 2) : null,
      }
      rows.push(row)
      say(
        `  ${page.path} through Varnish (${page.cache}): ${varnish.requestsPerSecond} req/s (p50 ${varnish.p50Ms} ms, p99 ${varnish.p99Ms} ms), baseline ${base.requestsPerSecond} req/s (p99 ${base.p99Ms} ms)` +
          (varnish.non2xx || varnish.errors
            ? `, ${varnish.non2xx} non-2xx, ${varnish.errors} errors`
            : ''),
      )
    }
    return rows
  } finally {
    await stop(baseline)
  }
}

/** Where a publish on web server A is read back: through Varnish, and on web server B. */
const readersOf = (stack) => [
  { name: 'varnish', base: stack.url },
  { name: 'serverB', base: stack.servers[1].url },
]

/** The slowest of the polls in seconds, or null when one never saw the change. */
const slowest = (polls) =>
  polls.some((p) => p.seconds === null) ? null : Math.max(...polls.map((p) => p.seconds))

/**
 * Publishes on web server A, one language after another; after each call returns, every
 * affected page in that language is polled through Varnish and on web server B.
 */
async function freshnessAcrossServers(ctx, stack, site, token) {
  const { options, runId, say } = ctx
  const [a] = stack.servers
  const readers = readersOf(stack)
  const runs = []
  for (let n = 1; n <= options.publishes; n++) {
    const marker = `wmfront${runId}n${n}`
    const affected = affectedPages(site, marker)
    // Readers have every page (Varnish and B their copies) before the publish.
    await Promise.all(
      readers.flatMap((reader) =>
        affected.map((page) => fetch(`${reader.base}${page.path}`).then((r) => r.text())),
      ),
    )
    const polls = []
    const apiMs = {}
    for (const locale of LOCALES) {
      const { ms, returnedAt } = await publishTitle(
        a.url,
        token,
        site,
        locale,
        `${site.article.titles[locale]} ${marker}`,
      )
      apiMs[locale] = round(ms)
      for (const reader of readers)
        for (const page of affected.filter((p) => p.locale === locale))
          polls.push(
            pollUntil(`${reader.base}${page.path}`, page.isFresh).then((seenAt) => ({
              reader: reader.name,
              type: page.type,
              path: page.path,
              seconds: seenAt === null ? null : round((seenAt - returnedAt) / 1000, 3),
            })),
          )
    }
    const seen = await Promise.all(polls)
    const run = {
      publish: n,
      pages: affected.length,
      apiMs,
      lastFreshSeconds: slowest(seen),
      varnishSeconds: slowest(seen.filter((p) => p.reader === 'varnish')),
      serverBSeconds: slowest(seen.filter((p) => p.reader === 'serverB')),
      apiVarnishSeconds: slowest(
        seen.filter((p) => p.reader === 'varnish' && p.type.startsWith('api-')),
      ),
      stalePages: seen.filter((p) => p.seconds === null).map((p) => `${p.reader} ${p.path}`),
      perPage: seen,
    }
    runs.push(run)
    say(
      `  publish ${n} on A: ${run.stalePages.length ? `${run.stalePages.length} page(s) still stale after 60 s` : `all ${affected.length} pages fresh through Varnish after ${run.varnishSeconds} s, on B after ${run.serverBSeconds} s`}`,
    )
    await sleep(500)
  }
  const done = runs.map((r) => r.lastFreshSeconds).filter((s) => s !== null)
  const max = (key) => {
    const values = runs.map((r) => r[key])
    return values.includes(null) ? null : Math.max(...values)
  }
  return {
    publishes: runs.length,
    pagesPerPublish: runs[0]?.pages ?? 0,
    medianSeconds: median(done),
    maxSeconds: done.length === runs.length ? Math.max(...done) : null,
    maxVarnishSeconds: max('varnishSeconds'),
    maxServerBSeconds: max('serverBSeconds'),
    maxApiVarnishSeconds: max('apiVarnishSeconds'),
    failedPublishes: runs.length - done.length,
    runs,
  }
}

/**
 * What an app sees (#21's row): a publish on web server A in one language, then only the
 * API's analysis and list in that language polled through Varnish and on web server B, one
 * language at a time. The run above polls every page at once too, and there the API, which
 * gives way to readers' pages by design (payload/api/workGate.ts), is fresh only after them.
 */
async function apiFreshnessAcrossServers(ctx, stack, site, token) {
  const { options, runId, say } = ctx
  const [a] = stack.servers
  const readers = readersOf(stack)
  const runs = []
  for (let n = 1; n <= options.publishes; n++) {
    for (const locale of LOCALES) {
      const marker = `wmapi${runId}n${n}${locale}`
      const pages = affectedPages(site, marker).filter(
        (p) => p.locale === locale && p.type.startsWith('api-'),
      )
      await Promise.all(
        readers.flatMap((reader) =>
          pages.map((page) => fetch(`${reader.base}${page.path}`).then((r) => r.text())),
        ),
      )
      const { returnedAt } = await publishTitle(
        a.url,
        token,
        site,
        locale,
        `${site.article.titles[locale]} ${marker}`,
      )
      const seen = await Promise.all(
        readers.flatMap((reader) =>
          pages.map((page) =>
            pollUntil(`${reader.base}${page.path}`, page.isFresh, { everyMs: 50 }).then(
              (seenAt) => ({
                reader: reader.name,
                path: page.path,
                seconds: seenAt === null ? null : round((seenAt - returnedAt) / 1000, 3),
              }),
            ),
          ),
        ),
      )
      runs.push({
        publish: n,
        locale,
        varnishSeconds: slowest(seen.filter((p) => p.reader === 'varnish')),
        serverBSeconds: slowest(seen.filter((p) => p.reader === 'serverB')),
        perPath: seen,
      })
      await sleep(500)
    }
  }
  const max = (key) => {
    const values = runs.map((r) => r[key])
    return values.includes(null) ? null : Math.max(...values)
  }
  const result = {
    publishes: runs.length,
    maxVarnishSeconds: max('varnishSeconds'),
    maxServerBSeconds: max('serverBSeconds'),
    medianVarnishSeconds: median(runs.map((r) => r.varnishSeconds).filter((s) => s !== null)),
    runs,
  }
  say(
    `  API alone, ${runs.length} publish(es): analysis and list fresh through Varnish after at most ${result.maxVarnishSeconds ?? 'never'} s, on B after ${result.maxServerBSeconds ?? 'never'} s`,
  )
  return result
}

/** Readers through Varnish on every cached page type and language while publishes go on. */
async function loadWhilePublishing(ctx, stack, site, token) {
  const { options, say } = ctx
  const seconds = options.quick ? 10 : 30
  const paths = CACHED_TYPES.flatMap((type) => LOCALES.map((l) => pagePath(site, type, l)))
  const publishes = []
  let publishing = true
  const publisher = (async () => {
    for (let n = 1; publishing; n++) {
      await sleep(PUBLISH_EVERY_MS)
      if (!publishing) break
      // Alternately on A and B: each server's change must reach Varnish.
      const server = stack.servers[n % 2 ? 0 : 1]
      try {
        const { ms } = await publishTitle(
          server.url,
          token,
          site,
          'en',
          `${site.article.titles.en} (load ${n})`,
        )
        publishes.push({ on: server.port, ms: round(ms) })
      } catch (error) {
        publishes.push({ on: server.port, error: error.message })
      }
    }
  })()
  const result = await cannon(options, stack.url, {
    duration: seconds,
    warmup: undefined,
    headers: { 'Accept-Encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  publishing = false
  await publisher
  const failed = result.non2xx + result.errors + result.timeouts
  say(
    `  ${seconds} s through Varnish while publishing every ${PUBLISH_EVERY_MS / 1000} s: ${result.requestsPerSecond} req/s (p99 ${result.p99Ms} ms), ${failed} failed, ${publishes.length} publishes`,
  )
  return {
    seconds,
    paths,
    ...result,
    failed,
    publishes,
    publishErrors: publishes.filter((p) => p.error).length,
  }
}

/**
 * The stack's database, created, migrated and seeded with the demo content; started by the
 * driver beside the main database's seed (the two share the wait, not the measurements).
 * Resolves { databaseUrl, redisUrl } or { skipped: why }; never rejects.
 */
export function prepareFrontcache(ctx) {
  const { options, runId, env } = ctx
  const redisUrl = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379'
  return (async () => {
    const missing = await missingServices(options, redisUrl)
    if (missing) return { skipped: missing }
    const database = `wm_bench_${runId}_stack`
    const url = new URL(options.postgresUrl)
    url.pathname = `/${database}`
    await postgres(options.postgresUrl, `create database ${database}`)
    onCleanup(() =>
      postgres(options.postgresUrl, `drop database if exists ${database} with (force)`),
    )
    // Its uploads where the stack's servers look for them (dataDir/media).
    await prepareDatabase(
      ctx,
      url.toString(),
      { ...env, MEDIA_DIR: ctx.tmpFile('stack/media') },
      'stack',
    )
    return { databaseUrl: url.toString(), redisUrl }
  })().catch((error) => ({ error }))
}

export async function frontcachePhase(ctx, prepared) {
  const { options, runId, env, say } = ctx
  const ready = await prepared
  if (ready.error) throw ready.error
  if (ready.skipped) {
    say(`  skipped: ${ready.skipped}`)
    return { skipped: ready.skipped }
  }
  const { databaseUrl, redisUrl } = ready
  const varnishPort = await freePort(options.port + 3)
  const webA = await freePort(varnishPort + 1)
  const webB = await freePort(webA + 1)
  const log = fs.openSync(ctx.tmpFile('stack.log'), 'a')
  let stack = null
  const groups = []
  try {
    stack = await startStack({
      varnishPort,
      webPorts: [webA, webB],
      databaseUrl,
      redisUrl,
      redisPrefix: `wm-bench-${runId}:`,
      // The benchmark's own cold build; the stack expires what it prerendered.
      distDir: DIST_DIR,
      build: 'never',
      dataDir: ctx.tmpFile('stack'),
      publicUrl: env.NEXT_PUBLIC_SERVER_URL,
      secret: env.PAYLOAD_SECRET,
      seed: false,
      // Nothing here is queued: a worker would only take CPU.
      worker: false,
      log: (line) => say(`  ${line}`),
      onOutput: (name, line) => fs.appendFileSync(log, `[${name}] ${line}\n`),
    })
    // Stopped with everything else on Ctrl+C or an error.
    for (const proc of [stack.varnish, ...stack.servers.map((s) => s.process)]) {
      adoptGroup(proc.pid)
      groups.push(proc.pid)
    }
    const site = await discover(stack.servers[0].url)
    const { token } = await login(stack.servers[0].url)
    say(`  Varnish on ${varnishPort}, web servers on ${webA} (A) and ${webB} (B)`)
    const hits = await hitsAgainstBaseline(ctx, stack, site)
    const freshness = await freshnessAcrossServers(ctx, stack, site, token)
    const apiFreshness = await apiFreshnessAcrossServers(ctx, stack, site, token)
    const load = await loadWhilePublishing(ctx, stack, site, token)
    for (const locale of LOCALES)
      await publishTitle(stack.servers[0].url, token, site, locale, site.article.titles[locale])
    return { varnishPort, webPorts: [webA, webB], hits, freshness, apiFreshness, load }
  } finally {
    await stack?.stop()
    for (const pid of groups) releaseGroup(pid)
    fs.closeSync(log)
  }
}
