#!/usr/bin/env node
// `npm run bench`: reading speed, freshness after publish, scheduling lateness, growth to
// 10 000 analyses, page weight and Lighthouse, against the production build (`next build`
// + `next start`) on databases of its own. Prints one table and writes
// bench/results/latest.json. See bench/README.md for what each number means.
import autocannon from 'autocannon'
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

import { json, rawGet, request, timedGet, waitForOk } from './bench/http.mjs'
import {
  adoptGroup,
  cleanup,
  installSignalHandlers,
  onCleanup,
  releaseGroup,
  sampleRss,
  sleep,
  start,
  stop,
  stopGroup,
  treeRss,
} from './bench/proc.mjs'
import { renderTable } from './bench/table.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const USAGE = `Usage: npm run bench -- [options]
  --quick               smoke run: tiny sizes, 2-second load runs (3–5 minutes with the build)
  --db sqlite|postgres  database of the run (default sqlite; postgres needs 127.0.0.1:5432 or
                        --postgres-url / BENCH_POSTGRES_URL naming a server where it may create
                        and drop databases)
  --articles N          largest growth size (default 10000; --quick: 100)
  --duration S          seconds of each autocannon run (default 10; --quick: 2)
  --connections N       autocannon connections (default 32)
  --port N              first port to use (default 3311; the next free ones are taken)
  --only a,b / --skip a,b   phases: reading, weight, lighthouse, freshness, scheduling, growth
  --reuse-build         keep an existing .next-bench build (for working on the harness only)
  --keep                keep the temporary folder (databases, server logs) after the run
  --out FILE            JSON results (default bench/results/latest.json)`

const PHASES = ['reading', 'weight', 'lighthouse', 'freshness', 'scheduling', 'growth']
const LOCALES = ['en', 'be', 'ru']
const PAGE_TYPES = ['home', 'week', 'topic', 'article', 'search']
const DIST_DIR = '.next-bench'
const BUILD_LOCK = '/tmp/wm-build.lock'
const CHROME = process.env.BENCH_CHROME_PATH || '/usr/bin/chromium'

function parseOptions(argv) {
  const value = (name) => {
    const at = argv.indexOf(`--${name}`)
    if (at < 0) return undefined
    const next = argv[at + 1]
    if (next === undefined || next.startsWith('--')) throw new Error(`--${name} needs a value`)
    return next
  }
  const known = new Set([
    '--quick',
    '--db',
    '--articles',
    '--duration',
    '--connections',
    '--port',
    '--only',
    '--skip',
    '--reuse-build',
    '--keep',
    '--out',
    '--postgres-url',
    '--help',
  ])
  argv.forEach((arg, i) => {
    if (arg.startsWith('--') && !known.has(arg)) throw new Error(`unknown option ${arg}`)
    if (!arg.startsWith('--') && !argv[i - 1]?.startsWith('--'))
      throw new Error(`unexpected argument ${arg}`)
  })
  const quick = argv.includes('--quick')
  const db = value('db') ?? 'sqlite'
  if (!['sqlite', 'postgres'].includes(db)) throw new Error('--db must be sqlite or postgres')
  const list = (name) => (value(name) ? value(name).split(',') : null)
  const only = list('only')
  const skip = list('skip') ?? []
  for (const phase of [...(only ?? []), ...skip])
    if (!PHASES.includes(phase)) throw new Error(`unknown phase ${phase}: ${PHASES.join(', ')}`)
  const articles = Number(value('articles') ?? (quick ? 100 : 10_000))
  if (!Number.isInteger(articles) || articles < 60)
    throw new Error('--articles must be a whole number of at least 60 (the demo content)')
  const sizes = [100, 1_000, 10_000, 100_000].filter((n) => n < articles)
  sizes.push(articles)
  return {
    help: argv.includes('--help'),
    quick,
    db,
    articles,
    sizes: quick && !value('articles') ? [100] : sizes,
    duration: Number(value('duration') ?? (quick ? 2 : 10)),
    warmup: quick ? 0 : 2,
    connections: Number(value('connections') ?? 32),
    port: Number(value('port') ?? 3311),
    phases: new Set(
      PHASES.filter(
        (p) => (only ? only.includes(p) : !(quick && p === 'lighthouse')) && !skip.includes(p),
      ),
    ),
    reuseBuild: argv.includes('--reuse-build'),
    keep: argv.includes('--keep'),
    out: path.resolve(value('out') ?? 'bench/results/latest.json'),
    postgresUrl:
      value('postgres-url') ??
      process.env.BENCH_POSTGRES_URL ??
      'postgres://postgres@127.0.0.1:5432/postgres',
    renders: quick ? 2 : 5,
    publishes: quick ? 1 : 10,
    scheduled: quick ? 1 : 5,
    scheduleAheadMs: quick ? 15_000 : 60_000,
  }
}

let options
try {
  options = parseOptions(process.argv.slice(2))
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`)
  process.exit(2)
}
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}

installSignalHandlers()
process.on('uncaughtException', async (error) => {
  console.error(error)
  await cleanup()
  process.exit(1)
})

const startedAt = Date.now()
const clock = () => {
  const s = Math.round((Date.now() - startedAt) / 1000)
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}
const say = (message) => console.log(`[${clock()}] ${message}`)

const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (value, digits = 0) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits))
const mb = (bytes) => (bytes ? Math.round(bytes / 1048576) : null)

const runId = crypto.randomBytes(3).toString('hex')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-bench-'))
onCleanup(() =>
  options.keep ? console.log(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true }),
)

const results = {
  startedAt: new Date(startedAt).toISOString(),
  options: {
    quick: options.quick,
    db: options.db,
    articles: options.articles,
    sizes: options.sizes,
    durationSeconds: options.duration,
    connections: options.connections,
    phases: [...options.phases],
  },
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  },
  commit: git(['rev-parse', '--short', 'HEAD']),
  workTreeChanged: Boolean(git(['status', '--porcelain'])),
  errors: {},
}

