// 1. Reading throughput: autocannon on each page type in each language against the app,
// then against a bare node:http server answering the very same bytes from memory.
import autocannon from 'autocannon'
import fs from 'node:fs'

import { freePort, mb, round } from '../context.mjs'
import { rawGet, waitForOk } from '../http.mjs'
import { sampleRss, start, stop } from '../proc.mjs'
import { pages } from '../site.mjs'

/** autocannon with the run's settings; `extra` adds to them (headers, requests, duration). */
export function cannon(options, url, extra = {}) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: options.connections,
        duration: options.duration,
        ...(options.warmup
          ? { warmup: { connections: options.connections, duration: options.warmup } }
          : {}),
        ...extra,
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

export async function readingPhase(ctx) {
  const { options, server, port, site, resources, say } = ctx
  const list = pages(site)
  const manifest = {}
  for (const [i, page] of list.entries()) {
    const response = await rawGet(`http://127.0.0.1:${port}${page.path}`)
    if (response.status !== 200) throw new Error(`${page.path}: HTTP ${response.status}`)
    const file = ctx.tmpFile(`page-${i}.html`)
    fs.writeFileSync(file, response.body)
    manifest[page.path] = file
    page.htmlBytes = response.body.length
  }
  fs.writeFileSync(ctx.tmpFile('pages.json'), JSON.stringify(manifest))
  const baselinePort = await freePort(port + 1)
  const baseline = start(
    'baseline',
    process.execPath,
    ['scripts/bench/baseline-server.mjs', String(baselinePort), ctx.tmpFile('pages.json')],
    { log: ctx.tmpFile('baseline.log') },
  )
  try {
    await waitForOk(`http://127.0.0.1:${baselinePort}${list[0].path}`, 20_000)
    const rows = []
    for (const page of list) {
      const sampler = sampleRss(server.pid)
      const app = await cannon(options, `http://127.0.0.1:${port}${page.path}`)
      const rss = sampler.stop()
      resources.peakRssUnderLoad = Math.max(resources.peakRssUnderLoad ?? 0, rss.peak)
      const base = await cannon(options, `http://127.0.0.1:${baselinePort}${page.path}`)
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
