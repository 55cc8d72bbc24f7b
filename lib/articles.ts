import type { Where } from 'payload'

import type { Article } from '@/payload-types'
import { locales } from '@/i18n/routing'

import { cachedQuery, tags } from './cache'
import { getPayload, publicRead } from './payload'

/** What a card or a list row shows: everything but the body and the search text. */
const cardSelect = {
  title: true,
  slug: true,
  lead: true,
  verdict: true,
  topic: true,
  week: true,
  weekStart: true,
  authors: true,
  heroImage: true,
  publishedAt: true,
} as const

const cardPopulate = {
  topics: { name: true, slug: true, order: true },
  weeks: { slug: true, startDate: true },
  analysts: { name: true, slug: true },
} as const

const listTags = [tags.articles, tags.topics, tags.weeks, tags.analysts, tags.media]

export type ArticleCard = Pick<Article, keyof typeof cardSelect | 'id'>

async function findCards(locale: string, where: Where, sort: string, limit: number, page = 1) {
  const payload = await getPayload()
  return payload.find({
    collection: 'articles',
    where,
    sort,
    limit,
    page,
    depth: 1,
    select: cardSelect,
    populate: cardPopulate,
    ...publicRead(locale),
  }) as Promise<{ docs: ArticleCard[]; totalDocs: number; totalPages: number; page?: number }>
}

/** The analyses of one week in a language, in topic order. */
export const getWeekArticles = cachedQuery(
  'week-articles',
  listTags,
  async (weekId: number | string, locale: string): Promise<ArticleCard[]> => {
    const { docs } = await findCards(locale, { week: { equals: weekId } }, 'title', 20)
    return docs.sort((a, b) => topicOrder(a) - topicOrder(b))
  },
)

const topicOrder = (a: ArticleCard) => (typeof a.topic === 'object' ? (a.topic?.order ?? 0) : 0)

/** Verdicts of many weeks at once, for the archive's heat-map and the topic sparklines. */
export const getVerdictsForWeeks = cachedQuery(
  'verdicts-for-weeks',
  [tags.articles],
  async (weekIds: (number | string)[], locale: string) => {
    if (weekIds.length === 0) return []
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { week: { in: weekIds } },
      limit: weekIds.length * 10,
      depth: 0,
      select: { week: true, topic: true, verdict: true, slug: true, title: true },
      pagination: false,
      ...publicRead(locale),
    })
    return docs.map((d) => ({
      week: d.week as number | string,
      topic: d.topic as number | string,
      verdict: d.verdict,
      slug: d.slug as string,
      title: d.title,
    }))
  },
)

export const getArticleBySlug = cachedQuery(
  'article',
  listTags,
  async (slug: string, locale: string): Promise<Article | null> => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 2,
      populate: { weeks: { slug: true, startDate: true }, topics: { name: true, slug: true } },
      ...publicRead(locale),
    })
    return docs[0] ?? null
  },
)

/** The languages in which an article is published. */
export const getArticleLocales = cachedQuery(
  'article-locales',
  [tags.articles],
  async (slug: string): Promise<string[]> => {
    const payload = await getPayload()
    const found = await Promise.all(
      locales.map(async (locale) => {
        const { totalDocs } = await payload.count({
          collection: 'articles',
          where: { slug: { equals: slug } },
          ...publicRead(locale),
        })
        return totalDocs > 0 ? locale : null
      }),
    )
    return found.filter((l): l is (typeof locales)[number] => l !== null)
  },
)

/** Same topic, nearest weeks first, the article itself left out. */
export const getRelatedArticles = cachedQuery(
  'related',
  listTags,
  async (
    articleId: number | string,
    topicId: number | string,
    weekStart: string,
    locale: string,
  ) => {
    const { docs } = await findCards(
      locale,
      { and: [{ topic: { equals: topicId } }, { id: { not_equals: articleId } }] },
      '-weekStart',
      40,
    )
    const at = Date.parse(weekStart)
    return docs
      .sort(
        (a, b) =>
          Math.abs(Date.parse(a.weekStart ?? '') - at) -
          Math.abs(Date.parse(b.weekStart ?? '') - at),
      )
      .slice(0, 3)
  },
)

export const getTopicArticles = cachedQuery(
  'topic-articles',
  listTags,
  async (topicId: number | string, locale: string, page: number, perPage: number) =>
    findCards(locale, { topic: { equals: topicId } }, '-weekStart', perPage, page),
)

export const getAnalystArticles = cachedQuery(
  'analyst-articles',
  listTags,
  async (analystId: number | string, locale: string, page: number, perPage: number) =>
    findCards(locale, { authors: { contains: analystId } }, '-weekStart', perPage, page),
)

/** Newest first, for feeds. */
export const getLatestArticles = cachedQuery(
  'latest-articles',
  listTags,
  async (locale: string, limit: number, topicId?: number | string) =>
    (await findCards(locale, topicId ? { topic: { equals: topicId } } : {}, '-weekStart', limit))
      .docs,
)

/** Slugs and dates of every published article in a language, for the sitemap. */
export const getArticleSlugs = cachedQuery(
  'article-slugs',
  [tags.articles],
  async (locale: string) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'articles',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { slug: true, updatedAt: true },
      ...publicRead(locale),
    })
    return docs.map((d) => ({ slug: d.slug as string, updatedAt: d.updatedAt }))
  },
)
