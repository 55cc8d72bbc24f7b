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
  // The web server's API process (server/api-process.mjs) keeps no copies: no change would
  // reach them, and its answers are kept where changes purge them (the web server, Varnish).
  const keepsNoCopies = process.env.WM_SERVER_ROLE === 'api-reads'
  return cache(async (...args: A) => {
    if (unstorableIn(args)) notFound()
    if (keepsNoCopies) return query(...args)
    try {
      return await shared(...args)
    } catch (error) {
      if (error instanceof Error && /incrementalCache missing/.test(error.message))
        return query(...args)
      throw error
    }
  })
}
