/**
 * `npm run db:copy -- --from URL --to URL`: the whole site from one SQL database into another
 * (typically the SQLite file into PostgreSQL), ids kept, no hooks fired; the target's
 * migrations first, the search index rebuilt last. Safe to run again. See
 * payload/backup/copy.ts.
 */
import { exitWith, parseOptions, progressPrinter, seconds } from '@/payload/backup/cli'
import { copyTables } from '@/payload/backup/copy'
import { BackupError } from '@/payload/backup/errors'
import { codeMigrations } from '@/payload/backup/restore'
import {
  appliedMigrations,
  openDatabase,
  redactUrl,
  sqlKind,
  type SqlDatabase,
} from '@/payload/backup/sql'

const usage = 'npm run db:copy -- --from URL --to URL'
let source: SqlDatabase | undefined
let target: SqlDatabase | undefined
try {
  const started = Date.now()
  const { values, positionals } = parseOptions(
    { from: { type: 'string' }, to: { type: 'string' } },
    usage,
  )
  if (positionals.length)
    throw new BackupError(`Unexpected argument "${positionals[0]}": ${usage}.`)
  if (!values.from || !values.to) throw new BackupError(`Name both databases: ${usage}.`)
  const from = values.from
  const to = values.to
  const fromKind = sqlKind(from)
  sqlKind(to)
  if (from === to) throw new BackupError('--from and --to name the same database.')
  source = await openDatabase(from, { mustExist: true })
  const applied = await appliedMigrations(source)
  const known = codeMigrations(fromKind)
  const unknown = applied.filter((m) => !known.includes(m))
  if (unknown.length)
    throw new BackupError(
      `The source was written by a newer version of the site (migrations ${unknown.join(', ')} are unknown here): update the code first.`,
    )
  const pending = known.filter((m) => !applied.includes(m))
  if (pending.length)
    throw new BackupError(
      `The source ${redactUrl(from)} lacks ${pending.length} migrations: run npm run migrate against it first (DATABASE_URL=${redactUrl(from)}).`,
    )
  // Reachable before anything is written to it.
  target = await openDatabase(to)

  process.env.DATABASE_URL = to
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { migrationsFor } = await import('@/payload/backup/restore')
  const { reindexSearch } = await import('@/payload/search/store')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate({ migrations: migrationsFor(sqlKind(to)) as never })
    console.log(`Copying ${redactUrl(from)} into ${redactUrl(to)}…`)
    const report = await copyTables(source, target, { onProgress: progressPrinter() })
    const { analyses } = await reindexSearch(payload, { fresh: true })
    let inserted = 0
    let differ = 0
    console.log(
      `\n${'table'.padEnd(34)}${'source'.padStart(9)}${'target'.padStart(9)}${'new'.padStart(9)}`,
    )
    for (const r of report) {
      inserted += r.inserted
      if (r.source !== r.target) differ++
      console.log(
        `${r.table.padEnd(34)}${String(r.source).padStart(9)}${String(r.target).padStart(9)}${String(r.inserted).padStart(9)}${r.source !== r.target ? '  ≠' : ''}`,
      )
    }
    console.log(
      `\n${inserted} rows copied in ${seconds(Date.now() - started)}; ${analyses} analyses indexed for search; ${
        differ
          ? `${differ} tables differ in count (the target had rows of its own, or the source changed during the copy)`
          : 'every table has the same count on both sides'
      }.`,
    )
    if (differ) process.exitCode = 1
  } finally {
    await payload.destroy()
  }
  await source.close()
  await target.close()
  process.exit(process.exitCode ?? 0)
} catch (error) {
  await source?.close()
  await target?.close()
  exitWith(error)
}
