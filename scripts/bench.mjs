#!/usr/bin/env node
// `npm run bench`: reading speed, freshness after publish, scheduling lateness, growth to
// 10 000 analyses, page weight and Lighthouse, against the production build (`next build`
// + `next start`) on databases of its own. Prints one table and writes
// bench/results/latest.json. See bench/README.md for what each number means.
//
// This file is the driver: setup (scripts/bench/setup.mjs), then each phase of
// scripts/bench/phases/ in turn against the same server, then the table (report.mjs).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  DIST_DIR,
  USAGE,
  createContext,
  freePort,
  mb,
  parseOptions,
  round,
} from './bench/context.mjs'
import { abusePhase } from './bench/phases/abuse.mjs'
import { apiPhase } from './bench/phases/api.mjs'
import { backupPhase } from './bench/phases/backup.mjs'
import { freshnessPhase } from './bench/phases/freshness.mjs'
import { frontcachePhase, prepareFrontcache } from './bench/phases/frontcache.mjs'
import { growthPhase } from './bench/phases/growth.mjs'
import { importPhase } from './bench/phases/import.mjs'
import { lighthousePhase } from './bench/phases/lighthouse.mjs'
import { observabilityPhase } from './bench/phases/observability.mjs'
import { pdfPhase } from './bench/phases/pdf.mjs'
import { readingPhase } from './bench/phases/reading.mjs'
import { schedulingPhase } from './bench/phases/scheduling.mjs'
import { weightPhase } from './bench/phases/weight.mjs'
import { cleanup, installSignalHandlers, sleep, stop, treeRss } from './bench/proc.mjs'
import { table } from './bench/report.mjs'
import { buildSite, createDatabases, prepareDatabase, startServer } from './bench/setup.mjs'
import { discover } from './bench/site.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

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

const ctx = createContext(options)
const { results, resources, say } = ctx

/** Runs one phase if it was asked for; a failure is recorded and the run goes on. */
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
  results.resources = resources
  say(
    `Weekly Monitor benchmark (${options.quick ? 'quick' : 'full'}, ${options.db}); temporary files in ${ctx.tmp}`,
  )
  const load = os.loadavg()[0]
  if (load > 0.5)
    say(`note: load average is ${load.toFixed(2)} before starting; timings share the machine`)
  try {
    const databases = await createDatabases(ctx)
    ctx.databases = databases
    const port = await freePort(options.port)
    const env = {
      ...process.env,
      DATABASE_URL: databases.main,
      PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
      MEDIA_DIR: ctx.tmpFile('media'),
      MAIL_OUTBOX_DIR: ctx.tmpFile('outbox'),
      NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
      REVALIDATE_URL: `http://127.0.0.1:${port}`,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    delete env.SMTP_URL
    delete env.JOBS_AUTORUN
    // One server on its own: no counters or cache expiries shared with servers elsewhere.
    delete env.REDIS_URL
    delete env.FRONT_CACHE_PURGE_URLS
    ctx.env = env
    say('▸ migrate and seed the demo content')
    // The front cache's PostgreSQL database is seeded at the same time (nothing is measured
    // yet); its phase waits for it.
    const frontcacheDatabase = options.phases.has('frontcache') ? prepareFrontcache(ctx) : null
    await prepareDatabase(ctx, databases.main, env)
    await frontcacheDatabase
    if (options.phases.has('growth')) await databases.copyToGrowth()
    if (options.reuseBuild && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
      say('▸ next build: reusing the existing .next-bench (--reuse-build)')
      fs.rmSync(path.join(DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })
    } else {
      say('▸ next build')
      resources.build = await buildSite(ctx, env)
      say(`  built in ${resources.build.seconds} s`)
    }
    if (options.phases.size === 0) return
    ctx.port = port
    ctx.server = await startServer(ctx, 'server', env, port)
    await sleep(1000)
    resources.idleRssMB = mb(treeRss(ctx.server.pid))
    const base = `http://127.0.0.1:${port}`
    ctx.site = await discover(base)
    results.site = ctx.site
    say(`  serving ${base}: article ${ctx.site.article.slug}, week ${ctx.site.week.slug}`)

    results.reading = await phase('reading', () => readingPhase(ctx))
    resources.peakRssUnderLoadMB = mb(resources.peakRssUnderLoad)
    delete resources.peakRssUnderLoad
    results.observability = await phase('observability', () => observabilityPhase(ctx))
    results.weight = await phase('weight', () => weightPhase(ctx))
    results.lighthouse = await phase('lighthouse', () => lighthousePhase(ctx))
    results.freshness = await phase('freshness', () => freshnessPhase(ctx))
    results.scheduling = await phase('scheduling', () => schedulingPhase(ctx))
    results.pdf = await phase('pdf', () =>
      pdfPhase({
        base,
        weekPath: `/weeks/${ctx.site.week.slug}`,
        secret: env.PAYLOAD_SECRET,
        uncachedRuns: options.quick ? 1 : 3,
        cachedRuns: options.quick ? 5 : 20,
        say: (line) => say(`  ${line}`),
      }),
    )
    // Issue #21: the content API from memory, 304s, and 64 app clients beside a reader.
    results.api = await phase('api', () => apiPhase(ctx))
    // Last on this server: it signs in with wrong passwords and leaves the API's counters
    // (and a bomb that may still run) behind.
    results.abuse = await phase('abuse', () => abusePhase(ctx))
    await stop(ctx.server)
    ctx.server = null
    results.frontcache = await phase('frontcache', () => frontcachePhase(ctx, frontcacheDatabase))
    // Issue #13: the WordPress import, in a database of its own (no web server needed).
    results.import = await phase('import', () => importPhase(ctx))
    // Issue #22: backup, restore and db:copy, in a database of its own.
    results.backup = await phase('backup', () => backupPhase(ctx))
    // Steps already measured are kept when a later, larger one fails.
    const steps = []
    await phase('growth', () => growthPhase(ctx, steps))
    if (steps.length) results.growth = steps
    resources.growthPeakRssMB = mb(resources.growthPeakRss)
    delete resources.growthPeakRss
  } catch (error) {
    results.errors.setup = error.message
    say(`setup failed: ${error.message}`)
  } finally {
    await stop(ctx.server)
  }
}

await main()
results.finishedAt = new Date().toISOString()
results.totalSeconds = Math.round((Date.now() - ctx.startedAt) / 1000)
results.machine.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2))
results.table = table(ctx)
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
