/**
 * Run in its own process (tsx) against DATABASE_URL: what a copied or restored site shows a
 * reader, which logins sign in (LOGINS, JSON [{ email, password }]), the scheduled
 * publications still waiting and, with RUN_SCHEDULED=1, whether they fire when the queue runs
 * at their time. Prints one line `RESULT {json}`.
 */
import { getPayload } from 'payload'

import config from '@payload-config'

import { publishedContent } from './site-snapshot'

const payload = await getPayload({ config })
const logins: { email: string; password: string }[] = JSON.parse(process.env.LOGINS ?? '[]')
const signedIn: Record<string, boolean> = {}
for (const { email, password } of logins) {
  try {
    const result = await payload.login({ collection: 'users', data: { email, password } })
    signedIn[email] = Boolean(result.token)
  } catch {
    signedIn[email] = false
  }
}
const pendingJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }],
      },
      pagination: false,
      overrideAccess: true,
    })
  ).docs.map((job) => ({
    waitUntil: job.waitUntil ?? null,
    doc: (job.input as { doc?: { value?: number | string } } | undefined)?.doc?.value ?? null,
  }))
const scheduled = await pendingJobs()
const fired: Record<string, string | null | undefined> = {}
if (process.env.RUN_SCHEDULED === '1') {
  for (const job of scheduled) {
    const wait = job.waitUntil ? new Date(job.waitUntil).getTime() - Date.now() : 0
    if (wait > 0) await new Promise((r) => setTimeout(r, wait + 500))
    await payload.jobs.run({ queue: 'default', limit: 10 })
    if (job.doc !== null) {
      const doc = await payload.findByID({
        collection: 'articles',
        id: job.doc,
        overrideAccess: true,
        depth: 0,
      })
      fired[String(job.doc)] = doc._status
    }
  }
}
const published = await publishedContent(payload)
console.log(`RESULT ${JSON.stringify({ signedIn, scheduled, fired, published })}`)
await payload.destroy()
process.exit(0)
