// Synthetic growth data for `npm run bench`: older and older weeks, each with one analysis
// per topic in English, Belarusian and Russian, written through Payload's Local API (hooks,
// validation, versions: what an editor's publish stores) until the database holds the
// requested number of published analyses. Run with tsx (it resolves the path aliases):
//   tsx scripts/bench/generate.mjs --target 10000 [--parts 2] [--concurrency 1]
// --parts splits the weeks between that many processes (SQLite writes on one thread per
// process; a second process uses the second core); --concurrency writes that many
// analyses of a week at once inside a process (helps PostgreSQL).
import { spawn } from 'node:child_process'

import { getPayload } from 'payload'

import config from '@payload-config'
import { demoWeeks } from '@/payload/seed'
import { paragraphsToLexical, toLexical } from '@/payload/seed/lexical'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : fallback
}
const target = Number(option('target', '100'))
const parts = Math.max(1, Number(option('parts', '1')))
const concurrency = Math.max(1, Number(option('concurrency', '1')))
const plan = option('plan') ? JSON.parse(option('plan')) : null

const LOCALES = ['en', 'be', 'ru']
const TOPICS_PER_WEEK = 5
const common = { overrideAccess: true, context: { seeding: true } }
// What a write returns is not read beyond its id: no relationships populated.
const write = { ...common, depth: 0 }

/** A small deterministic PRNG, so every run generates the same data. */
function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Runs fn over items with at most `limit` in flight. */
async function pool(items, limit, fn) {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      await fn(items[index], index)
    }
  })
  await Promise.all(workers)
}

const addDays = (day, days) => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const payload = await getPayload({ config })
const started = Date.now()
const children = []
const stopChildren = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('SIGTERM', () => {
  stopChildren()
  process.exit(143)
})

/** Runs one SQL statement on this process's connection, SQLite or PostgreSQL. */
async function rawSql(text) {
  if (payload.db.name === 'sqlite') return (await payload.db.client.execute(text)).rows
  return (await payload.db.pool.query(text)).rows
}

/**
 * Payload's generated schema gives each `*_locales` table one index, (_locale, _parent_id),
 * which a lookup by _parent_id alone cannot use; the project adds a plain _parent_id index in
 * the migration `…_locales_parent_index`. On a schema without it every write of a localized
 * document scans its collection's and its versions' locales tables and generating 10 000
 * analyses grows quadratically, so while generating this adds such an index where none
 * exists and drops it again before anything is measured: what is measured is the
 * project's own schema (see bench/README.md).
 */
