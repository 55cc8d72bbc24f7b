// The numbers an operator watches (GET /api/metrics, Prometheus text format; README
// "Health, metrics and logs"). One registry per process: the production server
// (server/server.mjs) and Next's bundled server code may each load their own copy of this
// module and of prom-client, so the metrics live on globalThis and whoever comes first
// creates them; both sides then record into the same objects.
import client from 'prom-client'

const KEY = Symbol.for('weekly-monitor:metrics')

/** Request metrics on the request path: METRICS=false leaves them out (the benchmark's switch). */
export const requestMetricsEnabled = (env = process.env) => env.METRICS !== 'false'

/** @returns {ReturnType<typeof createMetrics>} */
export function metrics() {
  const store = /** @type {Record<symbol, ReturnType<typeof createMetrics> | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  )
  return (store[KEY] ??= createMetrics())
}

const seconds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
const lateness = [1, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600]

function createMetrics() {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry })
  const register = [registry]
  return {
    registry,
    requests: new client.Histogram({
      name: 'wm_http_request_duration_seconds',
      help: 'Requests by route kind and status, from the first byte read to the last written (server/server.mjs).',
      labelNames: ['kind', 'status'],
      buckets: seconds,
      registers: register,
    }),
    originCache: new client.Counter({
      name: 'wm_origin_cache_requests_total',
      help: 'Requests the in-memory page cache answered (hit), could keep but did not have (miss), or may not keep (pass).',
      labelNames: ['result'],
      registers: register,
    }),
    originCachePurged: new client.Counter({
      name: 'wm_origin_cache_purged_pages_total',
      help: 'Pages forgotten by the in-memory page cache because a change touched them.',
      registers: register,
    }),
    apiQueueWait: new client.Histogram({
      name: 'wm_api_queue_wait_seconds',
      help: 'How long anonymous API calls waited for their turn in the work gate.',
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers: register,
    }),
    apiRefusals: new client.Counter({
      name: 'wm_api_refusals_total',
      help: 'API calls the guard refused, by status: 400 bad input or bounds, 413 too large, 429 budget or sign-in wait, 499 client gone, 503 queue full or too slow.',
      labelNames: ['status'],
      registers: register,
    }),
    signIns: new client.Counter({
      name: 'wm_sign_in_total',
      help: 'Sign-in attempts by outcome: failed (wrong password or account), throttled (refused while slowed down), succeeded.',
      labelNames: ['outcome'],
      registers: register,
    }),
    jobsLag: new client.Gauge({
      name: 'wm_jobs_lag_seconds',
      help: 'How long the oldest job that is due has waited to run (0 when none waits), measured at the scrape.',
      registers: register,
    }),
    scheduledPublishLateness: new client.Histogram({
      name: 'wm_scheduled_publish_lateness_seconds',
      help: 'How late scheduled publications and unpublications went live, after the time the editor chose.',
      buckets: lateness,
      registers: register,
    }),
    digestDeliveries: new client.Counter({
      name: 'wm_digest_deliveries_total',
      help: 'Digest e-mails by result: sent, failed, skipped (already sent or claimed by another runner).',
      labelNames: ['result'],
      registers: register,
    }),
    expirySpread: new client.Histogram({
      name: 'wm_expiry_spread_seconds',
      help: 'From a change to the last web server confirming it expired the pages (or the one server asked over HTTP), by how it was spread.',
      labelNames: ['via'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: register,
    }),
    expiryUnconfirmed: new client.Counter({
      name: 'wm_expiry_unconfirmed_total',
      help: 'Changes some web server did not confirm expiring within the wait (it may serve an old page).',
      registers: register,
    }),
  }
}

/**
 * What kind of route a path is, for the request metrics and logs. Few kinds on purpose: a
 * label value per path would make a time series per page.
 * @param {string} pathname
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function routeKind(pathname, headers) {
  if (pathname.startsWith('/_next/'))
    return pathname.startsWith('/_next/image') ? 'image' : 'static'
  if (pathname.startsWith('/api/')) {
    if (pathname.startsWith('/api/media/file/')) return 'media'
    if (pathname === '/api/health' || pathname === '/api/ready' || pathname === '/api/metrics')
      return 'ops'
    if (pathname === '/api/graphql') return 'graphql'
    return 'api'
  }
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname.endsWith('.xml') || pathname.endsWith('/pdf') || pathname === '/robots.txt')
    return 'feed'
  if (/\.[a-z0-9]{2,5}$/i.test(pathname)) return 'static'
  return headers.rsc === undefined ? 'page' : 'rsc'
}
