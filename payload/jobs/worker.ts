import { getPayload, type SanitizedConfig } from 'payload'

import { recoverStaleJobs } from './recoverStaleJobs'

/**
 * `payload jobs:work --cron …` (what `npm run worker` runs): Payload's `jobs:run`, plus handing
 * back the jobs of a runner that died before running the queue.
 */
export const script = async (config: SanitizedConfig) => {
  const payload = await getPayload({ config })
  await recoverStaleJobs(payload)
  await payload.jobs.run({ queue: 'default', limit: 20 })
}
