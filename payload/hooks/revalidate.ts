import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Endpoint,
  GlobalAfterChangeHook,
} from 'payload'

import { after } from 'next/server'

import type { CacheTag } from '@/lib/cache'

import {
  cacheTags,
  expireTags,
  purgeOriginCache,
  revalidateContent,
  revalidationToken,
} from '../revalidate'

type WithStatus = { _status?: 'draft' | 'published' | null }

/**
 * Refreshes the site's pages when what readers see changes: a publish, an edit of published
 * content, an unpublish. Saving a draft of an unpublished document changes nothing public.
 */
export const revalidateOnChange =
  (tag: CacheTag): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context }) => {
    if (context?.seeding) return doc
    const now = (doc as WithStatus)._status
    const before = (previousDoc as WithStatus | undefined)?._status
    const hasDrafts = now !== undefined
    if (!hasDrafts || now === 'published' || before === 'published') {
      await revalidateContent([tag], req.payload.logger, req)
    }
    return doc
  }

export const revalidateOnDelete =
  (tag: CacheTag): CollectionAfterDeleteHook =>
  async ({ doc, req, context }) => {
    if (context?.seeding) return doc
    await revalidateContent([tag], req.payload.logger, req)
    return doc
  }

export const revalidateSite: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context?.seeding) await revalidateContent([cacheTags.site], req.payload.logger, req)
  return doc
}

const knownTags = new Set<string>(Object.values(cacheTags))

/**
 * POST /api/revalidate {tags}: lets a job or the separate worker, which run outside any
 * Next request, ask the web server to refresh pages. Authorised by a secret derived from
 * PAYLOAD_SECRET.
 */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const auth = req.headers.get('authorization') ?? ''
    if (auth !== `Bearer ${revalidationToken()}`) {
      return Response.json({ message: 'Not allowed.' }, { status: 403 })
    }
    const body = (await req.json?.().catch(() => null)) as { tags?: unknown } | null
    const tags = Array.isArray(body?.tags)
      ? body.tags.filter((t): t is CacheTag => typeof t === 'string' && knownTags.has(t))
      : []
    if (tags.length === 0) {
      return Response.json(
        { message: `Give "tags": one or more of ${[...knownTags].join(', ')}.` },
        { status: 400 },
      )
    }
    if (!(await expireTags(tags))) {
      return Response.json({ message: 'The pages could not be refreshed.' }, { status: 500 })
    }
    // Next applies the expiry once this request is answered: the in-memory pages go then too.
    purgeOriginCache(tags)
    try {
      after(() => purgeOriginCache(tags))
    } catch {
      // Outside a Next request nothing is kept in memory.
    }
    return Response.json({ revalidated: tags })
  },
}
