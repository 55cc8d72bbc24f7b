import type { Payload } from 'payload'

/** A job marked processing whose runner has not touched it for this long is presumed dead. */
export const staleJobMs = () => Number(process.env.JOB_STALE_AFTER_MS || 300_000)

/**
 * Payload's queue never picks up a job again once it is marked processing, so a runner killed
 * mid-job (kill -9, a crash, a deploy) would strand it. Before each run the queue hands such
 * jobs back. Running a job twice is safe here: scheduled publishing claims each job once and
 * digests claim each delivery once.
 */
export async function recoverStaleJobs(payload: Payload): Promise<number> {
  const cutoff = new Date(Date.now() - staleJobMs()).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length > 0) {
    payload.logger.warn(`Handed ${docs.length} stranded job(s) back to the queue.`)
  }
  return docs.length
}
