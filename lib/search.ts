import { searchIndex } from '@/payload/search/store'
import {
  hasTerms,
  MAX_QUERY_LENGTH,
  parseQuery,
  type SearchLocale,
  type SnippetPart,
} from '@/payload/search/text'

import { cachedQuery, tags } from './cache'
import { getPayload, publicRead } from './payload'
import { getTopics } from './topics'

export { MAX_QUERY_LENGTH }
export const RESULTS_PER_PAGE = 10
/** The last page number a search address may ask for (the API refuses more, the page shows 1). */
export const MAX_SEARCH_PAGE = 10_000
export const VERDICTS = ['improved', 'unchanged', 'worsened'] as const
/** What a topic filter may look like before it is looked up. */
export const TOPIC_SLUG = /^[a-z0-9-]{1,80}$/
const DAY_MS = 86_400_000

type Raw = string | string[] | undefined
const first = (value: Raw) => (Array.isArray(value) ? value[0] : value)

/** What a search page's address asks for, every part checked (bad parts are dropped). */
export type SearchState = {
  q: string
  truncated: boolean
  page: number
  /** The page number was not a page (text, zero, negative): page 1 is shown. */
  badPage: boolean
  sort: 'relevance' | 'date'
  topic: string | null
  verdict: (typeof VERDICTS)[number] | null
  from: string | null
  to: string | null
}

export const isDay = (value: string | undefined): value is string =>
  !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))

export function readSearchParams(sp: Record<string, Raw>): SearchState {
  const parsed = parseQuery(first(sp.q))
  const rawPage = first(sp.page)
  const pageNumber = Number(rawPage)
  const goodPage = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= MAX_SEARCH_PAGE
  const verdict = first(sp.verdict)
  const topic = first(sp.topic)
  const from = first(sp.from)
  const to = first(sp.to)
  return {
    q: parsed.text,
    truncated: parsed.truncated,
    page: goodPage ? pageNumber : 1,
    badPage: rawPage !== undefined && !goodPage,
    sort: first(sp.sort) === 'date' ? 'date' : 'relevance',
    topic: topic && TOPIC_SLUG.test(topic) ? topic : null,
    verdict: VERDICTS.find((v) => v === verdict) ?? null,
    from: isDay(from) ? from : null,
    to: isDay(to) ? to : null,
  }
}

/** The address of a search with some parts changed (a filter link, a page, the sort). */
export function searchHref(state: SearchState, change: Partial<SearchState>): string {
  const next = { ...state, page: 1, ...change }
  const params = new URLSearchParams()
  if (next.q) params.set('q', next.q)
  if (next.topic) params.set('topic', next.topic)
  if (next.verdict) params.set('verdict', next.verdict)
  if (next.from) params.set('from', next.from)
  if (next.to) params.set('to', next.to)
  if (next.sort === 'date') params.set('sort', 'date')
  if (next.page > 1) params.set('page', String(next.page))
  return `/search?${params}`
}

export type SearchHit = {
  id: number | string
  slug: string
  title: string
  verdict: string
  weekStart: string
  topic: { name: string; slug: string } | null
  snippet: SnippetPart[]
}

export type SearchResult = {
  /** Whether the query had any word to look for. */
  searched: boolean
  total: number
  page: number
  totalPages: number
  /** The page asked for was past the end: the last page is shown. */
  pageClamped: boolean
  hits: SearchHit[]
  /** Counts of the matches per topic (with the verdict and date filters applied). */
  topics: { slug: string; name: string; count: number }[]
  /** Per verdict (with the topic and date filters applied). */
  verdicts: { verdict: string; count: number }[]
  /** Per year of the week (with the topic and verdict filters applied). */
  years: { year: string; count: number }[]
}

const dayNumber = (day: string | null) => (day ? Math.floor(Date.parse(day) / DAY_MS) : null)

/**
 * Full-text search of the analyses published in one language (payload/search: FTS5 on
 * SQLite, tsvector on PostgreSQL, a text index on MongoDB), with exact counts per filter.
 */
export const searchArticles = cachedQuery(
  'search',
  [tags.articles, tags.topics],
  async (state: SearchState, locale: string): Promise<SearchResult> => {
    const query = parseQuery(state.q)
    const empty: SearchResult = {
      searched: false,
      total: 0,
      page: 1,
      totalPages: 0,
      pageClamped: false,
      hits: [],
      topics: [],
      verdicts: [],
      years: [],
    }
    if (!hasTerms(query)) return empty
    const [payload, topics] = await Promise.all([getPayload(), getTopics(locale)])
    const topic = state.topic ? topics.find((t) => t.slug === state.topic) : undefined
    const result = await searchIndex(payload, {
      locale: locale as SearchLocale,
      query,
      sort: state.sort,
      page: state.page,
      perPage: RESULTS_PER_PAGE,
      topicId: topic?.id ?? null,
      verdict: state.verdict,
      fromDay: dayNumber(state.from),
      toDay: dayNumber(state.to),
    })
    const topicById = new Map(topics.map((t) => [String(t.id), t]))
    const sum = (keep: (f: (typeof result.facets)[number]) => boolean) =>
      result.facets.filter(keep).reduce((n, f) => n + f.n, 0)
    const topicMatches = (f: { topicId: unknown }) =>
      !topic || String(f.topicId) === String(topic.id)
    const verdictMatches = (f: { verdict: string | null }) =>
      !state.verdict || f.verdict === state.verdict
    const years = [...new Set(result.facets.map((f) => f.year).filter(Boolean))].sort().reverse()
    return {
      searched: true,
      total: result.total,
      page: result.page,
      totalPages: result.totalPages,
      pageClamped: result.totalPages > 0 && state.page > result.totalPages,
      hits: result.hits.map((hit) => {
        const t = hit.topicId != null ? topicById.get(String(hit.topicId)) : undefined
        return {
          id: hit.articleId,
          slug: hit.slug,
          title: hit.title,
          verdict: hit.verdict ?? 'unchanged',
          weekStart: hit.weekStart ?? '',
          topic: t ? { name: t.name, slug: t.slug as string } : null,
          snippet: hit.snippet,
        }
      }),
      topics: topics
        .map((t) => ({
          slug: t.slug as string,
          name: t.name,
          count: sum((f) => String(f.topicId) === String(t.id) && verdictMatches(f)),
        }))
        .filter((t) => t.count > 0 || t.slug === state.topic),
      verdicts: VERDICTS.map((verdict) => ({
        verdict,
        count: sum((f) => f.verdict === verdict && topicMatches(f)),
      })),
      years: years.map((year) => ({
        year,
        count: sum((f) => f.year === year && topicMatches(f) && verdictMatches(f)),
      })),
    }
  },
)

/**
 * What the API shows of each hit beyond the page's card: the lead, when it was published and
 * its week's dates. Read as an anonymous reader, so nothing unpublished can slip in.
 */
export const getSearchHitDetails = cachedQuery(
  'search-hit-details',
  [tags.articles, tags.weeks],
  async (ids: (number | string)[], locale: string) => {
    if (ids.length === 0) return []
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { id: { in: ids } },
      limit: ids.length,
      depth: 1,
      select: { lead: true, publishedAt: true, week: true },
      populate: { weeks: { slug: true, startDate: true, endDate: true } },
      ...publicRead(locale),
    })
    return docs
  },
)
