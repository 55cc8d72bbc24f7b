import { Cron } from 'croner'
import type { Payload, TaskConfig } from 'payload'

import { backupDir, createBackup, pruneBackups } from './backup'

/** BACKUP_KEEP: how many archives BACKUP_DIR keeps (default 14); older ones are deleted. */
export const backupKeep = () => {
  const n = Number(process.env.BACKUP_KEEP)
  return Number.isInteger(n) && n > 0 ? n : 14
}

/**
 * The scheduled backup as a queued job: written to BACKUP_DIR, the oldest archives beyond
 * BACKUP_KEEP deleted, and the next run queued at BACKUP_CRON's next time.
 */
export const backupTask: TaskConfig<'backup'> = {
  slug: 'backup',
  label: 'Back up the site',
  retries: 1,
  outputSchema: [
    { name: 'file', type: 'text' },
    { name: 'bytes', type: 'number' },
    { name: 'removed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const { file, bytes } = await createBackup(req.payload, { out: backupDir() })
    const removed = pruneBackups(backupDir(), backupKeep())
    req.payload.logger.info(`Backup written: ${file} (${bytes} bytes), ${removed.length} removed.`)
    await queueNextBackup(req.payload)
    return { output: { file, bytes, removed: removed.length } }
  },
}

/**
 * Keeps one backup job waiting for BACKUP_CRON's next time (a cron expression, e.g.
 * `0 3 * * *` for 03:00 every day, in the server's time zone). Payload's own task schedules
 * would add a global (a schema change per deployment setting); a job that queues its
 * successor needs nothing but the queue. Called before each run of the queue.
 */
export async function queueNextBackup(payload: Payload): Promise<void> {
  const cron = process.env.BACKUP_CRON?.trim()
  if (!cron) return
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'backup' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
  })
  if (waiting.totalDocs > 0) return
  let next: Date | null
  try {
    next = new Cron(cron).nextRun()
  } catch {
    payload.logger.error(`BACKUP_CRON "${cron}" is not a cron expression: no backup scheduled.`)
    return
  }
  if (next) await payload.jobs.queue({ task: 'backup', input: {}, waitUntil: next })
}
