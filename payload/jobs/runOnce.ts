import type { SanitizedConfig, TaskHandler, TaskHandlerArgs } from 'payload'

import { metrics } from '@/payload/metrics'

/** Tasks whose effect must not repeat when two runners claim the same job at once. */
const ONCE = new Set(['schedulePublish'])

/**
 * Payload's queue marks a job as processing with a read-then-write that two runners (the web
 * server and `npm run worker`, or two servers) can both pass on PostgreSQL, and a scheduled
 * publication then happens twice. Each run of these tasks first inserts a claim under a
 * unique index; the runner that loses the race skips the job. A failed run removes its claim
 * so Payload's retry can run it again.
 */
export function runScheduledTasksOnce(config: SanitizedConfig): SanitizedConfig {
  for (const task of config.jobs?.tasks ?? []) {
    if (!ONCE.has(task.slug) || typeof task.handler !== 'function') continue
    const handler = task.handler as TaskHandler<'schedulePublish'>
    task.handler = (async (args: TaskHandlerArgs<'schedulePublish'>) => {
      const { payload } = args.req
      // Finished jobs are deleted and SQLite may hand their id to a new job: the creation
      // time makes the key unique to this job.
      const key = `${task.slug}:${args.job.id}:${args.job.createdAt}`
      try {
        await payload.create({
          collection: 'job-claims',
          data: { job: key },
          overrideAccess: true,
          req: args.req,
        })
      } catch (error) {
        const claimed = await payload.count({
          collection: 'job-claims',
          where: { job: { equals: key } },
          overrideAccess: true,
        })
        if (claimed.totalDocs > 0) {
          payload.logger.info(`Job ${key} was already run by another queue runner; skipped.`)
          return { output: {} }
        }
        throw error
      }
      try {
        const result = await handler(args)
        // How late it went live after the time the editor chose (the queue runs every 10 s).
        const due = Date.parse(String(args.job.waitUntil ?? ''))
        if (Number.isFinite(due))
          metrics().scheduledPublishLateness.observe(Math.max(0, Date.now() - due) / 1000)
        return result
      } catch (error) {
        await payload.delete({
          collection: 'job-claims',
          where: { job: { equals: key } },
          overrideAccess: true,
          req: args.req,
        })
        throw error
      }
    }) as typeof task.handler
  }
  return config
}
