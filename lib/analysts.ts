import type { Analyst } from '@/payload-types'

import { cachedQuery, tags } from './cache'
import { getPayload, publicRead } from './payload'

export const getAnalysts = cachedQuery(
  'analysts',
  [tags.analysts, tags.media],
  async (locale: string) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'analysts',
      sort: 'name',
      limit: 100,
      depth: 1,
      ...publicRead(locale),
    })
    return (docs as Analyst[]).filter((a) => Boolean(a.name))
  },
)

export const getAnalystBySlug = cachedQuery(
  'analyst',
  [tags.analysts, tags.media],
  async (slug: string, locale: string) => {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection: 'analysts',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      ...publicRead(locale),
    })
    const analyst = (docs[0] as Analyst | undefined) ?? null
    return analyst?.name ? analyst : null
  },
)
