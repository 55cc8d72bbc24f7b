import fs from 'node:fs'
import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Thrown at start-up when the environment cannot work; the message says what to set. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

export const DEFAULT_DATABASE_URL = 'file:./data/monitor.db'

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim()
  return url ? url : DEFAULT_DATABASE_URL
}

export function databaseKind(url: string = databaseUrl()): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new ConfigurationError(
    `DATABASE_URL "${redact(url)}" is not supported: set it to file:./data/monitor.db (SQLite), postgres://user@host:5432/db (PostgreSQL) or mongodb://host:27017/db (MongoDB).`,
  )
}

/** The SQLite file path of a `file:` URL, with its folder created (libsql does not create it). */
export function ensureSqliteFolder(url: string): void {
  const file = url.slice('file:'.length).split('?')[0]
  if (!file || file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set: set it to a long random string (for example the output of `openssl rand -hex 32`) before starting in production.',
    )
  }
  return 'weekly-monitor-development-secret-not-for-production'
}

export function serverUrl(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
}

function redact(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@')
}

/** The largest upload accepted, in MB (UPLOAD_MAX_MB, default 20). */
export function uploadMaxMegabytes(): number {
  const value = Number(process.env.UPLOAD_MAX_MB)
  return Number.isFinite(value) && value > 0 ? value : 20
}
