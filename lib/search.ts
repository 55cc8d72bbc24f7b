import type { Where } from 'payload'

import { cachedQuery, tags } from './cache'
import { getPayload, publicRead } from './payload'

export const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 8
const MAX_CANDIDATES = 300
export const RESULTS_PER_PAGE = 10

/** A reader's query made safe to run: trimmed, bounded, split into words. */
export function parseQuery(raw: string | string[] | undefined): { query: string; terms: string[] } {
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const query = text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  const terms = [
    ...new Set(
      (query.toLocaleLowerCase().match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).filter(
        (t) => t.length >= 2,
      ),
    ),
  ].slice(0, MAX_TERMS)
  return { query, terms }
}

export type SearchHit = {
  id: number | string
  slug: string
  title: string
  verdict: string
  weekStart: string
  topic: { name: string; slug: string } | null
  snippet: { text: string; match: boolean }[]
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1

/** Splits text around the terms so the page can mark them without any HTML in data. */
export function highlight(text: string, terms: string[]): { text: string; match: boolean }[] {
  if (terms.length === 0) return [{ text, match: false }]
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu')
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, match: terms.includes(part.toLocaleLowerCase()) }))
}

function snippetAround(text: string, terms: string[], radius = 90): string {
  const lower = text.toLocaleLowerCase()
  const at = Math.min(
    ...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0),
    Number.MAX_SAFE_INTEGER,
  )
  if (at === Number.MAX_SAFE_INTEGER) return text.slice(0, radius * 2)
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + radius)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`
}

/**
 * Full-text search in one language over titles, leads, key points and bodies: every word
 * must occur; title matches weigh most, then the lead, then the rest; newer first on ties.
 * Only the `candidates` newest matches are ranked (a common word matches thousands over
 * the years); `total` still counts them all, and `ranked` says how many were ranked.
 */
export const searchArticles = cachedQuery(
  'search',
  [tags.articles, tags.topics],
  async (terms: string[], locale: string, page: number, candidates: number = MAX_CANDIDATES) => {
    if (terms.length === 0) return { hits: [] as SearchHit[], total: 0, ranked: 0, totalPages: 0 }
    const payload = await getPayload()
    const where: Where = { and: terms.map((term) => ({ searchIndex: { like: term } })) }
    const { docs, totalDocs } = await payload.find({
      collection: 'articles',
      where,
      sort: '-weekStart',
      limit: candidates,
      depth: 1,
      select: {
        title: true,
        slug: true,
        lead: true,
        searchText: true,
        verdict: true,
        weekStart: true,
        topic: true,
      },
      populate: { topics: { name: true, slug: true } },
      ...publicRead(locale),
    })
    const scored = docs
      .map((doc) => {
        const title = doc.title.toLocaleLowerCase()
        const lead = (doc.lead ?? '').toLocaleLowerCase()
        const rest = (doc.searchText ?? '').toLocaleLowerCase()
        const score = terms.reduce(
          (sum, t) => sum + 6 * count(title, t) + 3 * count(lead, t) + count(rest, t),
          0,
        )
        return { doc, score }
      })
      .sort(
        (a, b) => b.score - a.score || (b.doc.weekStart ?? '').localeCompare(a.doc.weekStart ?? ''),
      )
    const totalPages = Math.ceil(scored.length / RESULTS_PER_PAGE)
    const hits: SearchHit[] = scored
      .slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE)
      .map(({ doc }) => ({
        id: doc.id,
        slug: doc.slug as string,
        title: doc.title,
        verdict: doc.verdict,
        weekStart: doc.weekStart as string,
        topic:
          typeof doc.topic === 'object' && doc.topic
            ? { name: doc.topic.name, slug: doc.topic.slug as string }
            : null,
        snippet: highlight(snippetAround(doc.searchText || doc.lead || '', terms), terms),
      }))
    return { hits, total: totalDocs, ranked: scored.length, totalPages }
  },
)
