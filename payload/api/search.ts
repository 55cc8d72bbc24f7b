import type { Endpoint } from 'payload'

import type { SearchHit, SearchResult, SearchState } from '@/lib/search'
import type { Week } from '@/payload-types'
import { serverUrl } from '@/payload/env'
import { hasTerms, parseQuery } from '@/payload/search/text'

import { answerError, answerJson } from './answer'

/**
 * GET /api/search: the search page's search (lib/search.ts, the same index, ranking, snippets
 * and counts) as JSON for programs. Every part of the address is checked; anything the page
 * would quietly drop or correct is a 400 here with a sentence saying what to change, so a
 * program never takes a corrected answer for the one it asked for.
 */

/** The parameters this endpoint reads; any other is refused (README "The content API"). */
export const SEARCH_PARAMETERS = [
  'q',
  'locale',
  'topic',
  'verdict',
  'year',
  'from',
  'to',
  'sort',
  'page',
] as const
export const SEARCH_SORTS = ['relevance', 'date'] as const
export const YEAR = /^\d{4}$/

export type SearchApiHit = {
  id: number | string
  slug: string
  title: string
  lead: string | null
  /** The matching passage: its parts in order, `match: true` where a query word matched. */
  snippet: SearchHit['snippet']
  topic: { slug: string; name: string } | null
  week: { slug: string; startDate: string; endDate: string | null } | null
  verdict: string
  publishedAt: string | null
  url: string
}

export type SearchApiAnswer = {
  docs: SearchApiHit[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
  query: {
    q: string
    locale: string
    sort: SearchState['sort']
    topic: string | null
    verdict: string | null
    from: string | null
    to: string | null
  }
  facets: Pick<SearchResult, 'topics' | 'verdicts' | 'years'>
}

type Checked = { ok: true; state: SearchState; locale: string } | { ok: false; message: string }

const quoted = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

/** Reads and checks the address; the page's own reader (readSearchParams) builds the state. */
async function checkSearchQuery(params: URLSearchParams, locales: string[]): Promise<Checked> {
  // lib/ reads through the Payload config, which lists this endpoint: loaded when first
  // asked, so the config and lib/ never import each other while loading.
  const search = await import('@/lib/search')
  const known = new Set<string>(SEARCH_PARAMETERS)
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) {
      return {
        ok: false,
        message: `The parameter ${quoted(name)} is not understood by /api/search; it reads ${SEARCH_PARAMETERS.join(', ')}.`,
      }
    }
    if (params.getAll(name).length > 1)
      return { ok: false, message: `Give the parameter "${name}" once.` }
  }
  const raw = Object.fromEntries(params)
  const q = (raw.q ?? '').replace(/\s+/g, ' ').trim()
  if (!q) return { ok: false, message: 'Give the words to search for as q, e.g. ?q=sanctions.' }
  if (Array.from(q).length > search.MAX_QUERY_LENGTH) {
    return {
      ok: false,
      message: `q is ${Array.from(q).length} characters long; a search is at most ${search.MAX_QUERY_LENGTH}.`,
    }
  }
  const locale = raw.locale ?? locales[0]!
  if (!locales.includes(locale)) {
    return {
      ok: false,
      message: `locale must be one of ${locales.join(', ')} (got ${quoted(locale)}).`,
    }
  }
  if (raw.sort !== undefined && !(SEARCH_SORTS as readonly string[]).includes(raw.sort)) {
    return {
      ok: false,
      message: `sort must be ${SEARCH_SORTS.join(' or ')} (got ${quoted(raw.sort)}).`,
    }
  }
  if (raw.verdict !== undefined && !(search.VERDICTS as readonly string[]).includes(raw.verdict)) {
    return {
      ok: false,
      message: `verdict must be one of ${search.VERDICTS.join(', ')} (got ${quoted(raw.verdict)}).`,
    }
  }
  if (raw.page !== undefined) {
    const n = /^\d+$/.test(raw.page) ? Number(raw.page) : NaN
    if (!(n >= 1 && n <= search.MAX_SEARCH_PAGE)) {
      return {
        ok: false,
        message: `page must be a whole number from 1 to ${search.MAX_SEARCH_PAGE} (got ${quoted(raw.page)}).`,
      }
    }
  }
  if (raw.year !== undefined) {
    if (!YEAR.test(raw.year))
      return {
        ok: false,
        message: `year must be four digits, like 2023 (got ${quoted(raw.year)}).`,
      }
    if (raw.from !== undefined || raw.to !== undefined) {
      return { ok: false, message: 'Give either year or from/to, not both.' }
    }
  }
  for (const name of ['from', 'to'] as const) {
    const value = raw[name]
    if (value !== undefined && !search.isDay(value)) {
      return {
        ok: false,
        message: `${name} must be a date written YYYY-MM-DD, like 2023-02-13 (got ${quoted(value)}).`,
      }
    }
  }
  if (raw.from && raw.to && raw.from > raw.to)
    return { ok: false, message: `from (${raw.from}) is after to (${raw.to}).` }
  if (raw.topic !== undefined) {
    const topics = search.TOPIC_SLUG.test(raw.topic)
      ? await (await import('@/lib/topics')).getTopics(locale)
      : []
    if (!topics.some((t) => t.slug === raw.topic)) {
      return {
        ok: false,
        message: `There is no topic with the slug ${quoted(raw.topic)}; GET /api/topics lists them.`,
      }
    }
  }
  const year = raw.year
  const state = search.readSearchParams({
    ...raw,
    q,
    ...(year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {}),
  })
  return { ok: true, state, locale }
}

