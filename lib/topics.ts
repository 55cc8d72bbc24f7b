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

/** A topic's verdicts week by week, oldest first (published in any language). */
export const getTopicVerdicts = cachedQuery(
  'topic-verdicts',
  [tags.articles, tags.weeks],
  async (topicId: number | string, locale: string) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { topic: { equals: topicId } },
      sort: 'weekStart',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { verdict: true, weekStart: true, slug: true, title: true },
      ...publicRead(locale),
    })
    return docs.map((d) => ({
      verdict: d.verdict,
      weekStart: d.weekStart as string,
      slug: d.slug as string,
      title: d.title,
    }))
  },
)
