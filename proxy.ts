import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { isLocale, localeChoiceCookie, routing } from './i18n/routing'

const intl = createMiddleware(routing)

/**
 * Runs only where a language must be chosen: `/` (the reader's switcher choice, then the
 * browser's languages, then English) and paths without a language (the browser's languages).
 */
export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname !== '/') return intl(request)
  // WordPress's plain permalinks ("/?p=101") of imported posts: the import's endpoint answers
  // with a permanent redirect to the analysis (see payload/wxr).
  const wordpressPost = request.nextUrl.searchParams.get('p')
  if (wordpressPost && /^\d{1,12}$/.test(wordpressPost)) {
    return NextResponse.rewrite(new URL(`/api/wp-sources/old-link?p=${wordpressPost}`, request.url))
  }
  const chosen = request.cookies.get(localeChoiceCookie)?.value
  const response =
    chosen && isLocale(chosen)
      ? NextResponse.redirect(new URL(`/${chosen}${request.nextUrl.search}`, request.url))
      : intl(request)
  // A different answer per reader: a shared cache must not keep one for everyone.
  response.headers.set('Cache-Control', 'private, no-cache')
  response.headers.set('Vary', 'Cookie, Accept-Language')
  return response
}

export const config = {
  // Not Payload (admin, API), Next internals, files with an extension, nor any page under a
  // language (the locales of i18n/routing.ts, spelled out: Next reads this statically).
  matcher: ['/((?!api|admin|_next|_vercel|(?:en|be|ru)(?:/|$)|.*\\..*).*)'],
}
