/**
 * The process's metrics (server/metrics.mjs: one registry shared with the production server
 * around Next). Call sites record one number each; README "Health, metrics and logs" says
 * what each means.
 */
import { metrics } from '@/server/metrics.mjs'

export { metrics }

/** An API call refused before Payload answered it, by the status it got. */
export function recordApiRefusal(status: number): void {
  metrics().apiRefusals.labels(String(status)).inc()
}
