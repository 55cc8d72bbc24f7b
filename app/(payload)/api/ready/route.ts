import { readiness } from '@/payload/health'

// Readiness: the database, Redis, migrations and the jobs queue (payload/health.ts). A 503
// takes this server out of the front cache's rotation (deploy/varnish/default.vcl's probe).
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const answer = await readiness()
  return Response.json(answer, {
    status: answer.ready ? 200 : 503,
    headers: { 'cache-control': 'private, no-store' },
  })
}
