// The run context of `npm run bench`: options from the command line, the temporary folder,
// the results object every phase writes into, the clock and the log line. One context per
// run, created by scripts/bench.mjs and handed to every phase.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { onCleanup } from './proc.mjs'

export const USAGE = `Usage: npm run bench -- [options]
  --quick               smoke run: tiny sizes, 2-second load runs (3–5 minutes with the build)
  --db sqlite|postgres  database of the run (default sqlite; postgres needs 127.0.0.1:5432 or
                        --postgres-url / BENCH_POSTGRES_URL naming a server where it may create
                        and drop databases)
  --articles N          largest growth size (default 10000; --quick: 100)
  --duration S          seconds of each autocannon run (default 10; --quick: 2)
  --connections N       autocannon connections (default 32)
  --port N              first port to use (default 3311; the next free ones are taken)
  --abuse-seconds S     seconds the reader is timed at rest and under API abuse (default 20;
                        --quick: 4)
  --only a,b / --skip a,b   phases: reading, observability, weight, lighthouse, freshness,
                        scheduling, pdf, api, abuse, frontcache, import, backup, growth
  --reuse-build         keep an existing .next-bench build (for working on the harness only)
  --keep                keep the temporary folder (databases, server logs) after the run
  --out FILE            JSON results (default bench/results/latest.json)`

export const PHASES = [
  'reading',
  'observability',
  'weight',
  'lighthouse',
  'freshness',
  'scheduling',
  'pdf',
  'api',
  'abuse',
  'frontcache',
  'import',
  'backup',
  'growth',
]
export const LOCALES = ['en', 'be', 'ru']
export const PAGE_TYPES = ['home', 'week', 'topic', 'article', 'search']
export const DIST_DIR = '.next-bench'
export const BUILD_LOCK = '/tmp/wm-build.lock'
export const CHROME = process.env.BENCH_CHROME_PATH || '/usr/bin/chromium'

export function parseOptions(argv) {
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
    '--abuse-seconds',
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
  const abuseSeconds = Number(value('abuse-seconds') ?? (quick ? 4 : 20))
  if (!(abuseSeconds >= 1)) throw new Error('--abuse-seconds must be a number of at least 1')
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
    abuseSeconds,
  }
}

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
export const round = (value, digits = 0) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits))
export const mb = (bytes) => (bytes ? Math.round(bytes / 1048576) : null)

export function git(args) {
  const result = spawnSync('git', args, { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

export function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

export function freePort(from) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(freePort(from + 1)))
    server.listen(from, () => server.close(() => resolve(from)))
  })
}

/**
 * The context of one run. The driver adds what setup produced as it goes: `env`,
 * `databases`, `port`, `base`, `server`, `site`; `resources` collects memory and build time.
 */
export function createContext(options) {
  const startedAt = Date.now()
  const clock = () => {
    const s = Math.round((Date.now() - startedAt) / 1000)
    return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-bench-'))
  onCleanup(() =>
    options.keep ? console.log(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true }),
  )
  const resources = {}
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
  return {
    options,
    startedAt,
    clock,
    say: (message) => console.log(`[${clock()}] ${message}`),
    runId: crypto.randomBytes(3).toString('hex'),
    tmp,
    results,
    resources,
    /** A file in the run's temporary folder. */
    tmpFile: (name) => path.join(tmp, name),
  }
}

/**
 * Runs one phase on its own, without building the site (the phases that need no web server:
 * `node scripts/bench/phases/<phase>.mjs [--quick]`, under the bench lock like `npm run bench`),
 * and prints its results.
 */
export async function runPhaseAlone(name, phase, secret) {
  const { cleanup } = await import('./proc.mjs')
  const ctx = createContext(parseOptions(process.argv.slice(2)))
  ctx.env = {
    ...process.env,
    PAYLOAD_SECRET: secret,
    REVALIDATE_URL: 'http://127.0.0.1:9',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  try {
    ctx.results[name] = await phase(ctx)
    console.log(JSON.stringify(ctx.results[name], null, 2))
  } finally {
    await cleanup()
  }
}