function git(args) {
  const result = spawnSync('git', args, { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function freePort(from) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(freePort(from + 1)))
    server.listen(from, () => server.close(() => resolve(from)))
  })
}

// ---------------------------------------------------------------------------------------
// Databases, build and servers

async function postgresQuery(sql, url = options.postgresUrl) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

function postgresUrlFor(database) {
  const url = new URL(options.postgresUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function createDatabases() {
  if (options.db === 'sqlite') {
    return {
      main: `file:${path.join(tmp, 'main.db')}`,
      growth: `file:${path.join(tmp, 'growth.db')}`,
      // The database runs in WAL mode: the last writes of the seed may still sit in
      // main.db-wal, so the copy takes it too (nothing has the file open at this point).
      copyToGrowth: async () => {
        for (const suffix of ['', '-wal'])
          if (fs.existsSync(path.join(tmp, `main.db${suffix}`)))
            fs.copyFileSync(
              path.join(tmp, `main.db${suffix}`),
              path.join(tmp, `growth.db${suffix}`),
            )
      },
      size: async (url) => fs.statSync(url.slice('file:'.length)).size,
    }
  }
  const main = `wm_bench_${runId}`
  const growth = `wm_bench_${runId}_growth`
  try {
    await postgresQuery(`create database ${main}`)
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${options.postgresUrl.replace(/\/\/[^@]*@/, '//…@')} refused: ${error.message}`,
    )
  }
  onCleanup(async () => {
    for (const name of [main, growth])
      await postgresQuery(`drop database if exists ${name} with (force)`)
  })
  return {
    main: postgresUrlFor(main),
    growth: postgresUrlFor(growth),
    copyToGrowth: () => postgresQuery(`create database ${growth} template ${main}`),
    size: async (url) =>
      Number(
        (
          await postgresQuery(
            `select pg_database_size('${new URL(url).pathname.slice(1)}') as size`,
          )
        )[0].size,
      ),
  }
}

const withDevConditions = (env) => ({
  ...env,
  NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --conditions=development`.trim(),
})

/** `node --import tsx file`: one process (the tsx CLI would start a second one). */
const tsxArgs = (file, args = []) => ['--import', 'tsx', file, ...args]

async function runLogged(name, command, args, env, expect) {
  const logFile = path.join(tmp, `${name.replace(/\W+/g, '-')}.log`)
  const child = start(name, command, args, { env, log: logFile, capture: true })
  const code = await child.exited
  if (code !== 0 || (expect && !expect.test(child.output))) {
    const tail = child.output.trim().split('\n').slice(-25).join('\n')
    throw new Error(`${name} failed (exit ${code}):\n${tail}`)
  }
  return child.output
}

async function prepareDatabase(url, env) {
  const dbEnv = withDevConditions({ ...env, DATABASE_URL: url })
  await runLogged(
    'migrate',
    process.execPath,
    ['node_modules/payload/bin.js', 'migrate'],
    dbEnv,
    /Done\./,
  )
  await runLogged('seed', process.execPath, tsxArgs('scripts/seed.ts'), dbEnv, /Demo content ready/)
}

/** Next adds its build folder's types to tsconfig.json; take back exactly those lines. */
function restoreTsconfig(before) {
  const now = fs.readFileSync('tsconfig.json', 'utf8')
  if (now === before) return
  try {
    const config = JSON.parse(now)
    const include = (config.include ?? []).filter((entry) => !entry.startsWith(`${DIST_DIR}/`))
    if (include.length === (config.include ?? []).length) return
    config.include = include
    const text = `${JSON.stringify(config, null, 2)}\n`
    fs.writeFileSync('tsconfig.json', text === now ? now : text)
  } catch {
    // someone else's edit in progress: leave it
  }
}

async function buildSite(env) {
  // A cold build, as from a clean clone: no Turbopack cache, no query results cached for
  // another database.
  fs.rmSync(DIST_DIR, { recursive: true, force: true })
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
  const logFile = path.join(tmp, 'build.log')
  const marker = 'WM_BENCH_BUILD_START'
  const script = `echo ${marker}; exec "${process.execPath}" node_modules/next/dist/bin/next build`
  let buildStarted = null
  const requested = Date.now()
  let child
  if (process.env.WM_BUILD_LOCK_HELD === '1') {
    // The caller already holds the build lock (e.g. `flock /tmp/wm-build.lock bash .ci/run`):
    // taking it again from here would wait for ourselves forever.
    child = start('next build', 'sh', ['-c', script], {
      env: { ...env, NODE_ENV: 'production' },
      log: logFile,
      onLine: (line) => {
        if (line.includes(marker)) buildStarted = Date.now()
      },
    })
  } else if (commandExists('flock')) {
    child = start('next build', 'flock', [BUILD_LOCK, 'sh', '-c', script], {
      env: { ...env, NODE_ENV: 'production' },
      log: logFile,
      onLine: (line) => {
        if (line.includes(marker)) buildStarted = Date.now()
      },
    })
  } else {
    // No util-linux: a lock directory with our PID in it, taken over when its owner is gone.
    const lockDir = `${BUILD_LOCK}.d`
    for (;;) {
      try {
        fs.mkdirSync(lockDir)
        fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
        break
      } catch {
        const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8') || 0)
        if (owner && !isAlive(owner)) fs.rmSync(lockDir, { recursive: true, force: true })
        await sleep(1000)
      }
    }
    onCleanup(() => fs.rmSync(lockDir, { recursive: true, force: true }))
    child = start('next build', 'sh', ['-c', script], {
      env: { ...env, NODE_ENV: 'production' },
      log: logFile,
      onLine: (line) => {
        if (line.includes(marker)) buildStarted = Date.now()
      },
    })
  }
  const waitNotice = setTimeout(() => {
    if (!buildStarted) say(`waiting for ${BUILD_LOCK} (another next build is running)…`)
  }, 2000)
  const code = await child.exited
  clearTimeout(waitNotice)
  restoreTsconfig(tsconfig)
  if (process.env.WM_BUILD_LOCK_HELD !== '1' && !commandExists('flock'))
    fs.rmSync(`${BUILD_LOCK}.d`, { recursive: true, force: true })
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-30).join('\n')
    throw new Error(`next build failed (exit ${code}):\n${tail}`)
  }
  return {
    seconds: round((Date.now() - (buildStarted ?? requested)) / 1000, 1),
    waitedForLockSeconds: round(((buildStarted ?? requested) - requested) / 1000, 1),
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function startServer(name, env, port) {
  const child = start(
    name,
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port)],
    { env: { ...env, NODE_ENV: 'production' }, log: path.join(tmp, `${name}.log`) },
  )
  let exited = false
  child.exited.then(() => (exited = true))
  try {
    await waitForOk(`http://127.0.0.1:${port}/en`, 120_000, () => !exited)
  } catch (error) {
    const log = fs.readFileSync(path.join(tmp, `${name}.log`), 'utf8')
    throw new Error(`${error.message}\n${log.trim().split('\n').slice(-20).join('\n')}`)
  }
  return child
}

