// 4. Growth: a second database filled with synthetic analyses step by step (100, 1 000,
// 10 000 …); at each size a second server on the same build renders every page type
// uncached (all cache tags expired first), plus the REST list and an editor's save.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { uncachedListPath } from './api.mjs'
import { DIST_DIR, LOCALES, PAGE_TYPES, freePort, mb, median, round } from '../context.mjs'
import { json, request, timedGet } from '../http.mjs'
import { sampleRss, start, stop } from '../proc.mjs'
import { startServer, tsxArgs, withDevConditions } from '../setup.mjs'
import { login, pagePath } from '../site.mjs'
import { runDesk } from './desk.mjs'
import { runSearchQueries } from './search-queries.mjs'

/** A render slower than this in one language is not repeated in the other two. */
export const SLOW_MS = 20_000
const LONG_TIMEOUT_MS = 30 * 60_000

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

/**
 * Times `fn` (which returns milliseconds) `reps` times after one untimed warm-up, within a
 * time budget: a slow first run counts as a sample, and no new run starts once the budget
 * is spent (an uncached render can take minutes at 10 000 analyses).
 */
async function measure(options, fn, reps = options.renders) {
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

/** Fills the growth database up to `target` analyses (scripts/bench/generate.mjs). */
async function generate(ctx, target, env) {
  const { options, say } = ctx
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
      log: ctx.tmpFile('generate.log'),
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

/** Pushes each measured step onto `steps`, so the ones done are kept when a later one fails. */
export async function growthPhase(ctx, steps) {
  const { options, env, databases, site, resources, say } = ctx
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
      const generated = await generate(ctx, size, growthEnv)
      if (!server) {
        // The main server is stopped: its cached query results must not be read here.
        fs.rmSync(path.join(DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })
        server = await startServer(ctx, 'growth-server', growthEnv, port)
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
          const m = await measure(options, async () => {
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
      // Every sample is a list nobody asked for before (a filter that excludes nothing), so
      // neither the web server's memory nor Next answers it: what an app's new question costs.
      let salt = 1_000_000
      for (const locale of LOCALES) {
        let totalPages = 1
        // A refusal (the API's time limit for readers, say) is this size's figure, not the
        // end of the run.
        try {
          const first = await measure(options, async () => {
            const { ms, data } = await json(`${base}${uncachedListPath(locale, 1, salt++)}`, {
              timeoutMs: LONG_TIMEOUT_MS,
            })
            totalPages = data.totalPages
            return ms
          })
          // Page 400 where there is one (the deep page), else the last.
          const deepPage = Math.min(400, totalPages)
          const last = await measure(
            options,
            async () =>
              (
                await json(`${base}${uncachedListPath(locale, deepPage, salt++)}`, {
                  timeoutMs: LONG_TIMEOUT_MS,
                })
              ).ms,
          )
          // The same depth by cursor (`after=`, what the API offers for paging far): the
          // cursor is the nextCursor of the page before.
          let cursorPage = {}
          if (deepPage > 1) {
            const before = await json(`${base}${uncachedListPath(locale, deepPage - 1, salt++)}`, {
              timeoutMs: LONG_TIMEOUT_MS,
            })
            const after = before.data.nextCursor
            if (after)
              cursorPage = await measure(
                options,
                async () =>
                  (
                    await json(
                      `${base}${uncachedListPath(locale, 1, salt++).replace('&page=1', '')}&after=${after}`,
                      { timeoutMs: LONG_TIMEOUT_MS },
                    )
                  ).ms,
              )
          }
          rest[locale] = { firstPage: first, lastPage: last, cursorPage, totalPages, deepPage }
        } catch (error) {
          say(`    REST list (${locale}) failed: ${error.message.slice(0, 200)}`)
          rest[locale] = { error: error.message, firstPage: {}, lastPage: {}, totalPages }
        }
      }
      // An editor's save of a published analysis (one language, published again).
      const { token: jwt } = await login(base)
      let saveCount = 0
      const save = await measure(
        options,
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
      // The admin dashboard at this size (issue #15); its failure is noted, not fatal.
      step.desk = await runDesk(ctx, { base, env: growthEnv }).catch((error) => ({
        error: error.message.split('\n')[0],
      }))
      // The search alone (issue #12), what of the search page grows with the archive.
      step.searchQuery = await runSearchQueries(ctx, {
        env: growthEnv,
        words: site.searchWords,
      }).catch((error) => ({ error: error.message.split('\n')[0] }))
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
