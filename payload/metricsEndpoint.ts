import config from '@payload-config'
import crypto from 'node:crypto'
import { getPayload } from 'payload'
import proxyAddr from 'proxy-addr'
import { AggregatorRegistry, type Registry } from 'prom-client'

import { clientAddress } from './clientAddress'
import { jobsLagSeconds, within } from './health'
import { metrics } from './metrics'
import { processSingleton } from './utilities/processSingleton'

/**
 * GET /api/metrics: the process's metrics in Prometheus's text format, for the addresses in
 * TRUSTED_PROXIES (the machines in front of the web servers, where Prometheus usually runs)
 * or a caller with `Authorization: Bearer $METRICS_TOKEN`. Anyone else gets a 403: the
 * numbers say how busy the site is and how its sign-ins are attacked.
 */

const trustedAddresses = () =>
  processSingleton('metrics-trusted', () =>
    proxyAddr.compile(
      (process.env.TRUSTED_PROXIES ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  )

function bearerMatches(header: string | null): boolean {
  const expected = process.env.METRICS_TOKEN?.trim()
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1]
  if (!expected || !given) return false
  const a = crypto.createHash('sha256').update(given).digest()
  const b = crypto.createHash('sha256').update(expected).digest()
  return crypto.timingSafeEqual(a, b)
}

/** May this request read the metrics? */
export function mayReadMetrics(request: Request): boolean {
  if (bearerMatches(request.headers.get('authorization'))) return true
  const address = clientAddress(request.headers)
  return address !== 'unknown' && trustedAddresses()(address, 0)
}

export async function metricsResponse(request: Request): Promise<Response> {
  const headers = { 'cache-control': 'private, no-store' }
  if (!mayReadMetrics(request)) {
    return new Response(
      'The metrics are for the addresses in TRUSTED_PROXIES or a caller with Authorization: Bearer and METRICS_TOKEN.\n',
      { status: 403, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } },
    )
  }
  // The queue's lag is measured now, not when a job last ran: a stuck queue runs nothing.
  await within(
    1000,
    'The jobs queue',
    getPayload({ config }).then((payload) => jobsLagSeconds(payload)),
  ).catch(() => undefined)
  const registry = await withApiProcess(metrics().registry)
  return new Response(await registry.metrics(), {
    headers: { ...headers, 'content-type': registry.contentType },
  })
}

declare global {
  /** The web server's API process (server/api-process.mjs), when it has one. */
  var __wmApiProcess: { metricsJson: () => Promise<unknown> } | undefined
}

/**
 * This process's metrics, with its API process's added (counters and histograms summed, as
 * for one server): the API's reads, refusals and queue are counted there.
 */
async function withApiProcess(registry: Registry): Promise<Registry> {
  const theirs = await globalThis.__wmApiProcess?.metricsJson()
  if (!Array.isArray(theirs)) return registry
  return AggregatorRegistry.aggregate([await registry.getMetricsAsJSON(), theirs])
}
