/**
 * `npm run db:copy`: every table of one SQL database copied into another whose schema is made
 * by the same migrations (SQLite and PostgreSQL have the same tables and columns). Rows keep
 * their ids, so relationships, versions, per-language drafts, password hashes, subscriber
 * tokens and waiting jobs arrive as they were. Rows go in below Payload: no hook runs, so
 * nothing is revalidated, indexed, queued or mailed by the copy (the search index is rebuilt
 * afterwards). A row whose key is already in the target is left alone, so an interrupted
 * copy is finished by running it again and a second run changes nothing.
 */
import { BackupError } from './errors'
import { derivedTable, quoteIdent, type Column, type Row, type SqlDatabase } from './sql'

/** Payload's record of the target's own migrations: the target applies them itself. */
const notCopied = (table: string) => derivedTable(table) || table === 'payload_migrations'

export type TableReport = { table: string; source: number; target: number; inserted: number }
export type CopyProgress = (table: string, done: number, total: number) => void

/** Foreign keys between tables, so parents are written before the rows that point to them. */
async function dependencies(db: SqlDatabase, table: string): Promise<string[]> {
  if (db.kind === 'sqlite') {
    const rows = await db.all<{ table: string }>(
      'select "table" as "table" from pragma_foreign_key_list(?)',
      [table],
    )
    return rows.map((r) => r.table)
  }
  const rows = await db.all<{ parent: string }>(
    `select confrelid::regclass::text as parent from pg_constraint
      where contype = 'f' and conrelid = ?::regclass`,
    [quoteIdent(table)],
  )
  return rows.map((r) => r.parent.replace(/^"|"$/g, ''))
}

async function insertOrder(target: SqlDatabase, tables: string[]): Promise<string[]> {
  const wanted = new Set(tables)
  const deps = new Map<string, string[]>()
  for (const t of tables)
    deps.set(
      t,
      (await dependencies(target, t)).filter((d) => d !== t && wanted.has(d)),
    )
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (t: string) => {
    if (state.get(t) === 'done') return
    // A cycle of foreign keys (none in this schema today) is written in name order.
    if (state.get(t) === 'visiting') return
    state.set(t, 'visiting')
    for (const d of deps.get(t) ?? []) visit(d)
    state.set(t, 'done')
    order.push(t)
  }
  for (const t of [...tables].sort()) visit(t)
  return order
}

/** A value read from one database as the other stores it. */
function convert(value: unknown, column: Column, target: SqlDatabase['kind']): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (typeof value === 'bigint') return value.toString()
  if (target === 'sqlite') {
    // Payload's SQLite columns hold dates as ISO text, booleans as 0/1 and JSON as text.
    if (value instanceof Date) return value.toISOString()
    if (typeof value === 'boolean') return value ? 1 : 0
    if (typeof value === 'object' && !Buffer.isBuffer(value)) return JSON.stringify(value)
    return value
  }
  if (value instanceof Date || Buffer.isBuffer(value)) return value
  // pg would send a JS array as a PostgreSQL array, not JSON.
  if (typeof value === 'object') return JSON.stringify(value)
  if (column.type === 'boolean' && typeof value === 'number') return value !== 0
  return value
}

export async function copyTables(
  source: SqlDatabase,
  target: SqlDatabase,
  { onProgress, pageSize = 500 }: { onProgress?: CopyProgress; pageSize?: number } = {},
): Promise<TableReport[]> {
  const sourceTables = (await source.tables()).filter((t) => !notCopied(t))
  const targetTables = new Set(await target.tables())
  const missing = sourceTables.filter((t) => !targetTables.has(t))
  if (missing.length)
    throw new BackupError(
      `The target has no table ${missing.join(', ')}: both databases must be at the same migrations (run npm run migrate on the source).`,
    )
  const reports: TableReport[] = []
  for (const table of await insertOrder(target, sourceTables)) {
    const targetColumns = new Map((await target.columns(table)).map((c) => [c.name, c]))
    const columns = (await source.columns(table))
      .map((c) => targetColumns.get(c.name))
      .filter((c): c is Column => Boolean(c))
    const key = await source.primaryKey(table)
    const total = await source.count(table)
    const before = await target.count(table)
    const names = columns.map((c) => quoteIdent(c.name)).join(', ')
    const rowsPerInsert = Math.max(1, Math.min(pageSize, Math.floor(30_000 / columns.length)))
    let done = 0
    let inserted = 0
    let last: unknown = undefined
    onProgress?.(table, 0, total)
    for (;;) {
      let rows: Row[]
      if (key.length === 1) {
        // Keyset paging on the primary key: each page costs the same however far in.
        const k = quoteIdent(key[0]!)
        rows = await source.all(
          `select ${names} from ${quoteIdent(table)} ${last === undefined ? '' : `where ${k} > ?`} order by ${k} limit ${pageSize}`,
          last === undefined ? [] : [last],
        )
        if (rows.length) last = rows[rows.length - 1]![key[0]!]
      } else {
        const order = key.length ? key.map(quoteIdent).join(', ') : names
        rows = await source.all(
          `select ${names} from ${quoteIdent(table)} order by ${order} limit ${pageSize} offset ${done}`,
        )
      }
      if (rows.length === 0) break
      const statements: { sql: string; args: unknown[] }[] = []
      for (let i = 0; i < rows.length; i += rowsPerInsert) {
        const chunk = rows.slice(i, i + rowsPerInsert)
        const tuple = `(${columns.map(() => '?').join(', ')})`
        const args = chunk.flatMap((row) =>
          columns.map((c) => convert(row[c.name], c, target.kind)),
        )
        statements.push({
          sql:
            target.kind === 'sqlite'
              ? `insert or ignore into ${quoteIdent(table)} (${names}) values ${chunk.map(() => tuple).join(', ')}`
              : `insert into ${quoteIdent(table)} (${names}) values ${chunk.map(() => tuple).join(', ')} on conflict do nothing`,
          args,
        })
      }
      inserted += await target.batch(statements)
      done += rows.length
      onProgress?.(table, done, total)
      if (rows.length < pageSize) break
    }
    reports.push({ table, source: total, target: before + inserted, inserted })
  }
  if (target.kind === 'postgres') await resetSequences(target, sourceTables)
  // Counted again at the end: what the operator compares.
  for (const report of reports) report.target = await target.count(report.table)
  return reports
}

/** Serial ids continue after the copied ones, or the next new document would collide. */
async function resetSequences(target: SqlDatabase, tables: string[]) {
  for (const table of tables) {
    for (const { name } of await target.columns(table)) {
      const [row] = await target.all<{ seq: string | null }>(
        'select pg_get_serial_sequence(?, ?) as seq',
        [quoteIdent(table), name],
      )
      if (!row?.seq) continue
      await target.all(
        `select setval(?, coalesce((select max(${quoteIdent(name)}) from ${quoteIdent(table)}), 1), (select count(*) > 0 from ${quoteIdent(table)}))`,
        [row.seq],
      )
    }
  }
}
