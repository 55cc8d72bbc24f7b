import type { Topic } from '@/payload-types'

import { cachedQuery, tags } from './cache'
import { getPayload, publicRead } from './payload'

export const getTopics = cachedQuery('topics', [tags.topics], async (locale: string) => {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'topics',
    sort: 'order',
    limit: 50,
    depth: 0,
    ...publicRead(locale),
  })
  return docs as Topic[]
})

export const getTopicBySlug = cachedQuery(
  'topic',
  [tags.topics],
  async (slug: string, locale: string) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'topics',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      ...publicRead(locale),
    })
    return (docs[0] as Topic | undefined) ?? null
  },
)

/**
 * A topic's latest `count` verdicts, oldest first, and how many analyses the topic has in
 * the language. Bounded on purpose: a topic gains one analysis a week for decades, and a
 * list or sparkline needs only the recent ones (the topic page charts each page it shows).
 */
export const getRecentTopicVerdicts = cachedQuery(
  'topic-recent-verdicts',
  [tags.articles, tags.weeks],
  async (topicId: number | string, locale: string, count: number) => {
    const payload = await getPayload()
    const { docs, totalDocs } = await payload.find({
      collection: 'articles',
      where: { topic: { equals: topicId } },
      sort: '-weekStart',
      limit: count,
      depth: 0,
      select: { verdict: true, weekStart: true },
      ...publicRead(locale),
    })
    return {
      total: totalDocs,
      points: docs.map((d) => ({ verdict: d.verdict, weekStart: d.weekStart as string })).reverse(),
    }
  },
)
