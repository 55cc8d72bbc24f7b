import crypto from 'node:crypto'
import type { Payload } from 'payload'

import type { Article, Media, Topic, Week } from '@/payload-types'

export const sha = (value: unknown) =>
  crypto.createHash('sha256').update(canonical(value)).digest('hex').slice(0, 16)

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the order keys were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value ?? null)
}

export type PublishedAnalysis = {
  locale: string
  slug: string
  text: string
  topic: string | null
  week: string | null
  hero: string | null
}

/**
 * What a reader sees: every published analysis in every language (as the site reads them,
 * no fallback language), its text hashed and its relationships followed to what they name.
 */
export async function publishedContent(payload: Payload): Promise<PublishedAnalysis[]> {
  const out: PublishedAnalysis[] = []
  for (const locale of ['en', 'be', 'ru'] as const) {
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      fallbackLocale: false,
      where: { _status: { equals: 'published' } },
      depth: 1,
      pagination: false,
      sort: 'slug',
      overrideAccess: false,
    })
    for (const doc of docs as Article[]) {
      if (!doc.title) continue
      out.push({
        locale,
        slug: doc.slug ?? String(doc.id),
        text: sha({ title: doc.title, lead: doc.lead, body: doc.body }),
        topic: (doc.topic as Topic | null)?.slug ?? null,
        week: (doc.week as Week | null)?.slug ?? null,
        hero: (doc.heroImage as Media | null | undefined)?.filename ?? null,
      })
    }
  }
  return out
}

export type TextRow = { id: string; locale: string; hash: string }

/**
 * Every published analysis's text per language, read straight from a database's tables (a
 * restored database has no Payload of its own in the test's process).
 */
export async function publishedTexts(url: string): Promise<TextRow[]> {
  const { openDatabase } = await import('@/payload/backup/sql')
  const db = await openDatabase(url)
  try {
    const rows = await db.all<{
      id: number | string
      locale: string
      title: string
      lead: string | null
      body: unknown
    }>(
      `select a.id as id, l._locale as locale, l.title as title, l.lead as lead, l.body as body
         from articles a join articles_locales l on l._parent_id = a.id
        where a._status = 'published' and l.title is not null order by a.id, l._locale`,
    )
    // In JS: PostgreSQL sorts the locale enum in its declared order, SQLite by text.
    const sorted = (list: TextRow[]) =>
      list.sort((a, b) => Number(a.id) - Number(b.id) || a.locale.localeCompare(b.locale))
    return sorted(
      rows.map((r) => ({
        id: String(r.id),
        locale: String(r.locale),
        hash: sha({
          title: r.title,
          lead: r.lead,
          body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body,
        }),
      })),
    )
  } finally {
    await db.close()
  }
}
