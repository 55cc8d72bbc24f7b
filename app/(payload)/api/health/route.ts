// Liveness: the process answers. No database, no Payload: a process that answers this but
// not /api/ready is alive and waiting for what it depends on (README "Health, metrics and logs").
export const dynamic = 'force-dynamic'

const startedAt = Date.now()

export function GET(): Response {
  return Response.json(
    { ok: true, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    { headers: { 'cache-control': 'private, no-store' } },
  )
}