const weekOf = (week: number | Week | null | undefined): SearchApiHit['week'] =>
  week && typeof week === 'object'
    ? { slug: week.slug ?? '', startDate: week.startDate, endDate: week.endDate ?? null }
    : null

async function answer(state: SearchState, locale: string): Promise<SearchApiAnswer> {
  const { getSearchHitDetails, RESULTS_PER_PAGE, searchArticles } = await import('@/lib/search')
  const result = await searchArticles(state, locale)
  // The page shows the last page for one past the end; a program paging on until an empty
  // page must get one, as Payload's lists answer.
  const pastTheEnd = result.pageClamped
  const hits = pastTheEnd ? [] : result.hits
  const details = await getSearchHitDetails(
    hits.map((hit) => hit.id),
    locale,
  )
  const byId = new Map(details.map((doc) => [String(doc.id), doc]))
  const page = pastTheEnd ? state.page : result.page
  const site = serverUrl()
  return {
    docs: hits.map((hit) => {
      const doc = byId.get(String(hit.id))
      return {
        id: hit.id,
        slug: hit.slug,
        title: hit.title,
        lead: doc?.lead ?? null,
        snippet: hit.snippet,
        topic: hit.topic,
        week: weekOf(doc?.week),
        verdict: hit.verdict,
        publishedAt: doc?.publishedAt ?? null,
        url: `${site}/${locale}/articles/${hit.slug}`,
      }
    }),
    totalDocs: result.total,
    limit: RESULTS_PER_PAGE,
    page,
    totalPages: result.totalPages,
    hasPrevPage: page > 1,
    hasNextPage: page < result.totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < result.totalPages ? page + 1 : null,
    query: {
      q: state.q,
      locale,
      sort: state.sort,
      topic: state.topic,
      verdict: state.verdict,
      from: state.from,
      to: state.to,
    },
    facets: { topics: result.topics, verdicts: result.verdicts, years: result.years },
  }
}

export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const locales = (req.payload.config.localization || { localeCodes: ['en'] }).localeCodes
    const checked = await checkSearchQuery(url.searchParams, locales)
    if (!checked.ok) return answerError(req, 400, checked.message)
    if (!hasTerms(parseQuery(checked.state.q))) {
      return answerError(
        req,
        400,
        'q has no word to look for: give at least one word that is not excluded with a minus.',
      )
    }
    return answerJson(req, await answer(checked.state, checked.locale))
  },
}
