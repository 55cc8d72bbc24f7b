/**
 * `npm run search:reindex [-- --fresh]`: rebuilds the search index from the published
 * analyses (payload/search). Each analysis is replaced whole, so it is safe to run again; a
 * run that was stopped resumes after the last analysis it finished, `--fresh` starts over.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { reindexSearch } from '@/payload/search/store'

const payload = await getPayload({ config })
const started = Date.now()
try {
  const { analyses, entries } = await reindexSearch(payload, {
    fresh: process.argv.includes('--fresh'),
    onProgress: (done, total) => process.stdout.write(`\rIndexed ${done} of ${total} analyses`),
  })
  console.log(
    `\nSearch index ready: ${analyses} analyses read, ${entries} language entries, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
