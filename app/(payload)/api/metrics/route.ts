import { metricsResponse } from '@/payload/metricsEndpoint'

// Prometheus metrics for trusted callers (payload/metricsEndpoint.ts).
export const dynamic = 'force-dynamic'

export const GET = (request: Request): Promise<Response> => metricsResponse(request)
