import { unstable_cache } from 'next/cache'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { unstorableIn } from './unstorable'

/**
 * Cache tags: every query names the collections it reads, and a publish, unpublish or
 * delete in a collection expires exactly the cached data (and pages) that read it.
 */
export const tags = {
  articles: 'articles',
  weeks: 'weeks',
  topics: 'topics',
  analysts: 'analysts',
  media: 'media',
  site: 'site',
} as const

export type CacheTag = (typeof tags)[keyof typeof tags]

/**
 * A query shared by every request (Next's data cache, tagged) and asked once per request
 * (React cache). Outside Next (tests, scripts) it simply runs. An argument no database can
 * hold (a NUL byte in a slug from the address) finds nothing: the page's 404, never the
 * database's 500 (lib/unstorable.ts).
 */
export function cachedQuery<A extends unknown[], R>(
  name: string,
  dependsOn: CacheTag[],
  query: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const shared = unstable_cache(query, ['wm', name], { tags: dependsOn })
  return cache(async (...args: A) => {
    if (unstorableIn(args)) notFound()
    try {
      return await shared(...args)
    } catch (error) {
      if (error instanceof Error && /incrementalCache missing/.test(error.message))
        return query(...args)
      throw error
    }
  })
}
