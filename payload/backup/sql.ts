/**
 * Plain connections to a SQLite file or a PostgreSQL database, below Payload: a backup counts
 * the rows of its own snapshot, a restore checks that its target is empty before it writes,
 * and db:copy reads and writes whole tables with their ids. Only SQL databases are handled
 * (MongoDB has mongodump and mongorestore).
 */
import { createClient, type Client as LibsqlClient, type InValue } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { BackupError } from './errors'

export type SqlKind = 'sqlite' | 'postgres'
export type Row = Record<string, unknown>

export function sqlKind(url: string): SqlKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://'))
    throw new BackupError(
      'MongoDB databases are not handled here: back them up with mongodump and mongorestore.',
    )
  throw new BackupError(
    `"${redactUrl(url)}" is not a database address: use file:./path/monitor.db (SQLite) or postgres://user@host:5432/db (PostgreSQL).`,
  )
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@')
}

/** The path of a `file:` URL, resolved against the working directory. */
export function sqliteFile(url: string): string {
  return path.resolve(url.slice('file:'.length).split('?')[0] ?? '')
}

/** Our tables that are rebuilt rather than copied (the search index) or SQLite's own. */
export const derivedTable = (name: string) =>
  name.startsWith('search_') || name.startsWith('sqlite_') || name.startsWith('_cf_')

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

export type Column = { name: string; type: string }

export interface SqlDatabase {
  kind: SqlKind
  url: string
  tables(): Promise<string[]>
  columns(table: string): Promise<Column[]>
  primaryKey(table: string): Promise<string[]>
  count(table: string): Promise<number>
  all<T extends Row = Row>(sql: string, args?: unknown[]): Promise<T[]>
  run(sql: string, args?: unknown[]): Promise<number>
  /** Several statements in one transaction; the number of rows they changed. */
  batch(statements: { sql: string; args: unknown[] }[]): Promise<number>
  close(): Promise<void>
}

class SqliteDatabase implements SqlDatabase {
  kind = 'sqlite' as const
  constructor(
    public url: string,
    private client: LibsqlClient,
  ) {}
  async tables() {
    const rows = await this.all<{ name: string }>(
      "select name from sqlite_master where type = 'table' order by name",
    )
    return rows.map((r) => r.name)
  }
  async columns(table: string) {
    const rows = await this.all<{ name: string; type: string }>(
      `select name, type from pragma_table_info(?)`,
      [table],
    )
    return rows.map((r) => ({ name: r.name, type: r.type.toLowerCase() }))
  }
  async primaryKey(table: string) {
    const rows = await this.all<{ name: string; pk: number }>(
      `select name, pk from pragma_table_info(?) where pk > 0 order by pk`,
      [table],
    )
    return rows.map((r) => r.name)
  }
  async count(table: string) {
    const [row] = await this.all<{ n: number }>(`select count(*) as n from ${quoteIdent(table)}`)
    return Number(row?.n ?? 0)
  }
  async all<T extends Row = Row>(sql: string, args: unknown[] = []) {
    const result = await this.client.execute({ sql, args: args as InValue[] })
    return result.rows.map((row) => {
      const out: Row = {}
      for (const column of result.columns) out[column] = row[column]
      return out as T
    })
  }
  async run(sql: string, args: unknown[] = []) {
    return (await this.client.execute({ sql, args: args as InValue[] })).rowsAffected
  }
  async batch(statements: { sql: string; args: unknown[] }[]) {
    if (statements.length === 0) return 0
    const results = await this.client.batch(
      statements.map((s) => ({ sql: s.sql, args: s.args as InValue[] })),
      'write',
    )
    return results.reduce((sum, r) => sum + r.rowsAffected, 0)
  }
  async close() {
    this.client.close()
  }
}

class PostgresDatabase implements SqlDatabase {
  kind = 'postgres' as const
  constructor(
    public url: string,
    private client: pg.Client,
  ) {}
  async tables() {
    const rows = await this.all<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
    )
    return rows.map((r) => r.name)
  }
  async columns(table: string) {
    const rows = await this.all<{ name: string; type: string }>(
      "select column_name as name, data_type as type from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
      [table],
    )
    return rows.map((r) => ({ name: r.name, type: r.type.toLowerCase() }))
  }
  async primaryKey(table: string) {
    const rows = await this.all<{ name: string }>(
      `select a.attname as name from pg_index i
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = $1::regclass and i.indisprimary`,
      [quoteIdent(table)],
    )
    return rows.map((r) => r.name)
  }
  async count(table: string) {
    const [row] = await this.all<{ n: string }>(`select count(*) as n from ${quoteIdent(table)}`)
    return Number(row?.n ?? 0)
  }
  async all<T extends Row = Row>(sql: string, args: unknown[] = []) {
    return (await this.client.query(toPg(sql), args)).rows as T[]
  }
  async run(sql: string, args: unknown[] = []) {
    return (await this.client.query(toPg(sql), args)).rowCount ?? 0
  }
  async batch(statements: { sql: string; args: unknown[] }[]) {
    if (statements.length === 0) return 0
    let changed = 0
    await this.client.query('begin')
    try {
      for (const s of statements)
        changed += (await this.client.query(toPg(s.sql), s.args)).rowCount ?? 0
      await this.client.query('commit')
    } catch (error) {
      await this.client.query('rollback').catch(() => undefined)
      throw error
    }
    return changed
  }
  async close() {
    await this.client.end().catch(() => undefined)
  }
}

/** `?` placeholders (SQLite's) as PostgreSQL's `$n`; our statements have no `?` in strings. */
function toPg(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/**
 * Opens a database. `mustExist` refuses a SQLite file that is not there (libsql would create
 * it); an unreachable PostgreSQL server is refused with one sentence.
 */
export async function openDatabase(
  url: string,
  { mustExist = false }: { mustExist?: boolean } = {},
): Promise<SqlDatabase> {
  const kind = sqlKind(url)
  if (kind === 'sqlite') {
    const file = sqliteFile(url)
    if (mustExist && !fs.existsSync(file))
      throw new BackupError(`There is no SQLite database at ${file}.`)
    if (!fs.existsSync(path.dirname(file)))
      throw new BackupError(`The folder of the SQLite database ${file} does not exist.`)
    const client = createClient({ url: `file:${file}` })
    // A web server or worker may be writing the same file: wait for its lock like they do.
    await client.execute('pragma busy_timeout = 10000')
    return new SqliteDatabase(url, client)
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(
      `Could not connect to the PostgreSQL database ${redactUrl(url)}: ${(error as Error).message}.`,
    )
  }
  return new PostgresDatabase(url, client)
}

/** The names of the migrations a database has applied (Payload's `payload_migrations`). */
export async function appliedMigrations(db: SqlDatabase): Promise<string[]> {
  if (!(await db.tables()).includes('payload_migrations')) return []
  const rows = await db.all<{ name: string }>(
    'select name from payload_migrations where batch > 0 order by name',
  )
  return rows.map((r) => r.name)
}

/** Row counts of every table that is kept (not the search index, which is rebuilt). */
export async function tableCounts(db: SqlDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of await db.tables()) {
    if (derivedTable(table)) continue
    counts[table] = await db.count(table)
  }
  return counts
}
