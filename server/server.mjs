#!/usr/bin/env node
// `npm start`: the production server. Node's http server around Next's request handler
// (what `next start` runs), plus two things `next start` cannot do:
// - X-Forwarded-For is believed only from TRUSTED_PROXIES and is rewritten to the one client
//   address before Next sees the request (limits read its first entry);
// - public pages get a Cache-Control a shared cache may store and `xkey` surrogate keys, so
//   the front cache can keep them and a change can purge exactly the pages it touched.
// - the pages a shared cache may keep are also kept here, in memory (ORIGIN_CACHE_MB), and
//   answered without Next until a change purges them (server/origin-cache.mjs).
// Build first (`next build`); NEXT_DIST_DIR picks the build folder, as for `next start`.
import http from 'node:http'

import { metrics, requestMetricsEnabled } from './metrics.mjs'
import { createOriginCache } from './origin-cache.mjs'
import { originRequestHandler, originSettings } from './origin.mjs'
import { createRequestLogger } from './request-log.mjs'

const startedAt = Date.now()
process.env.NODE_ENV ??= 'production'
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

const originCache =
  settings.originCacheMegabytes > 0 && settings.maxAge > 0
    ? createOriginCache({
        maxBytes: settings.originCacheMegabytes * 1024 * 1024,
        maxAgeSeconds: settings.maxAge,
      })
    : null
// payload/revalidate.ts purges it whenever a change expires Next's tags in this process.
globalThis.__wmOriginCache = originCache ?? undefined

const server = http.createServer(
  originRequestHandler(
    settings,
    (req, res) =>
      handle(req, res).catch((error) => {
        console.error(error)
        if (!res.headersSent) {
          res.statusCode = 500
          res.setHeader('Cache-Control', 'private, no-store')
          res.end('Internal Server Error')
        } else res.destroy()
      }),
    originCache,
    { logger: createRequestLogger(), metrics: requestMetricsEnabled() ? metrics() : null },
  ),
)
// Longer than a front cache keeps an idle connection to us (Varnish: 60 s), so it never
// sends a request on a connection this side is closing.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000

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

let stopping = false
const stop = (signal) => {
  if (stopping) return
  stopping = true
  console.log(`  ${signal}: finishing requests in flight, then stopping`)
  // Requests in flight may take their time, but not forever.
  setTimeout(() => process.exit(0), 10_000).unref()
  server.close(() => app.close().finally(() => process.exit(0)))
  server.closeIdleConnections()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
