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