/** The cache tags the site uses (lib/cache.ts), to expire them all before an uncached GET. */
function cacheTags() {
  try {
    const source = fs.readFileSync('lib/cache.ts', 'utf8')
    const block = source.match(/export const tags = \{([\s\S]*?)\}/)?.[1] ?? ''
    const found = [...block.matchAll(/:\s*'([^']+)'/g)].map((m) => m[1])
    if (found.length) return found
  } catch {
    // fall through
  }
  return ['articles', 'weeks', 'topics', 'analysts', 'media', 'site']
}

// ---------------------------------------------------------------------------------------
// What to request

async function discover(base) {
  const week = (await json(`${base}/api/weeks?sort=-startDate&limit=1&depth=0`)).data.docs[0]
  if (!week) throw new Error('no published week found')
  const articles = (
    await json(`${base}/api/articles?where[week][equals]=${week.id}&limit=20&depth=0&locale=en`)
  ).data.docs.sort((a, b) => a.slug.localeCompare(b.slug))
  const article = articles[0]
  if (!article) throw new Error(`the week ${week.slug} has no published analysis`)
  const topic = (await json(`${base}/api/topics/${article.topic}?depth=0`)).data
  const authors = await Promise.all(
    (article.authors ?? []).map(
      async (id) => (await json(`${base}/api/analysts/${id}?depth=0`)).data,
    ),
  )
  const titles = {}
  for (const locale of LOCALES) {
    const doc = (
      await json(`${base}/api/articles/${article.id}?locale=${locale}&fallback-locale=none&depth=0`)
    ).data
    titles[locale] = doc.title
  }
  const searchWords = Object.fromEntries(
    LOCALES.map((locale) => {
      const words = (titles[locale] ?? titles.en).toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu)
      const longest = [...words].sort((a, b) => b.length - a.length)[0]
      return [locale, longest]
    }),
  )
  return {
    week: { id: week.id, slug: week.slug },
    article: { id: article.id, slug: article.slug, titles },
    topic: { id: topic.id, slug: topic.slug },
    analysts: authors.map((a) => a.slug),
    searchWords,
  }
}

function pagePath(site, type, locale) {
  switch (type) {
    case 'home':
      return `/${locale}`
    case 'week':
      return `/${locale}/weeks/${site.week.slug}`
    case 'topic':
      return `/${locale}/topics/${site.topic.slug}`
    case 'article':
      return `/${locale}/articles/${site.article.slug}`
    case 'search':
      return `/${locale}/search?q=${encodeURIComponent(site.searchWords[locale])}`
  }
}

const pages = (site) =>
  PAGE_TYPES.flatMap((type) =>
    LOCALES.map((locale) => ({ type, locale, path: pagePath(site, type, locale) })),
  )

// ---------------------------------------------------------------------------------------
// 1. Reading throughput against the baseline

function cannon(url) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: options.connections,
        duration: options.duration,
        ...(options.warmup
          ? { warmup: { connections: options.connections, duration: options.warmup } }
          : {}),
      },
      (error, result) => {
        if (error) return reject(error)
        resolve({
          requestsPerSecond: round(result.requests.total / result.duration, 0),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
        })
      },
    )
  })
}

async function readingPhase(server, port, site, resources) {
  const list = pages(site)
  const manifest = {}
  for (const [i, page] of list.entries()) {
    const response = await rawGet(`http://127.0.0.1:${port}${page.path}`)
    if (response.status !== 200) throw new Error(`${page.path}: HTTP ${response.status}`)
    const file = path.join(tmp, `page-${i}.html`)
    fs.writeFileSync(file, response.body)
    manifest[page.path] = file
    page.htmlBytes = response.body.length
  }
  fs.writeFileSync(path.join(tmp, 'pages.json'), JSON.stringify(manifest))
  const baselinePort = await freePort(port + 1)
  const baseline = start(
    'baseline',
    process.execPath,
    ['scripts/bench/baseline-server.mjs', String(baselinePort), path.join(tmp, 'pages.json')],
    { log: path.join(tmp, 'baseline.log') },
  )
  try {
    await waitForOk(`http://127.0.0.1:${baselinePort}${list[0].path}`, 20_000)
    const rows = []
    for (const page of list) {
      const sampler = sampleRss(server.pid)
      const app = await cannon(`http://127.0.0.1:${port}${page.path}`)
      const rss = sampler.stop()
      resources.peakRssUnderLoad = Math.max(resources.peakRssUnderLoad ?? 0, rss.peak)
      const base = await cannon(`http://127.0.0.1:${baselinePort}${page.path}`)
      const row = {
        type: page.type,
        locale: page.locale,
        path: page.path,
        htmlBytes: page.htmlBytes,
        app,
        baseline: base,
        ratio: base.requestsPerSecond
          ? round(app.requestsPerSecond / base.requestsPerSecond, 3)
          : null,
        serverPeakRssMB: mb(rss.peak),
      }
      rows.push(row)
      say(
        `  ${page.path}: ${app.requestsPerSecond} req/s (p50 ${app.p50Ms} ms, p99 ${app.p99Ms} ms)` +
          `, baseline ${base.requestsPerSecond} req/s` +
          (app.non2xx || app.errors ? `, ${app.non2xx} non-2xx, ${app.errors} errors` : ''),
      )
    }
    return rows
  } finally {
    await stop(baseline)
  }
}

