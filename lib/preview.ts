import type { Article, Week } from '@/payload-types'

import { getPayload } from './payload'

/**
 * Draft mode only (signed-in staff): the newest version, drafts included, never cached.
 * Still one language at a time with no fallback, as readers will see it.
 */
export async function getArticlePreview(slug: string, locale: string): Promise<Article | null> {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 2,
    locale: locale as 'en',
    fallbackLocale: false,
    overrideAccess: true,
  })
  const article = docs[0]
  return article?.title ? article : null
}

export async function getWeekPreview(slug: string, locale: string): Promise<Week | null> {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'weeks',
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 0,
    locale: locale as 'en',
    fallbackLocale: false,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
