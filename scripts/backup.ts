/**
 * `npm run backup [-- --out PATH]`: one archive with the database (consistent while the site
 * writes), the uploads and a manifest (payload/backup). PATH names the archive (`….tar.gz`)
 * or its folder; the default folder is BACKUP_DIR, else data/backups.
 */
import { exitWith, formatBytes, parseOptions, seconds } from '@/payload/backup/cli'
import { BackupError } from '@/payload/backup/errors'
import { openDatabase, sqlKind, sqliteFile } from '@/payload/backup/sql'
import { databaseUrl } from '@/payload/env'
import fs from 'node:fs'

try {
  const { values, positionals } = parseOptions(
    { out: { type: 'string', short: 'o' } },
    'npm run backup [-- --out FILE.tar.gz|FOLDER]',
  )
  if (positionals.length)
    throw new BackupError(
      `Unexpected argument "${positionals[0]}": npm run backup [-- --out FILE.tar.gz|FOLDER].`,
    )
  // Before Payload boots: a missing SQLite file would be created empty, and an unreachable
  // server would end in a long stack trace.
  const url = databaseUrl()
  if (sqlKind(url) === 'sqlite' && !fs.existsSync(sqliteFile(url)))
    throw new BackupError(`There is no SQLite database at ${sqliteFile(url)} to back up.`)
  await (await openDatabase(url)).close()

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { createBackup } = await import('@/payload/backup/backup')
  const payload = await getPayload({ config })
  try {
    const { file, bytes, ms, manifest } = await createBackup(payload, { out: values.out })
    console.log(`Backup written: ${file} (${formatBytes(bytes)}, ${seconds(ms)})`)
    console.log(
      `  ${manifest.database.kind} database, ${manifest.migrations.length} migrations, ${
        Object.keys(manifest.files).filter((f) => f.startsWith('media/')).length
      } media files`,
    )
    for (const [slug, c] of Object.entries(manifest.collections))
      console.log(
        `  ${slug.padEnd(26)} ${String(c.documents).padStart(7)}${
          c.versions !== undefined ? `  (${c.versions} versions)` : ''
        }`,
      )
  } finally {
    await payload.destroy()
  }
  process.exit(0)
} catch (error) {
  exitWith(error)
}
