import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'
import { lexicalToPlainText } from '@/payload/utilities/lexicalText'

import {
  PG_CONFIG,
  POSTGRES_SEARCH_SCHEMA,
  SQLITE_SEARCH_META_INDEX,
  SQLITE_SEARCH_SCHEMA,
} from './schema'
import {
  ftsMatch,
  MARK_END,
  MARK_START,
  mongoTextSearch,
  type ParsedQuery,
  partsFromMarked,
  type SearchLocale,
  snippet,
  type SnippetPart,
  stemmedText,
  stripMarks,
  tsQuery,
} from './text'

export const SEARCH_LOCALES: SearchLocale[] = ['en', 'be', 'ru']
const DAY_MS = 86_400_000

type SQL = ReturnType<typeof sql.raw>
type Dialect = 'sqlite' | 'postgres' | 'mongodb'
type Runner = {
  run?: (query: SQL) => Promise<{ rows: unknown[] }>
  execute?: (query: SQL) => Promise<{ rows: unknown[] }>
}
type Id = number | string

export function dialectOf(payload: Payload): Dialect {
  const name = payload.db.name
  if (name === 'sqlite') return 'sqlite'
  if (name === 'postgres') return 'postgres'
  return 'mongodb'
}

/** The connection of the request's transaction when there is one, else the adapter's. */
async function runnerFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Runner> {
  const adapter = payload.db as unknown as {
    drizzle: Runner
    sessions?: Record<string, { db: Runner }>
  }
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

async function query<T>(
  payload: Payload,
  statement: SQL,
  req?: Partial<PayloadRequest>,
): Promise<T[]> {
  const db = await runnerFor(payload, req)
  const result = db.run ? await db.run(statement) : await db.execute!(statement)
  return result.rows as T[]
}

const ensured = new WeakMap<Payload, Promise<void>>()

/**
 * Creates the index's tables where the migrations did not (a schema pushed by `next dev`);
 * once per process.
 */
export function ensureSearchSchema(payload: Payload, req?: Partial<PayloadRequest>): Promise<void> {
  let done = ensured.get(payload)
  if (!done) {
    done = (async () => {
      const dialect = dialectOf(payload)
      if (dialect === 'mongodb') {
        await mongoCollection(payload).createIndex(
          { title: 'text', lead: 'text', body: 'text' },
          {
            name: 'search_text',
            weights: { title: 10, lead: 4, body: 1 },
            default_language: 'none',
            language_override: 'language',
          },
        )
        await mongoCollection(payload).createIndex(
          { articleId: 1, locale: 1 },
          { unique: true, name: 'search_article_locale' },
        )
        return
      }
      const exists =
        dialect === 'sqlite'
          ? await query<{ n: number }>(
              payload,
              sql`select count(*) as n from sqlite_master where name = 'search_fts'`,
              req,
            )
          : await query<{ n: number }>(
              payload,
              sql`select count(*)::int as n from pg_tables where tablename = 'search_documents' and schemaname = current_schema()`,
              req,
            )
      if (Number(exists[0]?.n) > 0) {
        // Tables made before the index existed (a pushed development database).
        if (dialect === 'sqlite') await query(payload, sql.raw(SQLITE_SEARCH_META_INDEX), req)
        return
      }
      for (const statement of dialect === 'sqlite' ? SQLITE_SEARCH_SCHEMA : POSTGRES_SEARCH_SCHEMA)
        await query(payload, sql.raw(statement), req)
    })()
    ensured.set(payload, done)
    done.catch(() => ensured.delete(payload))
  }
  return done
}

function mongoCollection(payload: Payload) {
  return (payload.db as unknown as MongooseAdapter).connection.collection('search_documents')
}

/** What the index holds for one analysis in one language. */
export type SearchDocument = {
  articleId: Id
  locale: SearchLocale
  slug: string
  title: string
  lead: string
  body: string
  topicId: Id | null
  verdict: string | null
  weekStart: string | null
  weekDay: number | null
  publishedAt: string | null
}

const dayOf = (iso: string | null | undefined): number | null =>
  iso ? Math.floor(Date.parse(iso.slice(0, 10)) / DAY_MS) : null

type Localized<T> = Partial<Record<SearchLocale, T>>

/**
 * The languages an analysis is published in, read from its published document: a language
 * counts when the published version has a title in it (as for anonymous readers).
 */
async function publishedDocuments(
  payload: Payload,
  id: Id,
  req?: Partial<PayloadRequest>,
): Promise<SearchDocument[]> {
  const doc = (await payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    draft: false,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
    ...(req ? { req } : {}),
    select: {
      title: true,
      lead: true,
      keyPoints: true,
      body: true,
      slug: true,
      topic: true,
      verdict: true,
      weekStart: true,
      publishedAt: true,
      _status: true,
    },
  })) as unknown as
    | (Omit<Article, 'title' | 'lead' | 'keyPoints' | 'body'> & {
        title?: Localized<string>
        lead?: Localized<string>
        keyPoints?: Localized<Article['keyPoints']>
        body?: Localized<Article['body']>
      })
    | null
  if (!doc || doc._status !== 'published' || !doc.slug) return []
  const topic = doc.topic as unknown
  const topicId =
    topic && typeof topic === 'object' ? (topic as { id: Id }).id : ((topic as Id) ?? null)
  return SEARCH_LOCALES.filter((locale) => doc.title?.[locale]).map((locale) => ({
    articleId: doc.id,
    locale,
    slug: doc.slug as string,
    title: stripMarks(doc.title?.[locale] ?? ''),
    lead: stripMarks(doc.lead?.[locale] ?? ''),
    body: stripMarks(
      [
        ...(doc.keyPoints?.[locale] ?? []).map((p) => p.point),
        lexicalToPlainText(doc.body?.[locale]),
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    topicId,
    verdict: doc.verdict ?? null,
    weekStart: doc.weekStart ? doc.weekStart.slice(0, 10) : null,
    weekDay: dayOf(doc.weekStart),
    publishedAt: doc.publishedAt ?? null,
  }))
}

async function deleteRows(payload: Payload, id: Id, req?: Partial<PayloadRequest>) {
  switch (dialectOf(payload)) {
    case 'sqlite':
      await query(
        payload,
        sql`delete from search_fts where rowid in (select id from search_documents where article_id = ${id})`,
        req,
      )
      await query(payload, sql`delete from search_documents where article_id = ${id}`, req)
      return
    case 'postgres':
      await query(payload, sql`delete from search_documents where article_id = ${id}`, req)
      return
    case 'mongodb':
      await mongoCollection(payload).deleteMany({ articleId: String(id) })
  }
}

async function insertRow(payload: Payload, d: SearchDocument, req?: Partial<PayloadRequest>) {
  switch (dialectOf(payload)) {
    case 'sqlite': {
      const [row] = await query<{ id: number }>(
        payload,
        sql`insert into search_documents (article_id, locale, slug, title, lead, body, topic_id, verdict, week_start, week_day, published_at)
          values (${d.articleId}, ${d.locale}, ${d.slug}, ${d.title}, ${d.lead}, ${d.body}, ${d.topicId}, ${d.verdict}, ${d.weekStart}, ${d.weekDay}, ${d.publishedAt})
          returning id`,
        req,
      )
      await query(
        payload,
        sql`insert into search_fts (rowid, locale, title, lead, body) values (${row!.id}, ${d.locale},
          ${stemmedText(d.title, d.locale)}, ${stemmedText(d.lead, d.locale)}, ${stemmedText(d.body, d.locale)})`,
        req,
      )
      return
    }
    case 'postgres': {
      const config = PG_CONFIG[d.locale]
      await query(
        payload,
        sql`insert into search_documents (article_id, locale, slug, title, lead, body, topic_id, verdict, week_start, week_day, published_at, tsv)
          values (${d.articleId}, ${d.locale}, ${d.slug}, ${d.title}, ${d.lead}, ${d.body}, ${d.topicId}, ${d.verdict}, ${d.weekStart}, ${d.weekDay}, ${d.publishedAt},
            setweight(to_tsvector(${config}::regconfig, ${d.title}), 'A') ||
            setweight(to_tsvector(${config}::regconfig, ${d.lead}), 'B') ||
            setweight(to_tsvector(${config}::regconfig, ${d.body}), 'C'))`,
        req,
      )
      return
    }
    case 'mongodb':
      await mongoCollection(payload).insertOne({
        ...d,
        articleId: String(d.articleId),
        topicId: d.topicId === null ? null : String(d.topicId),
        language: d.locale === 'en' ? 'english' : d.locale === 'ru' ? 'russian' : 'none',
      })
  }
}

/**
 * Which languages readers can read the analysis in (Articles' hidden `availableIn`), written
 * straight to its row: the same published versions the index holds, in the same transaction,
 * and no Payload write (whose hooks would index it again).
 */
async function storeAvailableLanguages(
  payload: Payload,
  id: Id,
  locales: SearchLocale[],
  req?: Partial<PayloadRequest>,
) {
  const has = (locale: SearchLocale) => locales.includes(locale)
  switch (dialectOf(payload)) {
    case 'sqlite':
      await query(
        payload,
        sql`update articles set available_in_en = ${has('en') ? 1 : 0}, available_in_be = ${has('be') ? 1 : 0}, available_in_ru = ${has('ru') ? 1 : 0} where id = ${id}`,
        req,
      )
      return
    case 'postgres':
      await query(
        payload,
        sql`update articles set available_in_en = ${has('en')}, available_in_be = ${has('be')}, available_in_ru = ${has('ru')} where id = ${id}`,
        req,
      )
      return
    case 'mongodb':
      // Mongoose casts the id to the collection's ObjectId.
      await (payload.db as unknown as MongooseAdapter).collections.articles.updateOne(
        { _id: id },
        {
          $set: {
            'availableIn.en': has('en'),
            'availableIn.be': has('be'),
            'availableIn.ru': has('ru'),
          },
        },
      )
  }
}

/**
 * Brings one analysis' entries up to date with what is published: called by the Articles
 * hooks inside the write's transaction, so the index changes exactly when the content does.
 */
export async function indexArticle(
  payload: Payload,
  id: Id,
  req?: Partial<PayloadRequest>,
): Promise<number> {
  await ensureSearchSchema(payload, req)
  const documents = await publishedDocuments(payload, id, req)
  await storeAvailableLanguages(
    payload,
    id,
    documents.map((d) => d.locale),
    req,
  )
  if (dialectOf(payload) === 'mongodb') {
    await deleteRows(payload, id, req)
    for (const d of documents) await insertRow(payload, d, req)
    return documents.length
  }
  // Only the languages whose entry changed are written: saving one translation leaves the
  // other two rows alone (on PostgreSQL every rewritten row is a dead tuple that searches
  // step over until a vacuum, and an analysis is saved once per language it is published in).
  const stored = await query<StoredRow>(
    payload,
    sql`select id, locale, slug, title, lead, body, topic_id, verdict, week_start, week_day, published_at
      from search_documents where article_id = ${id}`,
    req,
  )
  const wanted = new Map(documents.map((d) => [d.locale, d]))
  for (const row of stored) {
    const d = wanted.get(row.locale)
    if (d && sameEntry(row, d)) wanted.delete(row.locale)
    else await deleteRow(payload, row.id, req)
  }
  for (const d of wanted.values()) await insertRow(payload, d, req)
  return documents.length
}

type StoredRow = {
  id: number
  locale: SearchLocale
  slug: string
  title: string
  lead: string
  body: string
  topic_id: Id | null
  verdict: string | null
  week_start: string | null
  week_day: number | null
  published_at: string | null
}

const sameEntry = (row: StoredRow, d: SearchDocument): boolean =>
  row.slug === d.slug &&
  row.title === d.title &&
  row.lead === d.lead &&
  row.body === d.body &&
  String(row.topic_id ?? '') === String(d.topicId ?? '') &&
  (row.verdict ?? null) === d.verdict &&
  (row.week_start ?? null) === d.weekStart &&
  (row.week_day === null ? null : Number(row.week_day)) === d.weekDay &&
  (row.published_at ?? null) === d.publishedAt

/** One language's entry of an analysis (SQL databases). */
async function deleteRow(payload: Payload, rowId: number, req?: Partial<PayloadRequest>) {
  if (dialectOf(payload) === 'sqlite')
    await query(payload, sql`delete from search_fts where rowid = ${rowId}`, req)
  await query(payload, sql`delete from search_documents where id = ${rowId}`, req)
}

export async function removeArticle(
  payload: Payload,
  id: Id,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  await ensureSearchSchema(payload, req)
  await deleteRows(payload, id, req)
}

/**
 * Rebuilds the index from the published analyses, in id order, `batch` at a time. Each
 * analysis is replaced whole, so running it again gives the same index; the last id done
 * is kept, so a run that stopped resumes where it was (`fresh` starts over and also drops
 * entries of analyses that no longer exist).
 */
export async function reindexSearch(
  payload: Payload,
  {
    fresh = false,
    batch = 100,
    req,
    onProgress,
  }: {
    fresh?: boolean
    batch?: number
    req?: Partial<PayloadRequest>
    onProgress?: (done: number, total: number) => void
  } = {},
): Promise<{ analyses: number; entries: number }> {
  await ensureSearchSchema(payload, req)
  const dialect = dialectOf(payload)
  let after: Id | null = null
  if (dialect !== 'mongodb') {
    const [state] = await query<{ last_article_id: number | null }>(
      payload,
      sql`select last_article_id from search_reindex_state where id = 1`,
      req,
    )
    if (fresh || !state) {
      if (dialect === 'sqlite') {
        await query(payload, sql`delete from search_fts`, req)
        await query(payload, sql`delete from search_documents`, req)
      } else {
        // A delete would leave every old entry behind as a dead row until a vacuum, for
        // every search to step over.
        await query(payload, sql`truncate search_documents`, req)
      }
      await query(payload, sql`delete from search_reindex_state`, req)
      await query(
        payload,
        sql`insert into search_reindex_state (id, last_article_id, started_at) values (1, null, ${new Date().toISOString()})`,
        req,
      )
    } else {
      after = state.last_article_id
    }
  } else if (fresh) {
    await mongoCollection(payload).deleteMany({})
  }
  const total = (
    await payload.count({ collection: 'articles', overrideAccess: true, ...(req ? { req } : {}) })
  ).totalDocs
  let analyses = 0
  let entries = 0
  for (;;) {
    const { docs }: { docs: { id: Id }[] } = await payload.find({
      collection: 'articles',
      where: after === null ? {} : { id: { greater_than: after } },
      sort: 'id',
      limit: batch,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { slug: true },
      ...(req ? { req } : {}),
    })
    if (docs.length === 0) break
    for (const doc of docs) {
      entries += await indexArticle(payload, doc.id, req)
      analyses++
    }
    after = docs[docs.length - 1]!.id
    if (dialect !== 'mongodb')
      await query(
        payload,
        sql`update search_reindex_state set last_article_id = ${after} where id = 1`,
        req,
      )
    onProgress?.(analyses, total)
  }
  if (dialect !== 'mongodb') {
    // Finished: the next run starts over rather than resuming from the end.
    await query(payload, sql`delete from search_reindex_state`, req)
    // The planner's figures for the rebuilt index, without waiting for autovacuum (which
    // an operator may have turned off).
    if (dialect === 'postgres') await query(payload, sql`analyze search_documents`, req)
  }
  return { analyses, entries }
}

export type SearchFilters = {
  topicId?: Id | null
  verdict?: string | null
  /** Inclusive day numbers (days since 1970-01-01) of the week's start. */
  fromDay?: number | null
  toDay?: number | null
}

export type SearchRequest = SearchFilters & {
  locale: SearchLocale
  query: ParsedQuery
  sort: 'relevance' | 'date'
  page: number
  perPage: number
}

export type SearchIndexHit = {
  articleId: Id
  slug: string
  title: string
  verdict: string | null
  weekStart: string | null
  topicId: Id | null
  snippet: SnippetPart[]
}

export type FacetRow = { topicId: Id | null; verdict: string | null; year: string; n: number }

export type SearchIndexResult = {
  /** Matches with every filter applied. */
  total: number
  /** Matches by topic, verdict and year, with only the date range applied. */
  facets: FacetRow[]
  hits: SearchIndexHit[]
  /** The page shown: a page past the end shows the last one. */
  page: number
  totalPages: number
}

/**
 * Recency weighs 30% of a result's score with a one-year half-life, so of two equally
 * relevant analyses the newer comes first while a clearly better match from years ago
 * still beats a passing mention this week.
 */
const RECENCY_SHARE = 0.3

export async function searchIndex(payload: Payload, r: SearchRequest): Promise<SearchIndexResult> {
  await ensureSearchSchema(payload)
  const today = Math.floor(Date.now() / DAY_MS)
  switch (dialectOf(payload)) {
    case 'sqlite':
      return searchSqlite(payload, r, today)
    case 'postgres':
      return searchPostgres(payload, r, today)
    case 'mongodb':
      return searchMongo(payload, r)
  }
}

const filterSql = (r: SearchFilters, withFacets: boolean) => {
  const parts: SQL[] = []
  if (r.fromDay != null) parts.push(sql` and d.week_day >= ${r.fromDay}`)
  if (r.toDay != null) parts.push(sql` and d.week_day <= ${r.toDay}`)
  if (!withFacets) {
    if (r.topicId != null) parts.push(sql` and d.topic_id = ${r.topicId}`)
    if (r.verdict) parts.push(sql` and d.verdict = ${r.verdict}`)
  }
  return sql.join(parts, sql``)
}

function paging(facets: FacetRow[], r: SearchRequest) {
  const total = facets
    .filter(
      (f) =>
        (r.topicId == null || String(f.topicId) === String(r.topicId)) &&
        (!r.verdict || f.verdict === r.verdict),
    )
    .reduce((sum, f) => sum + f.n, 0)
  const totalPages = Math.ceil(total / r.perPage)
  const page = Math.max(1, Math.min(r.page, totalPages))
  return { total, totalPages, page, offset: (page - 1) * r.perPage }
}

/** What a result shows of its analysis, as the SQL tables name it. */
type HitFields = {
  article_id: Id
  slug: string
  title: string
  verdict: string | null
  week_start: string | null
  topic_id: Id | null
}

type HitRow = HitFields & { lead: string; body: string }

/** A filter count as SQL returns it. */
type FacetSqlRow = { topic_id: Id | null; verdict: string | null; year: string; n: number }

const facetRows = (rows: FacetSqlRow[]) =>
  rows.map((f) => ({
    topicId: f.topic_id,
    verdict: f.verdict,
    year: String(f.year ?? ''),
    n: Number(f.n),
  }))

/** Facet rows from `topic verdict year` keys joined by `;` (topic ids are integers). */
function countFacetKeys(keys: string | null): FacetRow[] {
  const counts = new Map<string, number>()
  if (keys) for (const key of keys.split(';')) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts].map(([key, n]) => {
    const [topic = '', verdict = '', year = ''] = key.split(' ')
    return { topicId: topic ? Number(topic) : null, verdict: verdict || null, year, n }
  })
}

