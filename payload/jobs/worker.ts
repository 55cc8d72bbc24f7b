import { getPayload, type SanitizedConfig } from 'payload'

import { announceQueueRunner } from '../broadcast'
import { queueNextBackup } from '../backup/task'
import { recoverStaleJobs } from './recoverStaleJobs'

/**
 * `payload jobs:work --cron …` (what `npm run worker` runs): Payload's `jobs:run`, plus handing
 * back the jobs of a runner that died before running the queue.
 */
export const script = async (config: SanitizedConfig) => {
  const payload = await getPayload({ config })
  // With REDIS_URL: connects before the first change needs it, and warns when another
  // process also works the queue (once per process; later calls return at once).
  await announceQueueRunner('worker', payload.logger)
  await recoverStaleJobs(payload)
  await queueNextBackup(payload)
  await payload.jobs.run({ queue: 'default', limit: 20 })
}
