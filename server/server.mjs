#!/usr/bin/env node
// `npm start`: the production server. Node's http server around Next's request handler
// (what `next start` runs), plus two things `next start` cannot do:
// - X-Forwarded-For is believed only from TRUSTED_PROXIES and is rewritten to the one client
//   address before Next sees the request (limits read its first entry);
// - public pages get a Cache-Control a shared cache may store and `xkey` surrogate keys, so
//   the front cache can keep them and a change can purge exactly the pages it touched.
// - the pages a shared cache may keep are also kept here, in memory (ORIGIN_CACHE_MB), and
//   answered without Next until a change purges them (server/origin-cache.mjs).
// - the content API's anonymous reads that are not in memory run in a second process at a
//   lower priority (server/api-process.mjs), so apps never keep readers waiting.
// Build first (`next build`); NEXT_DIST_DIR picks the build folder, as for `next start`.
import http from 'node:http'

import { apiProcessWanted, isPublicApiRead, startApiProcess } from './api-process.mjs'
import { metrics, requestMetricsEnabled } from './metrics.mjs'
import { createOriginCache } from './origin-cache.mjs'
import { originRequestHandler, originSettings, rewriteForwardedHeaders } from './origin.mjs'
import { createRequestLogger } from './request-log.mjs'

const startedAt = Date.now()
process.env.NODE_ENV ??= 'production'
// Started by a web server to answer its API reads (server/api-process.mjs).
const apiReadsRole = process.env.WM_SERVER_ROLE === 'api-reads'
// .env files, as Next reads them, before our own settings are read.
const { default: nextEnv } = await import('@next/env')
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })

let settings
try {
  settings = originSettings()
} catch (error) {
  console.error(`✖ ${error.message}`)
  process.exit(1)
}
// next.config.ts reads it when Next loads the configuration below.
process.env.ORIGIN_COMPRESSION = String(settings.compression)

const { default: next } = await import('next')
const app = next({
  dev: false,
  dir: process.cwd(),
  hostname: settings.hostname,
  port: settings.port,
})
await app.prepare()
const handle = app.getRequestHandler()

if (apiReadsRole) {
  await serveApiReads()
} else {
  await serveEverything()
}

/** The API process: Next alone, behind the web server, which has done the rest already. */
async function serveApiReads() {
  // No reader is ever served here: the API's gate need not give way to anyone.
  globalThis.__wmReaderWork = { inFlight: 0 }
  const server = http.createServer((req, res) => {
    rewriteForwardedHeaders(req, settings.trust)
    handle(req, res).catch((error) => answerFailure(error, res))
  })
  keepConnectionsAlive(server)
  // Any free loopback port: the web server learns it from the ready message.
  server.listen(0, '127.0.0.1', async () => {
    const { port } = server.address()
    // Payload, the database and the API's route are loaded before the first app's call
    // comes here, not during it (a cold start took seconds).
    await warmUp(`http://127.0.0.1:${port}`)
    process.send?.({ type: 'ready', port })
  })
  process.on('message', async (message) => {
    if (message?.type !== 'metrics') return
    const json = await metrics()
      .registry.getMetricsAsJSON()
      .catch(() => null)
    process.send?.({ type: 'metrics', id: message.id, json })
  })
  // The web server is gone (even killed): so is its API process.
  process.on('disconnect', () => process.exit(0))
  handleStopSignals(server)
}

async function serveEverything() {
  const originCache =
    settings.originCacheMegabytes > 0 && settings.maxAge > 0
      ? createOriginCache({
          maxBytes: settings.originCacheMegabytes * 1024 * 1024,
          maxAgeSeconds: settings.maxAge,
        })
      : null
  // payload/revalidate.ts purges it whenever a change expires Next's tags in this process.
  globalThis.__wmOriginCache = originCache ?? undefined

  const apiProcess = apiProcessWanted()
    ? startApiProcess({
        ready: () => untilReady(`http://127.0.0.1:${settings.port}/api/ready`),
        log: (line) => console.log(`  ${line}`),
      })
    : null
  // payload/metricsEndpoint.ts adds the API process's numbers to this one's.
  globalThis.__wmApiProcess = apiProcess ?? undefined

  const inProcess = (req, res) => handle(req, res).catch((error) => answerFailure(error, res))
  const server = http.createServer(
    originRequestHandler(settings, inProcess, originCache, {
      logger: createRequestLogger(),
      metrics: requestMetricsEnabled() ? metrics() : null,
      forward: apiProcess
        ? (req, res) =>
            isPublicApiRead(req) && apiProcess.forward(req, res, () => inProcess(req, res))
        : undefined,
    }),
  )
  keepConnectionsAlive(server)
  server.on('error', (error) => {
    console.error(`✖ Could not listen on ${settings.hostname}:${settings.port}: ${error.message}`)
    process.exit(1)
  })
  server.listen(settings.port, settings.hostname, () => {
    const shown = settings.hostname === '0.0.0.0' ? 'localhost' : settings.hostname
    const proxies = settings.trustedProxies.length
      ? `trusting X-Forwarded-For from ${settings.trustedProxies.join(', ')}`
      : 'trusting no proxy (clients are their socket address)'
    console.log(`  ▲ Weekly Monitor on http://${shown}:${settings.port}, ${proxies}`)
    console.log(
      originCache
        ? `  ✓ Public pages kept in memory up to ${settings.originCacheMegabytes} MB (ORIGIN_CACHE_MB)`
        : '  ✓ Public pages not kept in memory (ORIGIN_CACHE_MB=0 or SHARED_CACHE_MAX_AGE=0)',
    )
    console.log(`  ✓ Ready in ${Date.now() - startedAt}ms`)
  })
  handleStopSignals(server, () => apiProcess?.stop())
}

/** One list and one search, whatever they answer (a failure is the web server's to report). */
async function warmUp(base) {
  for (const path of ['/api/articles?limit=1&depth=0', '/api/search?q=warm&locale=en']) {
    await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined)
  }
}

function answerFailure(error, res) {
  console.error(error)
  if (!res.headersSent) {
    res.statusCode = 500
    res.setHeader('Cache-Control', 'private, no-store')
    res.end('Internal Server Error')
  } else res.destroy()
}

/**
 * Resolves once /api/ready says the database is open and migrated, asking every 2 s. Only
 * those count: a server whose Redis is away is not ready for the front cache, but its API
 * process can read.
 */
async function untilReady(url) {
  for (;;) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      .then(async (response) => {
        if (response.ok) return true
        const answer = await response.json().catch(() => null)
        const checks = answer?.checks
        return checks?.database?.ok === true && checks?.migrations?.ok !== false
      })
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
}

function keepConnectionsAlive(server) {
  // Longer than a front cache keeps an idle connection to us (Varnish: 60 s), so it never
  // sends a request on a connection this side is closing.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
}

/** SIGTERM or SIGINT: requests in flight are finished, then the process stops. */
function handleStopSignals(server, stopHelpers = () => undefined) {
  let stopping = false
  const stop = (signal) => {
    if (stopping) return
    stopping = true
    if (!apiReadsRole) console.log(`  ${signal}: finishing requests in flight, then stopping`)
    // Requests in flight may take their time, but not forever.
    setTimeout(() => process.exit(0), 10_000).unref()
    // At once: reads forwarded meanwhile are answered here (server/api-process.mjs).
    const helpersStopped = Promise.resolve(stopHelpers())
    server.close(() => helpersStopped.then(() => app.close()).finally(() => process.exit(0)))
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}
