/**
 * The backup archive: a gzipped tar of `manifest.json`, `database/` (a SQLite file or a
 * pg_dump) and `media/` (the uploads). The manifest names every other file with its size and
 * SHA-256, so a damaged or cut archive is found before anything is written.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'

import { BackupError } from './errors'
import type { SqlKind } from './sql'

export const MANIFEST = 'manifest.json'
export const FORMAT = 'weekly-monitor-backup'

export type Manifest = {
  format: typeof FORMAT
  formatVersion: 1
  createdAt: string
  appVersion: string
  database: { kind: SqlKind; file: string }
  /** Migrations applied in the database when it was copied, oldest first. */
  migrations: string[]
  /** Documents (and stored versions) per collection, from the database copy itself. */
  collections: Record<string, { documents: number; versions?: number }>
  /** Rows per table, what a restore checks (the search index is rebuilt, not counted). */
  tables: Record<string, number>
  files: Record<string, { sha256: string; bytes: number }>
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every regular file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return []
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel))
    else if (entry.isFile()) out.push(rel)
  }
  return out.sort()
}

/**
 * Writes `staging` (which holds `database/` and `media/`) with its manifest to `file`. The
 * archive is written under a temporary name beside `file` and renamed when complete and
 * flushed, so a run that is killed leaves no file with the archive's name.
 */
export async function writeArchive(
  staging: string,
  manifest: Omit<Manifest, 'files'>,
  file: string,
): Promise<Manifest> {
  const files: Manifest['files'] = {}
  for (const rel of listFiles(staging)) {
    const full = path.join(staging, rel)
    files[rel] = { sha256: await sha256File(full), bytes: fs.statSync(full).size }
  }
  const complete: Manifest = { ...manifest, files }
  fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(complete, null, 2)}\n`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.partial-${process.pid}`
  try {
    // The manifest first: a reader learns what to expect before the data.
    await tar.create({ gzip: true, cwd: staging, file: partial, portable: true }, [
      MANIFEST,
      ...Object.keys(files),
    ])
    const fd = fs.openSync(partial, 'r')
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fs.renameSync(partial, file)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  return complete
}

/** An archive unpacked into a temporary folder and checked against its manifest. */
export type VerifiedArchive = { dir: string; manifest: Manifest; cleanup: () => void }

/**
 * Unpacks `file` into a temporary folder and checks it: a readable gzip and tar to the end, a
 * manifest of this format, and every file it names present with its size and SHA-256. Any
 * fault is one sentence; nothing outside the temporary folder is written.
 */
export async function openArchive(file: string): Promise<VerifiedArchive> {
  if (!fs.existsSync(file)) throw new BackupError(`There is no archive at ${file}.`)
  if (!fs.statSync(file).isFile()) throw new BackupError(`${file} is not an archive file.`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-restore-'))
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
  const damaged = (why: string) =>
    new BackupError(`${file} is damaged or incomplete (${why}): nothing was restored.`)
  try {
    try {
      await tar.extract({
        file,
        cwd: dir,
        strict: true,
        // Only plain files and folders: an archive never needs links or devices.
        filter: (_path, entry) =>
          'type' in entry ? entry.type === 'File' || entry.type === 'Directory' : true,
      })
    } catch (error) {
      throw damaged((error as Error).message)
    }
    const manifestPath = path.join(dir, MANIFEST)
    if (!fs.existsSync(manifestPath)) throw damaged('no manifest.json')
    let manifest: Manifest
    try {
      manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest
    } catch {
      throw damaged('manifest.json is not readable JSON')
    }
    if (manifest.format !== FORMAT || manifest.formatVersion !== 1 || !manifest.files)
      throw new BackupError(`${file} is not a Weekly Monitor backup archive.`)
    for (const [rel, expected] of Object.entries(manifest.files)) {
      const full = path.join(dir, rel)
      if (!full.startsWith(dir + path.sep) || !fs.existsSync(full))
        throw damaged(`${rel} is missing`)
      if (fs.statSync(full).size !== expected.bytes || (await sha256File(full)) !== expected.sha256)
        throw damaged(`${rel} does not match its checksum`)
    }
    if (!manifest.files[manifest.database.file]) throw damaged('no database in the archive')
    return { dir, manifest, cleanup }
  } catch (error) {
    cleanup()
    throw error
  }
}