// ---------------------------------------------------------------------------------------
// 5. Page weight (static crawl) and Lighthouse

function decode(body, encoding) {
  if (encoding === 'br') return zlib.brotliDecompressSync(body)
  if (encoding === 'gzip') return zlib.gunzipSync(body)
  if (encoding === 'deflate') return zlib.inflateSync(body)
  return body
}

async function weightPhase(port, site) {
  const sizes = new Map()
  const transferred = async (url) => {
    if (!sizes.has(url)) {
      const response = await rawGet(url, { encoding: 'br, gzip' })
      sizes.set(url, response.status === 200 ? response.body.length : 0)
    }
    return sizes.get(url)
  }
  const rows = []
  for (const page of pages(site)) {
    const url = `http://127.0.0.1:${port}${page.path}`
    const response = await rawGet(url, { encoding: 'br, gzip' })
    const html = decode(response.body, response.contentEncoding).toString('utf8')
    const attr = (tag, name) =>
      tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&')
    // Modern browsers skip noModule scripts (Next's legacy polyfills): not counted.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .filter((m) => !/\snomodule\b/i.test(m[0]))
      .map((m) => attr(m[0], 'src'))
      .filter(Boolean)
    const styles = [...html.matchAll(/<link\b[^>]*>/g)]
      .filter((m) => attr(m[0], 'rel') === 'stylesheet')
      .map((m) => attr(m[0], 'href'))
      .filter(Boolean)
    const absolute = (href) => new URL(href, url).toString()
    let js = 0
    for (const src of new Set(scripts)) js += await transferred(absolute(src))
    let css = 0
    for (const href of new Set(styles)) css += await transferred(absolute(href))
    rows.push({
      type: page.type,
      locale: page.locale,
      htmlKB: round(response.body.length / 1024, 1),
      htmlDecodedKB: round(html.length / 1024, 1),
      compressed: response.contentEncoding,
      jsKB: round(js / 1024, 1),
      cssKB: round(css / 1024, 1),
      totalKB: round((response.body.length + js + css) / 1024, 1),
      scripts: new Set(scripts).size,
    })
  }
  return rows
}

async function lighthousePhase(port, site) {
  if (!fs.existsSync(CHROME))
    throw new Error(`no Chromium at ${CHROME}: apt-get install chromium (or set BENCH_CHROME_PATH)`)
  // The site's canonical and hreflang links name NEXT_PUBLIC_SERVER_URL (localhost).
  const urls = PAGE_TYPES.map((type) => `http://localhost:${port}${pagePath(site, type, 'en')}`)
  const found = []
  let chromePid = null
  const child = start(
    'lighthouse',
    process.execPath,
    ['scripts/bench/lighthouse.mjs', CHROME, ...urls],
    {
      log: path.join(tmp, 'lighthouse.log'),
      onLine: (line) => {
        if (line.startsWith('CHROME_PID ')) {
          chromePid = Number(line.slice('CHROME_PID '.length))
          adoptGroup(chromePid)
        } else if (line.startsWith('RESULT ')) {
          const result = JSON.parse(line.slice('RESULT '.length))
          found.push(result)
          const s = result.scores
          say(
            `  ${new URL(result.url).pathname}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}, SEO ${s.seo}`,
          )
        }
      },
    },
  )
  const code = await child.exited
  if (chromePid) {
    await stopGroup(chromePid, 2000)
    releaseGroup(chromePid)
  }
  if (code !== 0 && found.length < urls.length) {
    const log = fs.readFileSync(path.join(tmp, 'lighthouse.log'), 'utf8')
    throw new Error(`lighthouse exited ${code}: ${log.trim().split('\n').slice(-10).join('\n')}`)
  }
  return found.map((result, i) => ({ type: PAGE_TYPES[i], ...result }))
}

// ---------------------------------------------------------------------------------------
// 2. Freshness after publish

async function login(base) {
  const { data } = await json(`${base}/api/users/login`, {
    method: 'POST',
    body: { email: 'editor@monitor.local', password: 'demo-editor' },
  })
  return { token: data.token, userId: data.user.id }
}

/** Polls a URL until `isFresh(body)`; returns the time (performance.now()) it was seen. */
async function pollUntil(url, isFresh, { everyMs = 100, timeoutMs = 60_000 } = {}) {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      const body = await response.text()
      if (response.status === 200 && isFresh(body)) return performance.now()
    } catch {
      // a failed poll is retried
    }
    if (performance.now() > deadline) return null
    await sleep(everyMs)
  }
}

