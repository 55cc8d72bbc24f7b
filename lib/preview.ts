import type { Article, Week } from '@/payload-types'

import { getPayload } from './payload'
import { unstorableIn } from './unstorable'

/**
 * Draft mode only (signed-in staff): the newest version, drafts included, never cached.
 * Still one language at a time with no fallback, as readers will see it.
 */
async function findNewestBySlug<C extends 'articles' | 'weeks'>(
  collection: C,
  slug: string,
  locale: string,
  depth: number,
) {
  if (unstorableIn(slug)) return null
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth,
    locale: locale as 'en',
    fallbackLocale: false,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export async function getArticlePreview(slug: string, locale: string): Promise<Article | null> {
  const article = (await findNewestBySlug('articles', slug, locale, 2)) as Article | null
  return article?.title ? article : null
}

export const getWeekPreview = async (slug: string, locale: string): Promise<Week | null> =>
  (await findNewestBySlug('weeks', slug, locale, 0)) as Week | null
