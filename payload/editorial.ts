import type { Payload } from 'payload'

import { locales } from '@/i18n/routing'

export type Locale = (typeof locales)[number]
export type TranslationState = 'published' | 'changed' | 'draft' | 'missing'

type Titled = { title?: Record<string, string | null> | string | null }

const has = (doc: Titled | null | undefined, locale: Locale) => {
  const title = doc?.title
  return Boolean(title && typeof title === 'object' && title[locale]?.trim())
}

/**
 * Per language: published, published with unpublished changes, draft only, or missing.
 * Read from the published document and the newest version, in every language at once.
 */
export async function translationStatus(
  payload: Payload,
  id: number | string,
): Promise<Record<Locale, TranslationState>> {
  const [published, versions] = await Promise.all([
    payload
      .findByID({
        collection: 'articles',
        id,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
        select: { title: true, _status: true },
      })
      .catch(() => null),
    payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const latest = versions.docs[0]?.version as (Titled & { _status?: string }) | undefined
  const live = published && published._status === 'published' ? (published as Titled) : null
  const result = {} as Record<Locale, TranslationState>
  for (const locale of locales) {
    const liveTitle = has(live, locale)
    const draftTitle = latest?._status === 'draft' && has(latest, locale)
    const draftDiffers =
      draftTitle &&
      JSON.stringify((latest?.title as Record<string, string>)?.[locale]) !==
        JSON.stringify((live?.title as Record<string, string> | undefined)?.[locale])
    result[locale] = liveTitle
      ? draftDiffers
        ? 'changed'
        : 'published'
      : draftTitle || has(latest, locale)
        ? 'draft'
        : 'missing'
  }
  return result
}

export type DeskRow = {
  topic: { id: number | string; name: string }
  article: { id: number | string; title: string; status: 'draft' | 'published' } | null
  translations: Record<Locale, TranslationState> | null
}

/** The week as a desk: every topic, its analysis (or none yet) and each language's state. */
export async function weekDesk(payload: Payload, weekId: number | string): Promise<DeskRow[]> {
  const [topics, articles] = await Promise.all([
    payload.find({
      collection: 'topics',
      sort: 'order',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'articles',
      where: { week: { equals: weekId } },
      draft: true,
      limit: 100,
      depth: 0,
      overrideAccess: true,
      select: { title: true, topic: true, _status: true },
    }),
  ])
  return Promise.all(
    topics.docs.map(async (topic) => {
      const article = articles.docs.find((a) => String(a.topic) === String(topic.id))
      return {
        topic: { id: topic.id, name: topic.name },
        article: article
          ? {
              id: article.id,
              title: article.title,
              status: (article._status ?? 'draft') as 'draft' | 'published',
            }
          : null,
        translations: article ? await translationStatus(payload, article.id) : null,
      }
    }),
  )
}