async function freshnessPhase(port, site) {
  const base = `http://127.0.0.1:${port}`
  const { token } = await login(base)
  const { article } = site
  const runs = []
  for (let n = 1; n <= options.publishes; n++) {
    const marker = `wmfresh${runId}n${n}`
    const affected = LOCALES.flatMap((locale) => [
      ...['home', 'week', 'topic', 'article'].map((type) => ({
        type,
        locale,
        path: pagePath(site, type, locale),
        isFresh: (html) => html.includes(marker),
      })),
      { type: 'feed', locale, path: `/${locale}/feed.xml`, isFresh: (x) => x.includes(marker) },
      ...site.analysts.map((slug) => ({
        type: 'analyst',
        locale,
        path: `/${locale}/analysts/${slug}`,
        isFresh: (html) => html.includes(marker),
      })),
      {
        // The query echoes the marker: fresh once the analysis is among the results.
        type: 'search',
        locale,
        path: `/${locale}/search?q=${marker}`,
        isFresh: (html) => html.includes(`/articles/${article.slug}"`),
      },
    ])
    // Readers have every page cached before the publish (the search too).
    await Promise.all(affected.map((page) => fetch(`${base}${page.path}`).then((r) => r.text())))
    const returned = {}
    const apiMs = {}
    const polls = []
    for (const locale of LOCALES) {
      const { ms, returnedAt } = await json(
        `${base}/api/articles/${article.id}?locale=${locale}&depth=0`,
        {
          method: 'PATCH',
          token,
          body: { title: `${article.titles[locale]} ${marker}`, _status: 'published' },
        },
      )
      returned[locale] = returnedAt
      apiMs[locale] = round(ms)
      for (const page of affected.filter((p) => p.locale === locale)) {
        polls.push(
          pollUntil(`${base}${page.path}`, page.isFresh).then((seenAt) => ({
            ...page,
            seconds: seenAt === null ? null : round((seenAt - returnedAt) / 1000, 3),
          })),
        )
      }
    }
    const seen = await Promise.all(polls)
    const stale = seen.filter((p) => p.seconds === null)
    const worst = seen.reduce((a, b) => ((b.seconds ?? Infinity) > (a.seconds ?? -1) ? b : a))
    const run = {
      publish: n,
      pages: seen.length,
      apiMs,
      lastFreshSeconds: stale.length ? null : worst.seconds,
      slowestPage: `${worst.path}`,
      stalePages: stale.map((p) => p.path),
      perPage: seen.map(({ path: p, seconds }) => ({ path: p, seconds })),
    }
    runs.push(run)
    say(
      `  publish ${n}: ${stale.length ? `${stale.length} page(s) still stale after 60 s` : `all ${seen.length} pages fresh after ${worst.seconds} s (last: ${worst.path})`}, PATCH ${Object.values(apiMs).join('/')} ms`,
    )
    await sleep(500)
  }
  // Put the titles back as they were.
  for (const locale of LOCALES) {
    await json(`${base}/api/articles/${article.id}?locale=${locale}&depth=0`, {
      method: 'PATCH',
      token,
      body: { title: article.titles[locale], _status: 'published' },
    })
  }
  const done = runs.map((r) => r.lastFreshSeconds).filter((s) => s !== null)
  return {
    publishes: runs.length,
    pagesPerPublish: runs[0]?.pages ?? 0,
    medianSeconds: median(done),
    maxSeconds: done.length === runs.length ? Math.max(...done) : null,
    failedPublishes: runs.length - done.length,
    apiMedianMs: median(runs.flatMap((r) => Object.values(r.apiMs))),
    runs,
  }
}

// ---------------------------------------------------------------------------------------
// 3. Scheduling lateness

async function schedulingPhase(port, site, env) {
  const base = `http://127.0.0.1:${port}`
  const { token, userId } = await login(base)
  const drafts = []
  for (let k = 1; k <= options.scheduled; k++) {
    const title = `Scheduled benchmark analysis ${runId} number ${k}`
    const { data } = await json(`${base}/api/articles?draft=true&depth=0&locale=en`, {
      method: 'POST',
      token,
      body: {
        title,
        lead: 'A draft that the benchmark schedules for publication one minute ahead.',
        week: site.week.id,
        topic: site.topic.id,
        verdict: 'unchanged',
        _status: 'draft',
      },
    })
    drafts.push({ id: data.doc.id, slug: data.doc.slug, title })
  }
  const output = await runLogged(
    'schedule',
    process.execPath,
    tsxArgs('scripts/bench/schedule.mjs', [
      '--ids',
      drafts.map((d) => d.id).join(','),
      '--in-ms',
      String(options.scheduleAheadMs),
      '--user',
      String(userId),
    ]),
    withDevConditions(env),
    /SCHEDULED /,
  )
  const scheduled = JSON.parse(output.match(/SCHEDULED (.*)/)[1])
  const waitUntil = Date.parse(scheduled.waitUntil)
  say(
    `  ${drafts.length} publication(s) scheduled for ${new Date(waitUntil).toISOString().slice(11, 19)} UTC`,
  )
  const live = await Promise.all(
    drafts.map(async (draft) => {
      const url = `${base}/en/articles/${draft.slug}`
      let liveAt = null
      for (;;) {
        const now = Date.now()
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
          const body = await response.text()
          if (response.status === 200 && body.includes(draft.title)) {
            liveAt = Date.now()
            break
          }
        } catch {
          // retried
        }
        if (now > waitUntil + 120_000) break
        await sleep(now < waitUntil - 1500 ? 1000 : 100)
      }
      const doc = (await json(`${base}/api/articles/${draft.id}?depth=0&draft=false`)).data
      return {
        slug: draft.slug,
        liveLateSeconds: liveAt === null ? null : round((liveAt - waitUntil) / 1000, 2),
        publishedAtLateSeconds: doc.publishedAt
          ? round((Date.parse(doc.publishedAt) - waitUntil) / 1000, 2)
          : null,
      }
    }),
  )
  const late = live.map((l) => l.liveLateSeconds).filter((s) => s !== null)
  return {
    scheduled: drafts.length,
    aheadSeconds: options.scheduleAheadMs / 1000,
    waitUntil: scheduled.waitUntil,
    publications: live,
    medianLateSeconds: median(late),
    maxLateSeconds: late.length === live.length ? Math.max(...late) : null,
    neverLive: live.length - late.length,
  }
}

// ---------------------------------------------------------------------------------------
// 4. Growth

/** A render slower than this in one language is not repeated in the other two. */
const SLOW_MS = 20_000
const LONG_TIMEOUT_MS = 30 * 60_000

