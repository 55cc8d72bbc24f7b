import type { Site } from '@/payload-types'

import { cachedQuery, tags } from './cache'
import { getPayload, publicRead } from './payload'

export const getSite = cachedQuery('site', [tags.site], async (locale: string): Promise<Site> => {
  const payload = await getPayload()
  return payload.findGlobal({ slug: 'site', depth: 0, ...publicRead(locale) })
})
