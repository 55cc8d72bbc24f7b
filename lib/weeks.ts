import type { Week } from '@/payload-types'

import { cachedQuery, tags } from './cache'
import { getPayload, publicRead } from './payload'

export type WeekSummary = Pick<Week, 'id' | 'slug' | 'startDate' | 'endDate'>

const summarySelect = { slug: true, startDate: true, endDate: true } as const

export const getLatestWeek = cachedQuery('latest-week', [tags.weeks], async (locale: string) => {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'weeks',
    sort: '-startDate',
    limit: 1,
    depth: 0,
    ...publicRead(locale),
  })
  return (docs[0] as Week | undefined) ?? null
})

export const getWeekBySlug = cachedQuery(
  'week',
  [tags.weeks],
  async (slug: string, locale: string) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'weeks',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      ...publicRead(locale),
    })
    return (docs[0] as Week | undefined) ?? null
  },
)

/** The published weeks just before and after a week. */
export const getAdjacentWeeks = cachedQuery(
  'adjacent-weeks',
  [tags.weeks],
  async (startDate: string) => {
    const payload = await getPayload()
    const read = publicRead('en')
    const [previous, next] = await Promise.all([
      payload.find({
        collection: 'weeks',
        where: { startDate: { less_than: startDate } },
        sort: '-startDate',
        limit: 1,
        depth: 0,
        select: summarySelect,
        ...read,
      }),
      payload.find({
        collection: 'weeks',
        where: { startDate: { greater_than: startDate } },
        sort: 'startDate',
        limit: 1,
        depth: 0,
        select: summarySelect,
        ...read,
      }),
    ])
    return {
      previous: (previous.docs[0] as WeekSummary | undefined) ?? null,
      next: (next.docs[0] as WeekSummary | undefined) ?? null,
    }
  },
)

export const getWeeksPage = cachedQuery(
  'weeks-page',
  [tags.weeks],
  async (page: number, perPage: number) => {
    const payload = await getPayload()
    const result = await payload.find({
      collection: 'weeks',
      sort: '-startDate',
      limit: perPage,
      page,
      depth: 0,
      select: summarySelect,
      ...publicRead('en'),
    })
    return {
      weeks: result.docs as WeekSummary[],
      page: result.page ?? page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
)

/** Every published week, newest first (for the sitemap). */
export const getAllWeeks = cachedQuery('all-weeks', [tags.weeks], async () => {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'weeks',
    sort: '-startDate',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { ...summarySelect, updatedAt: true },
    ...publicRead('en'),
  })
  return docs as (WeekSummary & { updatedAt: string })[]
})
