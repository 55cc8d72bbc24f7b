import type { TaskConfig } from 'payload'

import { sendWeekDigest } from '../newsletter/digest'
import { staleJobMs } from './recoverStaleJobs'

/**
 * The weekly digest as a queued job. A failed delivery makes the run throw, so Payload retries
 * it with backoff; the delivery records make every retry send only what is still owed.
 */
export const sendWeekDigestTask: TaskConfig<'sendWeekDigest'> = {
  slug: 'sendWeekDigest',
  label: 'Send a week’s digest',
  inputSchema: [{ name: 'week', type: 'relationship', relationTo: 'weeks', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'alreadySent', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'waitingForLanguage', type: 'number' },
  ],
  retries: {
    attempts: Number(process.env.DIGEST_JOB_RETRIES || 5),
    backoff: { type: 'exponential', delay: Number(process.env.DIGEST_RETRY_DELAY_MS || 30_000) },
  },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const weekId = typeof input.week === 'object' ? input.week.id : input.week
    let lastBeat = Date.now()
    // A long send keeps its job's updatedAt fresh, so stale-job recovery leaves it alone.
    const heartbeat = async () => {
      if (Date.now() - lastBeat < staleJobMs() / 4) return
      lastBeat = Date.now()
      await payload.update({
        collection: 'payload-jobs',
        id: job.id,
        data: { processing: true },
        overrideAccess: true,
        depth: 0,
      })
    }
    const report = await sendWeekDigest(payload, weekId, heartbeat)
    payload.logger.info(
      `Digest of week ${weekId}: ${report.sent} sent, ${report.alreadySent} already had it, ${report.failed} failed, ${report.waitingForLanguage} waiting for their language`,
    )
    if (report.failed > 0) {
      throw new Error(`${report.failed} digest deliveries failed; the retry sends only those.`)
    }
    return {
      output: {
        sent: report.sent,
        alreadySent: report.alreadySent,
        failed: report.failed,
        waitingForLanguage: report.waitingForLanguage,
      },
    }
  },
}