async function searchSqlite(payload: Payload, r: SearchRequest, today: number) {
  const match = ftsMatch(r.query, r.locale)
  // bm25 is lower for better matches; weights: locale (never matched on) 0, title 10, lead 4, body 1.
  const relevance = sql`(-bm25(search_fts, 0.0, 10.0, 4.0, 1.0))`
  // SQLite groups by sorting every match (half the time of the whole search at thousands of
  // matches): the matches' keys come back as one string and are counted here instead.
  const [keys] = await query<{ keys: string | null }>(
    payload,
    sql`select group_concat(coalesce(d.topic_id, '') || ' ' || coalesce(d.verdict, '') || ' ' || coalesce(substr(d.week_start, 1, 4), ''), ';') as keys
      from search_fts join search_documents d indexed by search_documents_meta_idx
        on d.id = search_fts.rowid
      where search_fts match ${match}${filterSql(r, true)}`,
  )
  const facets = countFacetKeys(keys?.keys ?? null)
  const { total, totalPages, page, offset } = paging(facets, r)
  if (total === 0) return { total, facets, hits: [], page: 1, totalPages: 0 }
  const order =
    r.sort === 'date'
      ? sql`d.week_start desc, d.published_at desc, d.id desc`
      : sql`${relevance} * (${1 - RECENCY_SHARE} + ${RECENCY_SHARE} / (1.0 + max(0, ${today} - coalesce(d.week_day, 0)) / 365.0)) desc, d.week_start desc, d.id desc`
  // Every match is ranked from the narrow index; only the page's rows are then read whole.
  const ranked = await query<{ id: number }>(
    payload,
    sql`select d.id
      from search_fts join search_documents d indexed by search_documents_meta_idx
        on d.id = search_fts.rowid
      where search_fts match ${match}${filterSql(r, false)}
      order by ${order}
      limit ${r.perPage} offset ${offset}`,
  )
  const position = new Map(ranked.map((row, i) => [Number(row.id), i]))
  const rows = ranked.length
    ? (
        await query<HitRow & { id: number }>(
          payload,
          sql`select id, article_id, slug, title, lead, body, verdict, week_start, topic_id
            from search_documents where id in ${ranked.map((row) => row.id)}`,
        )
      ).sort((a, b) => position.get(Number(a.id))! - position.get(Number(b.id))!)
    : []
  return {
    total,
    facets,
    page,
    totalPages,
    hits: rows.map((row) => toHit(row, snippetOf(row, r))),
  }
}

