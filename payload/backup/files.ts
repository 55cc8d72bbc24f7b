/**
 * Where archives are and which is the newest: plain file system work, so the admin's backup
 * panel can use it without loading the database code.
 */
import fs from 'node:fs'
import path from 'node:path'

export const ARCHIVE_PATTERN = /^monitor-\d{8}-\d{6}(-\d+)?\.tar\.gz$/

/** Where archives go when no `--out` is given: BACKUP_DIR, else data/backups. */
export const backupDir = () =>
  path.resolve(/*turbopackIgnore: true*/ process.env.BACKUP_DIR || 'data/backups')

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`
}

/** The newest archive in `dir`, for the desk; `stale` when it is more than a day old. */
export function latestBackup(
  dir = backupDir(),
  now = Date.now(),
): { file: string; bytes: number; at: Date; stale: boolean } | null {
  if (!fs.existsSync(dir)) return null
  let best: { file: string; bytes: number; at: Date; stale: boolean } | null = null
  for (const name of fs.readdirSync(dir)) {
    if (!ARCHIVE_PATTERN.test(name)) continue
    const stat = fs.statSync(path.join(dir, name))
    if (!best || stat.mtimeMs > best.at.getTime())
      best = { file: name, bytes: stat.size, at: stat.mtime, stale: false }
  }
  if (best) best.stale = now - best.at.getTime() > 24 * 60 * 60 * 1000
  return best
}
