import type { Endpoint } from 'payload'

import { locales } from '@/i18n/routing'

/** The public page of a document, for previews. */
export function previewPath(
  collection: string,
  data: { slug?: string | null },
  locale: string,
): string | null {
  if (!data.slug || !(locales as readonly string[]).includes(locale)) return null
  if (collection === 'articles') return `/${locale}/articles/${data.slug}`
  if (collection === 'weeks') return `/${locale}/weeks/${data.slug}`
  return null
}

export const previewUrl = (collection: string, data: { slug?: string | null }, locale: string) => {
  const path = previewPath(collection, data, locale)
  return path ? `/api/preview?path=${encodeURIComponent(path)}` : null
}

const SITE_PATH = /^\/(en|be|ru)\/(articles|weeks)\/[a-z0-9-]+$/

/**
 * GET /api/preview?path=/en/articles/slug: for signed-in staff, turns on Next's draft mode
 * (pages then show the newest draft) and opens the page. `?exit=1` turns it off again.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const { draftMode } = await import('next/headers')
    const url = new URL(req.url ?? '', 'http://localhost')
    const path = url.searchParams.get('path') ?? ''
    if (url.searchParams.get('exit')) {
      ;(await draftMode()).disable()
      return new Response(null, {
        status: 307,
        headers: { Location: SITE_PATH.test(path) ? path : '/' },
      })
    }
    if (!req.user)
      return Response.json({ message: 'Sign in to the admin to preview drafts.' }, { status: 403 })
    if (!SITE_PATH.test(path)) {
      return Response.json(
        { message: 'Give "path" as a site address like /en/articles/some-slug.' },
        { status: 400 },
      )
    }
    ;(await draftMode()).enable()
    return new Response(null, { status: 307, headers: { Location: path } })
  },
}
