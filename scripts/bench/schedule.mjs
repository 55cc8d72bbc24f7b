// Queues scheduled publications the way the admin's "Schedule" drawer does (a
// `schedulePublish` job with waitUntil; Payload's REST API does not accept jobs), through
// the Local API against the benchmark's database. The web server's queue runs them.
// Run with tsx: tsx scripts/bench/schedule.mjs --ids 61,62 --in-ms 60000 --user 2
import { getPayload } from 'payload'

import config from '@payload-config'

const args = process.argv.slice(2)
const option = (name) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const ids = (option('ids') ?? '').split(',').filter(Boolean).map(Number)
const inMs = Number(option('in-ms') ?? 60_000)
const user = Number(option('user'))

const payload = await getPayload({ config })
try {
  const waitUntil = new Date(Date.now() + inMs)
  for (const id of ids) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil,
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: user },
      },
    })
  }
  console.log(`SCHEDULED ${JSON.stringify({ ids, waitUntil: waitUntil.toISOString() })}`)
} finally {
  await payload.destroy()
}
process.exit(0)