/**
 * Times `fn` (which returns milliseconds) `reps` times after one untimed warm-up, within a
 * time budget: a slow first run counts as a sample, and no new run starts once the budget
 * is spent (an uncached render can take minutes at 10 000 analyses).
 */
async function measure(fn, reps = options.renders) {
  const budget = options.quick ? 20_000 : 60_000
  const samples = []
  let spent = 0
  for (let r = 0; r <= reps && samples.length < reps; r++) {
    const ms = await fn()
    spent += ms
    if (r > 0 || ms > 5000) samples.push(ms)
    if (samples.length > 0 && spent > budget) break
  }
  return {
    medianMs: round(median(samples), 1),
    maxMs: round(Math.max(...samples), 1),
    samples: samples.length,
  }
}

async function growthPhase(env, databases, site, resources, steps) {
  const tags = cacheTags()
  const token = crypto
    .createHmac('sha256', env.PAYLOAD_SECRET)
    .update('weekly-monitor:revalidate')
    .digest('hex')
  const port = await freePort(options.port + 2)
  const base = `http://127.0.0.1:${port}`
  const growthEnv = {
    ...env,
    DATABASE_URL: databases.growth,
    NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
    REVALIDATE_URL: base,
    // Nothing is scheduled here; the queue's poll every 10 s would only add noise.
    JOBS_AUTORUN: 'false',
  }
  let server = null
  try {
    for (const size of options.sizes) {
      say(`  generating ${size.toLocaleString('en-US')} analyses…`)
      const generated = await generate(size, growthEnv)
      if (!server) {
        // The main server is stopped: its cached query results must not be read here.
        fs.rmSync(path.join(DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })
        server = await startServer('growth-server', growthEnv, port)
      }
      const sampler = sampleRss(server.pid)
      const expireAll = async () => {
        const response = await request(`${base}/api/revalidate`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ tags }),
          timeoutMs: LONG_TIMEOUT_MS,
        })
        if (response.status !== 200)
          throw new Error(`POST /api/revalidate: HTTP ${response.status}`)
      }
      const renders = []
      for (const type of PAGE_TYPES) {
        let slowIn = null
        for (const locale of LOCALES) {
          const path_ = pagePath(site, type, locale)
          if (slowIn) {
            renders.push({
              type,
              locale,
              path: path_,
              skipped: `over ${SLOW_MS / 1000} s in ${slowIn}`,
            })
            continue
          }
          let status = null
          const m = await measure(async () => {
            await expireAll()
            const response = await timedGet(`${base}${path_}`, { timeoutMs: LONG_TIMEOUT_MS })
            status = response.status
            return response.ms
          })
          renders.push({ type, locale, path: path_, status, ...m })
          if (m.medianMs > SLOW_MS) slowIn = locale
        }
      }
      const rest = {}
      for (const locale of LOCALES) {
        let totalPages = 1
        const first = await measure(async () => {
          const { ms, data } = await json(`${base}/api/articles?limit=20&page=1&locale=${locale}`, {
            timeoutMs: LONG_TIMEOUT_MS,
          })
          totalPages = data.totalPages
          return ms
        })
        const last = await measure(
          async () =>
            (
              await json(`${base}/api/articles?limit=20&page=${totalPages}&locale=${locale}`, {
                timeoutMs: LONG_TIMEOUT_MS,
              })
            ).ms,
        )
        rest[locale] = { firstPage: first, lastPage: last, totalPages }
      }
      // An editor's save of a published analysis (one language, published again).
      const { token: jwt } = await login(base)
      let saveCount = 0
      const save = await measure(
        async () => {
          const { ms } = await json(`${base}/api/articles/${site.article.id}?locale=en&depth=0`, {
            method: 'PATCH',
            token: jwt,
            body: {
              title: `${site.article.titles.en} (${size} ${saveCount++})`,
              _status: 'published',
            },
            timeoutMs: LONG_TIMEOUT_MS,
          })
          return ms
        },
        Math.min(options.renders, 3),
      )
      await json(`${base}/api/articles/${site.article.id}?locale=en&depth=0`, {
        method: 'PATCH',
        token: jwt,
        body: { title: site.article.titles.en, _status: 'published' },
        timeoutMs: LONG_TIMEOUT_MS,
      })
      const rss = sampler.stop()
      resources.growthPeakRss = Math.max(resources.growthPeakRss ?? 0, rss.peak)
      const step = {
        analyses: generated.have,
        generateSeconds: round(generated.ms / 1000, 1),
        databaseMB: mb(await databases.size(databases.growth)),
        renders,
        rest,
        restSave: save,
        serverPeakRssMB: mb(rss.peak),
      }
      steps.push(step)
      const byType = PAGE_TYPES.map(
        (type) =>
          `${type} ${renders
            .filter((r) => r.type === type)
            .map((r) => (r.skipped ? '–' : Math.round(r.medianMs)))
            .join('/')}`,
      ).join(', ')
      say(`  ${size.toLocaleString('en-US')}: uncached ms (en/be/ru) ${byType}`)
    }
  } finally {
    await stop(server)
  }
  return steps
}

async function generate(target, env) {
  const started = Date.now()
  let summary = null
  // SQLite writes on one thread: a second process only waits for the lock. PostgreSQL
  // takes concurrent writes.
  const parallel = options.db === 'postgres' ? ['--parts', '2', '--concurrency', '2'] : []
  // The generator's own sessions do not wait for each commit's WAL flush (PostgreSQL's
  // synchronous_commit=off): the rows are the same, the server's sessions are unchanged.
  const url =
    options.db === 'postgres'
      ? `${env.DATABASE_URL}?options=${encodeURIComponent('-c synchronous_commit=off')}`
      : env.DATABASE_URL
  const child = start(
    'generate',
    process.execPath,
    tsxArgs('scripts/bench/generate.mjs', ['--target', String(target), ...parallel]),
    {
      env: withDevConditions({ ...env, DATABASE_URL: url }),
      log: path.join(tmp, 'generate.log'),
      capture: true,
      onLine: (line) => {
        if (line.startsWith('PROGRESS ')) {
          const p = JSON.parse(line.slice('PROGRESS '.length))
          say(`    …${p.created} written (${p.perSecond}/s)`)
        }
        if (line.startsWith('GENERATED ')) summary = JSON.parse(line.slice('GENERATED '.length))
      },
    },
  )
  const code = await child.exited
  if (code !== 0 || !summary) {
    const tail = child.output.trim().split('\n').slice(-25).join('\n')
    throw new Error(`the generator failed (exit ${code}):\n${tail}`)
  }
  return { ...summary, ms: Date.now() - started }
}

