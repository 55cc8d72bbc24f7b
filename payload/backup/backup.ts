/**
 * `npm run backup`: the database, copied consistently while the site writes (SQLite's
 * `VACUUM INTO`, PostgreSQL's `pg_dump` on an exported snapshot), the uploads and a manifest,
 * in one archive written under a temporary name and renamed when complete.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import { databaseUrl } from '@/payload/env'

import { writeArchive, type Manifest } from './archive'
import { ARCHIVE_PATTERN, backupDir } from './files'
import { BackupError } from './errors'
import { appliedMigrations, openDatabase, sqlKind, tableCounts, type SqlDatabase } from './sql'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export function appVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(dirname, '../../package.json'), 'utf8'))
    return String(pkg.version)
  } catch {
    return 'unknown'
  }
}

/** `--out` may name the archive or a folder for it (`monitor-YYYYMMDD-HHMMSS.tar.gz`). */
export function archivePath(out: string | undefined, now = new Date()): string {
  const target = path.resolve(out || backupDir())
  if (target.endsWith('.tar.gz') || target.endsWith('.tgz')) return target
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  let file = path.join(target, `monitor-${stamp}.tar.gz`)
  // Two backups in the same second (a scheduled one and a manual one) keep both.
  for (let n = 2; fs.existsSync(file); n++) file = path.join(target, `monitor-${stamp}-${n}.tar.gz`)
  return file
}

/** Collection documents and versions from table counts (Payload's SQL table names). */
function collectionCounts(
  payload: Payload,
  tables: Record<string, number>,
): Manifest['collections'] {
  const names = (payload.db as { tableNameMap?: Map<string, string> }).tableNameMap
  const out: Manifest['collections'] = {}
  for (const collection of payload.config.collections) {
    const base = collection.slug.replace(/-/g, '_')
    const table = names?.get(base) ?? base
    if (!(table in tables)) continue
    const versions = names?.get(`_${base}_v`) ?? `_${base}_v`
    out[collection.slug] = {
      documents: tables[table]!,
      ...(versions in tables ? { versions: tables[versions] } : {}),
    }
  }
  return out
}

function run(command: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${command} was not found: install the PostgreSQL client tools (version 15 or newer, e.g. apt-get install postgresql-client) so that ${what}.`,
              1,
            )
          : error,
      ),
    )
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim()}`, 1)),
    )
  })
}

/** Copies the upload folder by hard links where it can (instant, and immune to deletes). */
function linkTree(from: string, to: string) {
  if (!fs.existsSync(from)) return
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name)
    const b = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(a, b)
    else if (entry.isFile()) {
      try {
        fs.linkSync(a, b)
      } catch {
        fs.copyFileSync(a, b)
      }
    }
  }
}

/** Leftovers of a backup that was killed (kill -9, a crash) more than an hour ago. */
function removeLeftovers(dir: string) {
  if (!fs.existsSync(dir)) return
  for (const name of fs.readdirSync(dir)) {
    if (!/\.partial-\d+$/.test(name) && !name.startsWith('.backup-staging-')) continue
    const full = path.join(dir, name)
    if (Date.now() - fs.statSync(full).mtimeMs > 3_600_000)
      fs.rmSync(full, { recursive: true, force: true })
  }
}

export type BackupResult = { file: string; bytes: number; ms: number; manifest: Manifest }

export async function createBackup(
  payload: Payload,
  { out }: { out?: string } = {},
): Promise<BackupResult> {
  const started = Date.now()
  const url = databaseUrl()
  const kind = sqlKind(url)
  const file = archivePath(out)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  removeLeftovers(path.dirname(file))
  // Beside the archive, so the uploads can be hard-linked when they share its disk.
  const staging = fs.mkdtempSync(path.join(path.dirname(file), '.backup-staging-'))
  try {
    fs.mkdirSync(path.join(staging, 'database'))
    let dbFile: string
    let tables: Record<string, number>
    let migrations: string[]
    if (kind === 'sqlite') {
      dbFile = 'database/monitor.db'
      const target = path.join(staging, dbFile)
      // SQLite's online copy: one read transaction, so it is consistent while others write.
      await (payload.db as unknown as SQLiteAdapter).client.execute({
        sql: 'VACUUM INTO ?',
        args: [target],
      })
      const copy = await openDatabase(`file:${target}`, { mustExist: true })
      try {
        tables = await tableCounts(copy)
        migrations = await appliedMigrations(copy)
      } finally {
        await copy.close()
      }
    } else {
      dbFile = 'database/monitor.dump'
      const db: SqlDatabase = await openDatabase(url)
      try {
        // pg_dump joins this transaction's snapshot, so the counts and the dump are the same
        // moment of the database.
        await db.run('begin isolation level repeatable read read only')
        const [{ snapshot }] = (await db.all<{ snapshot: string }>(
          'select pg_export_snapshot() as snapshot',
        )) as [{ snapshot: string }]
        tables = await tableCounts(db)
        migrations = await appliedMigrations(db)
        await run(
          'pg_dump',
          [
            '--format=custom',
            '--no-owner',
            '--no-privileges',
            `--snapshot=${snapshot}`,
            // The search index is rebuilt by the restore.
            '--exclude-table-data=search_*',
            `--file=${path.join(staging, dbFile)}`,
            `--dbname=${url}`,
          ],
          'a PostgreSQL database can be backed up',
        )
        await db.run('commit')
      } finally {
        await db.close()
      }
    }
    const media = payload.collections.media?.config.upload
    if (media && typeof media === 'object' && media.staticDir)
      linkTree(path.resolve(media.staticDir), path.join(staging, 'media'))
    const manifest = await writeArchive(
      staging,
      {
        format: 'weekly-monitor-backup',
        formatVersion: 1,
        createdAt: new Date().toISOString(),
        appVersion: appVersion(),
        database: { kind, file: dbFile },
        migrations,
        collections: collectionCounts(payload, tables),
        tables,
      },
      file,
    )
    return { file, bytes: fs.statSync(file).size, ms: Date.now() - started, manifest }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Deletes the oldest archives in `dir` beyond the newest `keep`. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!Number.isFinite(keep) || keep < 1 || !fs.existsSync(dir)) return []
  const archives = fs
    .readdirSync(dir)
    .filter((name) => ARCHIVE_PATTERN.test(name))
    .map((name) => ({ name, mtime: fs.statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name))
  const removed = archives.slice(keep).map((a) => a.name)
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true })
  return removed
}

export { backupDir, latestBackup } from './files'
