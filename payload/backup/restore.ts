/**
 * `npm run restore -- ARCHIVE`: everything that can refuse is checked before anything is
 * written (the archive against its manifest, its migrations against the code's, the target
 * empty); then the database is written, checked against the manifest's counts, brought to
 * the code's migrations, its search index rebuilt and the uploads put back.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { reindexSearch } from '@/payload/search/store'
import { migrations as postgresMigrations } from '@/payload/migrations/postgres'
import { migrations as sqliteMigrations } from '@/payload/migrations/sqlite'

import { openArchive, type VerifiedArchive } from './archive'
import { copyTables, type CopyProgress } from './copy'
import { BackupError } from './errors'
import {
  derivedTable,
  openDatabase,
  redactUrl,
  sqlKind,
  sqliteFile,
  tableCounts,
  type SqlKind,
} from './sql'

export const codeMigrations = (kind: SqlKind) =>
  (kind === 'sqlite' ? sqliteMigrations : postgresMigrations).map((m) => m.name)

export const migrationsFor = (kind: SqlKind) =>
  kind === 'sqlite' ? sqliteMigrations : postgresMigrations

/** The tables that hold content (Payload's and ours, not the rebuilt search index). */
async function contentTables(url: string): Promise<string[]> {
  if (sqlKind(url) === 'sqlite' && !fs.existsSync(sqliteFile(url))) return []
  const db = await openDatabase(url)
  try {
    return (await db.tables()).filter((t) => !derivedTable(t))
  } finally {
    await db.close()
  }
}

export type PreparedRestore = VerifiedArchive & {
  url: string
  kind: SqlKind
  force: boolean
  /** A SQLite archive into PostgreSQL goes through db:copy's path. */
  viaCopy: boolean
}

function commandExists(command: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, ['--version'], { stdio: 'ignore' })
    child.on('error', () => resolve(false))
    child.on('close', (code) => resolve(code === 0))
  })
}

/** Every refusal, before anything is written. */
export async function prepareRestore({
  archive,
  url,
  force,
}: {
  archive: string
  url: string
  force: boolean
}): Promise<PreparedRestore> {
  const kind = sqlKind(url)
  const opened = await openArchive(path.resolve(archive))
  try {
    const { manifest } = opened
    const known = new Set(codeMigrations(manifest.database.kind))
    const unknown = manifest.migrations.filter((m) => !known.has(m))
    if (unknown.length)
      throw new BackupError(
        `${archive} comes from a newer version of the site (migrations ${unknown.join(', ')} are unknown here): update the code before restoring it.`,
      )
    if (manifest.database.kind === 'postgres' && kind === 'sqlite')
      throw new BackupError(
        'A PostgreSQL backup restores into PostgreSQL only: restore it into an empty PostgreSQL database, then move it with npm run db:copy.',
      )
    if (
      kind === 'postgres' &&
      !(manifest.database.kind === 'sqlite' || (await commandExists('pg_restore')))
    )
      throw new BackupError(
        'pg_restore was not found: install the PostgreSQL client tools (version 15 or newer, e.g. apt-get install postgresql-client) to restore into PostgreSQL.',
      )
    const tables = await contentTables(url)
    if (tables.length && !force)
      throw new BackupError(
        `The database ${redactUrl(url)} is not empty (${tables.length} tables): restore into an empty database, or add --force to replace what is there.`,
      )
    return {
      ...opened,
      url,
      kind,
      force,
      viaCopy: manifest.database.kind === 'sqlite' && kind === 'postgres',
    }
  } catch (error) {
    opened.cleanup()
    throw error
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim()}`, 1)),
    )
  })
}

/** With --force: the target emptied (the SQLite file removed, PostgreSQL's schema dropped). */
async function emptyTarget(prepared: PreparedRestore) {
  if (!prepared.force) return
  if (prepared.kind === 'sqlite') {
    const file = sqliteFile(prepared.url)
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
    return
  }
  const db = await openDatabase(prepared.url)
  try {
    await db.run('drop schema if exists public cascade')
    await db.run('create schema public')
  } finally {
    await db.close()
  }
}

/**
 * Writes the archive's database into the target (same dialect) and checks every table's rows
 * against the manifest. A SQLite archive for PostgreSQL is written by `copyIntoTarget` once
 * Payload has made the target's schema.
 */
export async function writeDatabase(prepared: PreparedRestore): Promise<void> {
  await emptyTarget(prepared)
  if (prepared.viaCopy) return
  const source = path.join(prepared.dir, prepared.manifest.database.file)
  if (prepared.kind === 'sqlite') {
    const file = sqliteFile(prepared.url)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // An empty database's leftover WAL must not be replayed onto the restored file.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
    const partial = `${file}.restoring-${process.pid}`
    fs.copyFileSync(source, partial)
    fs.renameSync(partial, file)
  } else {
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${prepared.url}`,
      source,
    ])
  }
  await checkCounts(prepared)
}

async function checkCounts(prepared: PreparedRestore) {
  const db = await openDatabase(prepared.url)
  let counts: Record<string, number>
  try {
    counts = await tableCounts(db)
  } finally {
    await db.close()
  }
  const wrong = Object.entries(prepared.manifest.tables).filter(
    ([table, rows]) => table !== 'payload_migrations' && counts[table] !== rows,
  )
  if (wrong.length)
    throw new BackupError(
      `The restored database does not match the archive's manifest (${wrong
        .map(([t, rows]) => `${t}: ${counts[t] ?? 'missing'} rows, expected ${rows}`)
        .join('; ')}).`,
      1,
    )
}

/** The SQLite archive's rows copied into the PostgreSQL target Payload has just migrated. */
export async function copyIntoTarget(prepared: PreparedRestore, onProgress?: CopyProgress) {
  const source = await openDatabase(
    `file:${path.join(prepared.dir, prepared.manifest.database.file)}`,
    { mustExist: true },
  )
  const target = await openDatabase(prepared.url)
  try {
    await copyTables(source, target, { onProgress })
  } finally {
    await source.close()
    await target.close()
  }
  await checkCounts(prepared)
}

/** After Payload has booted on the target: migrations, search index, uploads. */
export async function finishRestore(
  payload: Payload,
  prepared: PreparedRestore,
  { onProgress }: { onProgress?: CopyProgress } = {},
): Promise<{ migrated: number; indexed: number; files: number }> {
  const before = (
    await payload
      .find({
        collection: 'payload-migrations',
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      .catch(() => ({ docs: [] }))
  ).docs.length
  await payload.db.migrate({ migrations: migrationsFor(prepared.kind) as never })
  const after = (
    await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs.length
  if (prepared.viaCopy) await copyIntoTarget(prepared, onProgress)
  const { analyses } = await reindexSearch(payload, { fresh: true })
  let files = 0
  const media = payload.collections.media?.config.upload
  const from = path.join(prepared.dir, 'media')
  if (media && typeof media === 'object' && media.staticDir && fs.existsSync(from)) {
    const to = path.resolve(media.staticDir)
    for (const rel of Object.keys(prepared.manifest.files)) {
      if (!rel.startsWith('media/')) continue
      const dest = path.join(to, rel.slice('media/'.length))
      fs.mkdirSync(path.dirname(dest), { recursive: true })
      fs.copyFileSync(path.join(prepared.dir, rel), dest)
      files++
    }
  }
  return { migrated: prepared.viaCopy ? 0 : after - before, indexed: analyses, files }
}
