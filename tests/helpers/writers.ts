/**
 * Run in its own process (tsx) against DATABASE_URL, as a web server would be: 8 clients
 * publishing and saving drafts of the analyses in ARTICLES (JSON ids) in turn in each
 * language until STOP_FILE exists. After each save the published texts of that analysis are
 * appended to LOG_FILE (JSON lines), so every state a backup could have caught is known.
 */
import fs from 'node:fs'
import { getPayload } from 'payload'

import config from '@payload-config'
import { paragraphsToLexical } from '@/payload/seed/lexical'

import { publishedTexts } from './site-snapshot'

const ids: (number | string)[] = JSON.parse(process.env.ARTICLES ?? '[]')
const stopFile = process.env.STOP_FILE as string
const logFile = process.env.LOG_FILE as string
const payload = await getPayload({ config })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
let saves = 0
// Each save and the read of what it left are one step no other save of that analysis comes
// between: otherwise a state could be committed and overwritten before it is logged, and a
// backup that caught it would look like it invented a text. On SQLite every step of the
// process takes turns, as libsql waits for the file's write lock synchronously (a second
// transaction in the same process would block the one holding it).
const sqlite = (process.env.DATABASE_URL ?? '').startsWith('file:')
const turns = new Map<string, Promise<unknown>>()
const inTurn = <T>(key: string, step: () => Promise<T>): Promise<T> => {
  const lane = sqlite ? '*' : key
  const next = (turns.get(lane) ?? Promise.resolve()).then(step, step)
  turns.set(
    lane,
    next.catch(() => undefined),
  )
  return next
}

await Promise.all(
  Array.from({ length: 8 }, async (_, client) => {
    const id = ids[client % ids.length]!
    for (let n = 0; !fs.existsSync(stopFile); n++) {
      const locale = (['en', 'be', 'ru'] as const)[n % 3]
      const publish = n % 2 === 0
      await inTurn(String(id), async () => {
        try {
          await payload.update({
            collection: 'articles',
            id,
            locale,
            ...(publish ? {} : { draft: true }),
            data: {
              title: `Client ${client} save ${n} (${locale})`,
              lead: `Lead ${client}.${n}.`,
              body: paragraphsToLexical([`Body of save ${n} by client ${client}.`]),
              ...(publish ? { _status: 'published' as const } : {}),
            },
            overrideAccess: true,
            context: { seeding: true },
          })
          saves++
        } catch {
          // A save that meets another's lock fails as it would for an editor; the client goes
          // on. What it left is logged all the same, in case it failed after committing.
        }
        const rows = (await publishedTexts(process.env.DATABASE_URL as string)).filter(
          (r) => r.id === String(id),
        )
        fs.appendFileSync(logFile, rows.map((r) => `${JSON.stringify(r)}\n`).join(''))
      })
      // libsql answers a local file synchronously: a pause lets timers and other clients in.
      await sleep(5)
    }
  }),
)
console.log(`RESULT ${JSON.stringify({ saves })}`)
await payload.destroy()
process.exit(0)
