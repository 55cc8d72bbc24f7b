import { readiness } from '@/payload/health'
import { mayReadMetrics } from '@/payload/metricsEndpoint'

// Readiness: the database, Redis, migrations and the jobs queue (payload/health.ts). A 503
// takes this server out of the front cache's rotation (deploy/varnish/default.vcl's probe).
// What failed and why (addresses, migration names) only for those who may read the metrics.
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const answer = await readiness()
  const body = mayReadMetrics(request)
    ? answer
    : {
        ready: answer.ready,
        checks: Object.fromEntries(
          Object.entries(answer.checks).map(([name, check]) => [name, { ok: check.ok }]),
        ),
      }
  return Response.json(body, {
    status: answer.ready ? 200 : 503,
    headers: { 'cache-control': 'private, no-store' },
  })
}
