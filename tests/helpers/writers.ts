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
// One process's saves take turns on SQLite: libsql waits for the file's write lock
// synchronously, so a second transaction in the same process would block the one holding it.
const sqlite = (process.env.DATABASE_URL ?? '').startsWith('file:')
let turn: Promise<unknown> = Promise.resolve()
const inTurn = <T>(write: () => Promise<T>): Promise<T> => {
  if (!sqlite) return write()
  const next = turn.then(write, write)
  turn = next.catch(() => undefined)
  return next
}

await Promise.all(
  Array.from({ length: 8 }, async (_, client) => {
    const id = ids[client % ids.length]!
    for (let n = 0; !fs.existsSync(stopFile); n++) {
      const locale = (['en', 'be', 'ru'] as const)[n % 3]
      const publish = n % 2 === 0
      try {
        await inTurn(() =>
          payload.update({
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
          }),
        )
        saves++
        const rows = (await publishedTexts(process.env.DATABASE_URL as string)).filter(
          (r) => r.id === String(id),
        )
        fs.appendFileSync(logFile, rows.map((r) => `${JSON.stringify(r)}\n`).join(''))
      } catch {
        // A save that meets another's lock fails as it would for an editor; the client goes on.
      }
      // libsql answers a local file synchronously: a pause lets timers and other clients in.
      await sleep(5)
    }
  }),
)
console.log(`RESULT ${JSON.stringify({ saves })}`)
await payload.destroy()
process.exit(0)
