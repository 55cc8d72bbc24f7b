import crypto from 'node:crypto'

import { type CacheTag, tags as cacheTags } from '@/lib/cache'

import { payloadSecret, serverUrl } from './env'

export { cacheTags }

/** The shared secret of the internal revalidation endpoint, derived from PAYLOAD_SECRET. */
export const revalidationToken = () =>
  crypto.createHmac('sha256', payloadSecret()).update('weekly-monitor:revalidate').digest('hex')

type Logger = { warn: (msg: string) => void; debug?: (msg: string) => void }

/** Expires tags in this Next process; false when not inside a Next request. */
export async function expireTags(tags: CacheTag[]): Promise<boolean> {
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return true
  } catch {
    return false
  }
}

/**
 * Expires the cached data and pages that read the given collections, at once (the next
 * reader gets a fresh page). Inside a Next request this is a direct call; outside one (a
 * scheduled job in the web server's queue, the separate worker, a script) Next refuses it,
 * so the web server is asked over HTTP to do it.
 */
export async function revalidateContent(
  tags: CacheTag[],
  logger?: Logger,
): Promise<'direct' | 'http' | 'failed'> {
  const unique = [...new Set(tags)]
  if (unique.length === 0 || (await expireTags(unique))) return 'direct'
  const url = `${process.env.REVALIDATE_URL || serverUrl()}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${revalidationToken()}`,
      },
      body: JSON.stringify({ tags: unique }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return 'http'
  } catch (error) {
    logger?.warn(
      `Could not refresh the site's pages for ${unique.join(', ')} via ${url}: ${(error as Error).message}`,
    )
    return 'failed'
  }
}