// ---------------------------------------------------------------------------------------
// The table

const fmt = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US'))
const seconds = (s) => (s === null || s === undefined ? '–' : `${s.toFixed(s < 10 ? 2 : 1)} s`)

function table() {
  const rows = []
  const r = results
  const { reading, weight, lighthouse, freshness, scheduling, growth, resources } = r
  const failed = (phase) =>
    r.errors[phase] ? { note: `${phase}: FAILED: ${r.errors[phase].split('\n')[0]}` } : null
  const skipped = (phase) => ({ note: `${phase}: skipped` })
  const header = `Weekly Monitor benchmark · ${options.db} · ${options.quick ? 'quick' : 'full'} · ${r.machine.cpus} CPU · Node ${process.version} · ${r.startedAt.slice(0, 16)}Z · ${r.commit ?? ''}${r.workTreeChanged ? '+changes' : ''}`
  rows.push({ note: header })

  rows.push({
    section: [
      `1. Reading: ${options.connections} connections × ${options.duration} s · req/s · p50/p99 ms`,
      'en',
      'be',
      'ru',
    ],
  })
  if (reading) {
    for (const type of PAGE_TYPES) {
      const cell = (locale, key) => {
        const row = reading.find((x) => x.type === type && x.locale === locale)
        if (!row) return '–'
        const m = row[key]
        const errors = m.non2xx + m.errors
        return `${fmt(m.requestsPerSecond)}/s · ${m.p50Ms}/${m.p99Ms}${key === 'app' ? ` · ${row.ratio.toFixed(2)}×` : ''}${errors ? ` · ${errors} failed` : ''}`
      }
      rows.push({ cells: [`${type}`, ...LOCALES.map((l) => cell(l, 'app'))] })
      rows.push({ cells: [`  baseline, same bytes`, ...LOCALES.map((l) => cell(l, 'baseline'))] })
    }
  } else rows.push(failed('reading') ?? skipped('reading'))

  rows.push({
    section: [
      `2. Freshness: publish over REST → last affected page fresh`,
      'median',
      'max',
      'REST PATCH',
    ],
  })
  if (freshness) {
    rows.push({
      cells: [
        `${freshness.publishes} publish(es) × 3 languages, ${freshness.pagesPerPublish} pages each`,
        seconds(freshness.medianSeconds),
        freshness.failedPublishes
          ? `${freshness.failedPublishes} never fresh`
          : seconds(freshness.maxSeconds),
        `${fmt(freshness.apiMedianMs)} ms`,
      ],
    })
  } else rows.push(failed('freshness') ?? skipped('freshness'))

  rows.push({
    section: ['3. Scheduled publishing: live after the scheduled time', 'median', 'max', 'each'],
  })
  if (scheduling) {
    rows.push({
      cells: [
        `${scheduling.scheduled} publication(s) ${scheduling.aheadSeconds} s ahead (queue every 10 s)`,
        seconds(scheduling.medianLateSeconds),
        scheduling.neverLive
          ? `${scheduling.neverLive} never live`
          : seconds(scheduling.maxLateSeconds),
        scheduling.publications.map((p) => p.liveLateSeconds ?? '–').join(' · ') + ' s',
      ],
    })
  } else rows.push(failed('scheduling') ?? skipped('scheduling'))

  const sizes = growth?.map((g) => g.analyses) ?? options.sizes
  rows.push({
    section: [
      '4. Growth: uncached render, median ms en/be/ru',
      ...sizes.map((s) => `${fmt(s)} analyses`),
    ],
  })
  if (growth) {
    // Milliseconds; from 10 s on, seconds with an "s".
    const ms = (value) =>
      value === null || value === undefined
        ? '–'
        : value < 10_000
          ? String(Math.round(value))
          : `${Math.round(value / 1000)}s`
    for (const type of PAGE_TYPES) {
      rows.push({
        cells: [
          type,
          ...growth.map((g) =>
            LOCALES.map((l) => {
              const x = g.renders.find((y) => y.type === type && y.locale === l)
              if (!x || x.skipped) return '–'
              return x.status === 200 ? ms(x.medianMs) : `HTTP ${x.status}`
            }).join('/'),
          ),
        ],
      })
    }
    rows.push({
      cells: [
        'REST list, 20 per page, page 1',
        ...growth.map((g) => LOCALES.map((l) => ms(g.rest[l].firstPage.medianMs)).join('/')),
      ],
    })
    rows.push({
      cells: [
        'REST list, 20 per page, last page',
        ...growth.map((g) => LOCALES.map((l) => ms(g.rest[l].lastPage.medianMs)).join('/')),
      ],
    })
    rows.push({
      cells: [
        'REST save of a published analysis (en)',
        ...growth.map((g) => ms(g.restSave.medianMs)),
      ],
    })
    if (growth.some((g) => g.renders.some((x) => x.skipped)))
      rows.push({
        note: `– : not measured in that language after one took over ${SLOW_MS / 1000} s (same queries)`,
      })
    rows.push({
      cells: [
        'database size (MB) · generated in',
        ...growth.map((g) => `${fmt(g.databaseMB)} · ${seconds(g.generateSeconds)}`),
      ],
    })
  }
  if (!growth || r.errors.growth) rows.push(failed('growth') ?? skipped('growth'))

  rows.push({
    section: [
      '5. Page weight (en, KB transferred) · Lighthouse mobile',
      'JS',
      'total',
      'perf · a11y · best · SEO',
    ],
  })
  if (weight || lighthouse) {
    for (const type of PAGE_TYPES) {
      const w = weight?.find((x) => x.type === type && x.locale === 'en')
      const l = lighthouse?.find((x) => x.type === type)
      const s = l?.scores
      rows.push({
        cells: [
          type,
          l ? `${l.scriptKB}` : w ? `${w.jsKB}*` : '–',
          l ? `${l.totalKB}` : w ? `${w.totalKB}*` : '–',
          s ? `${s.performance} · ${s.accessibility} · ${s.bestPractices} · ${s.seo}` : '–',
        ],
      })
    }
    if (!lighthouse)
      rows.push({
        note: `* without Lighthouse (${r.errors.lighthouse ? 'it failed' : 'skipped'}): HTML + its scripts and stylesheets, compressed as served; no images`,
      })
  } else rows.push(failed('weight') ?? skipped('weight'))
  if (lighthouse && r.errors.weight) rows.push(failed('weight'))
  if (weight && r.errors.lighthouse) rows.push(failed('lighthouse'))

  rows.push({ section: ['6. Resources', 'value'] })
  if (resources) {
    if (resources.build)
      rows.push({
        cells: [
          'next build',
          `${seconds(resources.build.seconds)}${resources.build.waitedForLockSeconds > 1 ? ` (+${resources.build.waitedForLockSeconds} s waiting for the lock)` : ''}`,
        ],
      })
    rows.push({ cells: ['server RSS after start (MB)', fmt(resources.idleRssMB)] })
    rows.push({ cells: ['server RSS, peak under load (MB)', fmt(resources.peakRssUnderLoadMB)] })
    if (resources.growthPeakRssMB)
      rows.push({
        cells: [`growth server RSS, peak (MB)`, fmt(resources.growthPeakRssMB)],
      })
  }
  if (r.errors.setup) rows.push(failed('setup'))
  rows.push({
    note: `total ${clock()} · load average ${r.machine.loadAverageAtStart.join(' ')} at start, ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at end`,
  })
  return renderTable(rows)
}