const TEMP_INDEX_PREFIX = 'bench_tmp_'
async function localesTables() {
  const rows =
    payload.db.name === 'sqlite'
      ? await rawSql(
          "select name from sqlite_master where type = 'table' and name like '%_locales'",
        )
      : await rawSql(
          "select table_name as name from information_schema.columns where column_name = '_parent_id' and table_name like '%_locales' and table_schema = current_schema()",
        )
  return rows.map((row) => row.name)
}
/** Whether the table already has an index that starts with _parent_id (the project's fix). */
async function hasParentIndex(table) {
  const definitions =
    payload.db.name === 'sqlite'
      ? (
          await rawSql(
            `select sql as def from sqlite_master where type = 'index' and tbl_name = '${table}' and sql is not null`,
          )
        ).map((row) => row.def)
      : (await rawSql(`select indexdef as def from pg_indexes where tablename = '${table}'`)).map(
          (row) => row.def,
        )
  return definitions.some((def) => /\(\s*[`"]?_parent_id[`"]?\s*[,)]/.test(def))
}
async function addTemporaryIndexes() {
  for (const table of await localesTables()) {
    if (await hasParentIndex(table)) continue
    await rawSql(
      `create index if not exists "${TEMP_INDEX_PREFIX}${table}" on "${table}" ("_parent_id")`,
    )
  }
}
async function dropTemporaryIndexes() {
  for (const table of await localesTables())
    await rawSql(`drop index if exists "${TEMP_INDEX_PREFIX}${table}"`)
}

try {
  if (payload.db.name === 'sqlite') {
    // Only how this connection waits: every statement commits on its own here and waiting
    // for each fsync dominated; the rows written are the same. Two writer processes take
    // turns on the file's lock.
    await payload.db.client.execute('PRAGMA synchronous = OFF')
    // A rollback journal in memory only where the file is not in WAL mode (leaving WAL
    // would change the file for the server too).
    const mode = (await payload.db.client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode
    if (mode !== 'wal') await payload.db.client.execute('PRAGMA journal_mode = MEMORY')
    await payload.db.client.execute('PRAGMA busy_timeout = 30000')
  }
  const countPublished = async () =>
    (
      await payload.count({
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        overrideAccess: true,
      })
    ).totalDocs

  let work = plan
  if (!work) {
    await addTemporaryIndexes()
    const have = await countPublished()
    const oldest = await payload.find({
      collection: 'weeks',
      sort: 'startDate',
      limit: 1,
      depth: 0,
      ...common,
    })
    const from = oldest.docs[0]?.startDate?.slice(0, 10) ?? '2026-11-23'
    const missing = Math.max(0, target - have)
    // Week i (0 = the week before the oldest one) gets up to five analyses.
    const weeks = Array.from({ length: Math.ceil(missing / TOPICS_PER_WEEK) }, (_, i) => ({
      start: addDays(from, -7 * (i + 1)),
      count: Math.min(TOPICS_PER_WEEK, missing - i * TOPICS_PER_WEEK),
      seed: i,
    }))
    work = { have, weeks: weeks.filter((_, i) => i % parts === 0) }
    for (let part = 1; part < parts && weeks.length > part; part++) {
      const share = { have, weeks: weeks.filter((_, i) => i % parts === part) }
      const child = spawn(
        process.execPath,
        [...process.execArgv, process.argv[1], '--plan', JSON.stringify(share)],
        { env: process.env, stdio: ['ignore', 'inherit', 'inherit'] },
      )
      children.push(child)
    }
  }

  const [topics, analysts, media] = await Promise.all([
    payload.find({ collection: 'topics', sort: 'order', limit: 50, depth: 0, ...common }),
    payload.find({ collection: 'analysts', limit: 50, depth: 0, ...common }),
    payload.find({
      collection: 'media',
      where: { caption: { exists: true } },
      limit: 200,
      depth: 0,
      ...common,
    }),
  ])
  const topicId = new Map(topics.docs.map((t) => [t.slug, t.id]))
  const analystId = new Map(analysts.docs.map((a) => [a.slug, a.id]))
  const images = media.docs.map((m) => m.id)
  // Templates: the demo analyses written in all three languages, grouped by topic.
  const byTopic = new Map()
  for (const week of demoWeeks)
    for (const a of week.articles)
      if (LOCALES.every((l) => a.text[l]))
        byTopic.set(a.topic, [...(byTopic.get(a.topic) ?? []), a])
  const topicOrder = topics.docs.map((t) => t.slug).filter((slug) => byTopic.has(slug))
  const summaries = demoWeeks.filter((w) => LOCALES.every((l) => w.summary[l]))
  const verdicts = ['improved', 'unchanged', 'worsened']

  let created = 0
  let lastReport = Date.now()
  for (const { start, count, seed } of work.weeks) {
    const random = prng(20230213 + seed)
    const template = summaries[Math.floor(random() * summaries.length)]
    const week = await payload.create({
      collection: 'weeks',
      locale: 'en',
      data: {
        startDate: start,
        summary: paragraphsToLexical(template.summary.en),
        _status: 'published',
      },
      ...write,
    })
    for (const locale of ['be', 'ru']) {
      await payload.update({
        collection: 'weeks',
        id: week.id,
        locale,
        data: { summary: paragraphsToLexical(template.summary[locale]), _status: 'published' },
        ...write,
      })
    }
    const publishedAt = new Date(`${addDays(start, 7)}T09:00:00.000Z`).toISOString()
    const todo = topicOrder.slice(0, count).map((topic) => {
      const options = byTopic.get(topic)
      return {
        topic,
        source: options[Math.floor(random() * options.length)],
        verdict: verdicts[Math.floor(random() * verdicts.length)],
        image: images.length ? images[Math.floor(random() * images.length)] : undefined,
      }
    })
    await pool(todo, concurrency, async ({ topic, source, verdict, image }) => {
      const suffix = ` (${start})`
      const en = source.text.en
      const doc = await payload.create({
        collection: 'articles',
        locale: 'en',
        data: {
          title: en.title + suffix,
          slug: `${source.slug}-${start}`,
          lead: en.lead,
          keyPoints: en.keyPoints.map((point) => ({ point })),
          body: toLexical(en.body),
          week: week.id,
          topic: topicId.get(topic),
          verdict,
          authors: source.authors.map((slug) => analystId.get(slug)).filter(Boolean),
          heroImage: image,
          publishedAt,
          _status: 'published',
        },
        ...write,
      })
      for (const locale of ['be', 'ru']) {
        const text = source.text[locale]
        await payload.update({
          collection: 'articles',
          id: doc.id,
          locale,
          data: {
            title: text.title + suffix,
            lead: text.lead,
            keyPoints: text.keyPoints.map((point) => ({ point })),
            body: toLexical(text.body),
            _status: 'published',
          },
          ...write,
        })
      }
    })
    created += todo.length
    if (!plan && Date.now() - lastReport > 15_000) {
      lastReport = Date.now()
      const seconds = (Date.now() - started) / 1000
      console.log(
        `PROGRESS ${JSON.stringify({ created: created * parts, target, perSecond: Number(((created * parts) / seconds).toFixed(1)) })}`,
      )
    }
  }
  const failed = await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve),
        ),
    ),
  )
  if (failed.some((code) => code !== 0)) throw new Error(`a generator part exited with ${failed}`)
  if (!plan) {
    await dropTemporaryIndexes()
    const have = await countPublished()
    console.log(`GENERATED ${JSON.stringify({ target, have, ms: Date.now() - started, parts })}`)
    if (have < target) throw new Error(`only ${have} of ${target} analyses were generated`)
  }
} catch (error) {
  stopChildren()
  console.error(error)
  if (!plan) await dropTemporaryIndexes().catch(() => {})
  await payload.destroy()
  process.exit(1)
}
await payload.destroy()
process.exit(0)
