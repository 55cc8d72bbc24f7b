// 1b. What the request metrics and the per-request log lines cost reading (issue #22: at
// most 5 %): the same pages on the run's server (metrics and JSON log lines on, as in
// production) and on a second server of the same build and database with METRICS=false and
// LOG_REQUESTS=false. The runs alternate on, off (three times) so a change in the machine's load
// falls on both sides (three rounds, after an unmeasured one on each); the ratio is on ÷ off
// in the same run.
import { freePort, round } from '../context.mjs'
import { stop } from '../proc.mjs'
import { startServer } from '../setup.mjs'
import { pagePath } from '../site.mjs'
import { cannon } from './reading.mjs'

export async function observabilityPhase(ctx) {
  const { options, port, site, say, env } = ctx
  const offPort = await freePort(port + 5)
  const off = await startServer(
    ctx,
    'server-quiet',
    { ...env, METRICS: 'false', LOG_REQUESTS: 'false' },
    offPort,
  )
  try {
    const rows = []
    // The cached pages readers ask for most: every request is served from memory, so what
    // the observers add weighs most here.
    for (const type of ['home', 'article']) {
      const path = pagePath(site, type, 'en')
      const on = []
      const quiet = []
      // Unmeasured first: both servers render the page once and keep it in memory.
      for (const p of [port, offPort])
        await cannon({ ...options, warmup: 0 }, `http://127.0.0.1:${p}${path}`, { duration: 1 })
      for (let round_ = 0; round_ < 3; round_++) {
        on.push(await cannon(options, `http://127.0.0.1:${port}${path}`))
        quiet.push(await cannon(options, `http://127.0.0.1:${offPort}${path}`))
      }
      const mean = (runs) =>
        round(runs.reduce((s, r) => s + r.requestsPerSecond, 0) / runs.length, 0)
      const row = {
        type,
        path,
        on: {
          requestsPerSecond: mean(on),
          p50Ms: on.at(-1).p50Ms,
          p99Ms: on.at(-1).p99Ms,
          runs: on,
        },
        off: {
          requestsPerSecond: mean(quiet),
          p50Ms: quiet.at(-1).p50Ms,
          p99Ms: quiet.at(-1).p99Ms,
          runs: quiet,
        },
      }
      row.ratio = row.off.requestsPerSecond
        ? round(row.on.requestsPerSecond / row.off.requestsPerSecond, 3)
        : null
      rows.push(row)
      say(
        `  ${path}: ${row.on.requestsPerSecond} req/s with metrics and logs, ${row.off.requestsPerSecond} without (${row.ratio})`,
      )
    }
    return rows
  } finally {
    await stop(off)
  }
}