// ---------------------------------------------------------------------------------------

async function phase(name, fn) {
  if (!options.phases.has(name)) return undefined
  say(`▸ ${name}`)
  try {
    return await fn()
  } catch (error) {
    results.errors[name] = error.message
    say(`  ${name} failed: ${error.message}`)
    return undefined
  }
}

async function main() {
  const resources = {}
  results.resources = resources
  say(
    `Weekly Monitor benchmark (${options.quick ? 'quick' : 'full'}, ${options.db}); temporary files in ${tmp}`,
  )
  const load = os.loadavg()[0]
  if (load > 0.5)
    say(`note: load average is ${load.toFixed(2)} before starting; timings share the machine`)
  let server = null
  try {
    const databases = await createDatabases()
    const port = await freePort(options.port)
    const env = {
      ...process.env,
      DATABASE_URL: databases.main,
      PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
      MEDIA_DIR: path.join(tmp, 'media'),
      MAIL_OUTBOX_DIR: path.join(tmp, 'outbox'),
      NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
      REVALIDATE_URL: `http://127.0.0.1:${port}`,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    delete env.SMTP_URL
    delete env.JOBS_AUTORUN
    say('▸ migrate and seed the demo content')
    await prepareDatabase(databases.main, env)
    if (options.phases.has('growth')) await databases.copyToGrowth()
    if (options.reuseBuild && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
      say('▸ next build: reusing the existing .next-bench (--reuse-build)')
      fs.rmSync(path.join(DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })
    } else {
      say('▸ next build')
      resources.build = await buildSite(env)
      say(`  built in ${resources.build.seconds} s`)
    }
    const needsMain = ['reading', 'weight', 'lighthouse', 'freshness', 'scheduling', 'growth'].some(
      (p) => options.phases.has(p),
    )
    if (!needsMain) return
    server = await startServer('server', env, port)
    await sleep(1000)
    resources.idleRssMB = mb(treeRss(server.pid))
    const base = `http://127.0.0.1:${port}`
    const site = await discover(base)
    results.site = site
    say(`  serving ${base}: article ${site.article.slug}, week ${site.week.slug}`)

    results.reading = await phase('reading', () => readingPhase(server, port, site, resources))
    resources.peakRssUnderLoadMB = mb(resources.peakRssUnderLoad)
    delete resources.peakRssUnderLoad
    results.weight = await phase('weight', () => weightPhase(port, site))
    results.lighthouse = await phase('lighthouse', () => lighthousePhase(port, site))
    results.freshness = await phase('freshness', () => freshnessPhase(port, site))
    results.scheduling = await phase('scheduling', () => schedulingPhase(port, site, env))
    await stop(server)
    server = null
    // Steps already measured are kept when a later, larger one fails.
    const steps = []
    await phase('growth', () => growthPhase(env, databases, site, resources, steps))
    if (steps.length) results.growth = steps
    resources.growthPeakRssMB = mb(resources.growthPeakRss)
    delete resources.growthPeakRss
  } catch (error) {
    results.errors.setup = error.message
    say(`setup failed: ${error.message}`)
  } finally {
    await stop(server)
  }
}

await main()
results.finishedAt = new Date().toISOString()
results.totalSeconds = Math.round((Date.now() - startedAt) / 1000)
results.machine.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2))
results.table = table()
await cleanup()
fs.mkdirSync(path.dirname(options.out), { recursive: true })
fs.writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\n${results.table}\n\nResults: ${path.relative(root, options.out)}`)
const failures = Object.keys(results.errors)
if (failures.length) {
  console.error(`Failed: ${failures.join(', ')}`)
  process.exit(1)
}
process.exit(0)
