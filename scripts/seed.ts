/**
 * `npm run seed`: applies migrations and loads the demo content when the database is
 * empty. Safe to run again: an existing database is left as it is.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { seedDemoContent } from '@/payload/seed'

const payload = await getPayload({ config })
try {
  const result = await seedDemoContent(payload, { log: (message) => console.log(message) })
  if (!result.seeded) console.log('Nothing to do.')
} finally {
  await payload.destroy()
}
process.exit(0)
