/**
 * `npm run restore -- ARCHIVE [--into URL] [--media DIR] [--force]`: restores a backup into
 * an empty database (DATABASE_URL, or --into) and its uploads into MEDIA_DIR (or --media).
 * Refuses, with nothing written, a damaged archive, one from a newer schema and a database
 * that is not empty (unless --force). See payload/backup/restore.ts.
 */
import { exitWith, parseOptions, progressPrinter, seconds } from '@/payload/backup/cli'
import { BackupError } from '@/payload/backup/errors'
import { prepareRestore, writeDatabase } from '@/payload/backup/restore'
import { sqlKind } from '@/payload/backup/sql'
import { databaseUrl } from '@/payload/env'

const usage = 'npm run restore -- ARCHIVE [--into URL] [--media DIR] [--force]'
try {
  const started = Date.now()
  const { values, positionals } = parseOptions(
    {
      into: { type: 'string' },
      media: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    usage,
  )
  if (positionals.length !== 1) throw new BackupError(`Name one archive to restore: ${usage}.`)
  const url = values.into ?? databaseUrl()
  sqlKind(url)
  const prepared = await prepareRestore({
    archive: positionals[0]!,
    url,
    force: values.force ?? false,
  })
  try {
    const { manifest } = prepared
    console.log(
      `Archive checked: ${manifest.database.kind} backup of ${manifest.createdAt} (version ${manifest.appVersion}), ${Object.keys(manifest.files).length} files.`,
    )
    await writeDatabase(prepared)
    // The config reads these when it is first imported.
    process.env.DATABASE_URL = url
    if (values.media) process.env.MEDIA_DIR = values.media
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const { finishRestore } = await import('@/payload/backup/restore')
    const payload = await getPayload({ config })
    try {
      const result = await finishRestore(payload, prepared, { onProgress: progressPrinter() })
      console.log(
        `Restored in ${seconds(Date.now() - started)}: ${Object.entries(manifest.collections)
          .map(([slug, c]) => `${slug} ${c.documents}`)
          .join(
            ', ',
          )}; counts match the manifest; ${result.migrated} newer migrations applied; ${result.indexed} analyses indexed for search; ${result.files} media files.`,
      )
    } finally {
      await payload.destroy()
    }
  } finally {
    prepared.cleanup()
  }
  process.exit(0)
} catch (error) {
  exitWith(error)
}