function snippetOf(row: HitRow, r: SearchRequest): SnippetPart[] {
  const inLead = snippet(row.lead, r.query, r.locale)
  if (inLead.some((p) => p.match) || !row.body) return inLead
  const inBody = snippet(row.body, r.query, r.locale)
  return inBody.some((p) => p.match) ? inBody : inLead
}

const toHit = (row: HitFields, parts: SnippetPart[]): SearchIndexHit => ({
  articleId: row.article_id,
  slug: row.slug,
  title: row.title,
  verdict: row.verdict,
  weekStart: row.week_start,
  topicId: row.topic_id,
  snippet: parts,
})

/** The language as a literal (never a parameter): the planner picks its partial GIN index. */
const PG_LOCALE = {
  en: sql.raw(`'en'`),
  be: sql.raw(`'be'`),
  ru: sql.raw(`'ru'`),
} as const

/**
 * One statement, one pass over the matches: each is read once (its topic, verdict and date
 * for the counts, its vector for the rank), and only the page's rows are read whole and given
 * a headline. Two statements, counts then ranking, read every match twice: at 10 000 analyses
 * a common word is in thousands of them.
 */
async function searchPostgres(
  payload: Payload,
  r: SearchRequest,
  today: number,
): Promise<SearchIndexResult> {
  const config = PG_CONFIG[r.locale]
  const locale = PG_LOCALE[r.locale]
  // A constant the planner folds: the partial GIN index of the language applies to it.
  const tsq = sql`to_tsquery(${config}::regconfig, ${tsQuery(r.query, r.locale)})`
  // Weights {D, C, B, A}: body (C) 0.2, lead (B) 0.5, title (A) 1.
  const score =
    r.sort === 'date'
      ? sql`0`
      : sql`ts_rank('{0.1, 0.2, 0.5, 1.0}', d.tsv, ${tsq}) * (${1 - RECENCY_SHARE} + ${RECENCY_SHARE} / (1.0 + greatest(0, ${today} - coalesce(d.week_day, 0)) / 365.0))`
  // Of `m` below, and of the page's rows as they are put in order again.
  const order =
    r.sort === 'date'
      ? sql`week_start desc nulls last, published_at desc nulls last, id desc`
      : sql`score desc, week_start desc nulls last, id desc`
  const shown = sql.join(
    [
      r.topicId != null ? sql` and m.topic_id = ${r.topicId}` : sql``,
      r.verdict ? sql` and m.verdict = ${r.verdict}` : sql``,
    ],
    sql``,
  )
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=16, MaxFragments=1`
  const run = async (offset: number) => {
    const [row] = await query<{ facets: FacetSqlRow[] | null; hits: PgHitRow[] | null }>(
      payload,
      sql`with m as materialized (
          select d.id, d.topic_id, d.verdict, substr(d.week_start, 1, 4) as year, d.week_start,
            d.published_at, ${score} as score
          from search_documents d
          where d.locale = ${locale} and d.tsv @@ ${tsq}${filterSql(r, true)}
            -- Only stop words besides a -word leave a query of exclusions alone, which would
            -- match every other analysis: such a query finds nothing, as one of stop words does.
            and querytree(${tsq}) <> 'T'
        ),
        page as (
          select m.id, m.score from m where true${shown}
          order by ${order}
          limit ${r.perPage} offset ${offset}
        )
        select
          (select json_agg(f) from (
            select topic_id, verdict, year, count(*)::int as n from m group by topic_id, verdict, year
          ) f) as facets,
          (select json_agg(h order by ${order}) from (
            select page.score, d.id, d.article_id, d.slug, d.title, d.verdict, d.week_start,
              d.published_at, d.topic_id,
              ts_headline(${config}::regconfig,
                case when to_tsvector(${config}::regconfig, d.lead) @@ ${tsq} then d.lead else d.body end,
                ${tsq}, ${options}) as headline
            from page join search_documents d on d.id = page.id
          ) h) as hits`,
    )
    return { facets: facetRows(row?.facets ?? []), hits: row?.hits ?? [] }
  }
  const first = await run((Math.max(1, r.page) - 1) * r.perPage)
  const { total, totalPages, page, offset } = paging(first.facets, r)
  if (total === 0) return { total, facets: first.facets, hits: [], page: 1, totalPages: 0 }
  // A page past the end shows the last one: asked again with its offset (rare).
  const { hits } = page === r.page ? first : await run(offset)
  return {
    total,
    facets: first.facets,
    page,
    totalPages,
    hits: hits.map((row) => toHit(row, partsFromMarked(row.headline ?? ''))),
  }
}

type PgHitRow = HitFields & { id: number; headline: string | null }

async function searchMongo(payload: Payload, r: SearchRequest): Promise<SearchIndexResult> {
  const collection = mongoCollection(payload)
  const base: Record<string, unknown> = {
    $text: { $search: mongoTextSearch(r.query) },
    locale: r.locale,
  }
  if (r.fromDay != null || r.toDay != null)
    base.weekDay = {
      ...(r.fromDay != null ? { $gte: r.fromDay } : {}),
      ...(r.toDay != null ? { $lte: r.toDay } : {}),
    }
  const facets = (
    await collection
      .aggregate<{ _id: { topicId: Id | null; verdict: string | null; year: string }; n: number }>([
        { $match: base },
        {
          $group: {
            _id: {
              topicId: '$topicId',
              verdict: '$verdict',
              year: { $substrCP: [{ $ifNull: ['$weekStart', ''] }, 0, 4] },
            },
            n: { $sum: 1 },
          },
        },
      ])
      .toArray()
  ).map((f) => ({ ...f._id, n: f.n }))
  const { total, totalPages, page, offset } = paging(facets, r)
  const filtered = { ...base }
  if (r.topicId != null) filtered.topicId = String(r.topicId)
  if (r.verdict) filtered.verdict = r.verdict
  const sort: Record<string, 1 | -1 | { $meta: 'textScore' }> =
    r.sort === 'date'
      ? { weekStart: -1, publishedAt: -1 }
      : { score: { $meta: 'textScore' }, weekStart: -1 }
  const docs = await collection
    .find<SearchDocument>(filtered, { projection: { score: { $meta: 'textScore' } } })
    .sort(sort)
    .skip(offset)
    .limit(r.perPage)
    .toArray()
  return {
    total,
    facets,
    page,
    totalPages,
    hits: docs.map((d) => {
      const row: HitRow = {
        article_id: d.articleId,
        slug: d.slug,
        title: d.title,
        lead: d.lead,
        body: d.body,
        verdict: d.verdict,
        week_start: d.weekStart,
        topic_id: d.topicId,
      }
      return toHit(row, snippetOf(row, r))
    }),
  }
}
