import {
  type CollectionSlug,
  type Endpoint,
  findByIDOperation,
  parseParams,
  type PayloadRequest,
} from 'payload'

import { answerError, answerJson } from './answer'
import { englishText } from './openapi/schemas'

/**
 * GET /api/{collection}/slug/{slug}: the document a site address names, answered exactly as
 * GET /api/{collection}/{id} answers it (locale, depth, select, populate, joins, draft, the
 * collection's access rules) — the slug is only turned into the id first, as the caller. An
 * app that has a page's address then needs no list query (and no `where`) to fetch it.
 *
 * Payload tries a collection's own endpoints before its built-in ones, and `/:id` matches one
 * segment only, so `/slug/…` never reaches findByID with "slug" as the id.
 */
export const SLUG_PATH = '/slug/:slug'

/** "analysis", "week": the collection's English singular label, for the 404's sentence. */
function documentName(req: PayloadRequest, slug: CollectionSlug): string {
  const label = req.payload.collections[slug].config.labels.singular
  return (englishText(label) || slug).toLowerCase()
}

/** "Belarusian": the configured labels are each language's own name, odd in English. */
function languageName(req: PayloadRequest): string {
  const code = req.locale
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  if (!code || !codes.includes(code)) return ''
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code
}

export function bySlugEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: SLUG_PATH,
    method: 'get',
    handler: async (req) => {
      const slug = String(req.routeParams?.slug ?? '')
      const params = parseParams({ ...req.query })
      const found = await req.payload.find({
        collection,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        pagination: false,
        select: {},
        draft: params.draft,
        trash: params.trash,
        // The Local API sets these on the request it is given: pass them as they are, or the
        // document below would be read with the default fallback instead of the caller's.
        locale: req.locale ?? undefined,
        fallbackLocale: req.fallbackLocale,
        overrideAccess: false,
        req,
      })
      const id = found.docs[0]?.id
      if (id === undefined) {
        const language = languageName(req)
        return answerError(
          req,
          404,
          `There is no ${documentName(req, collection)} with the slug ${JSON.stringify(slug.slice(0, 100))}${language ? ` in ${language}` : ''} that you may read: it does not exist, is not published${language ? ' or is not translated into that language' : ''}.`,
        )
      }
      const doc = await findByIDOperation({
        id,
        collection: req.payload.collections[collection],
        depth: params.depth,
        draft: params.draft,
        flattenLocales: params.flattenLocales,
        joins: params.joins,
        populate: params.populate,
        select: params.select,
        trash: params.trash,
        req,
      })
      return answerJson(req, doc)
    },
  }
}
