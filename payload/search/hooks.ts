import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { indexArticle, removeArticle } from './store'

type WithStatus = { _status?: 'draft' | 'published' | null }

/**
 * Keeps the search index in step with what is published, inside the write's transaction:
 * a publish (all languages or one), an edit of published text, an unpublish. The entry is
 * rebuilt from the published document itself, since `previousDoc` may be a newer draft
 * and say nothing of what readers see; only a new draft is certainly not public.
 */
export const syncSearchIndex: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && (doc as WithStatus)._status !== 'published') return doc
  await indexArticle(req.payload, doc.id, req)
  return doc
}

export const dropFromSearchIndex: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeArticle(req.payload, doc.id, req)
  return doc
}
