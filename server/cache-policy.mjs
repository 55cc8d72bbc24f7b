// Which responses a shared cache (the Varnish in deploy/) may store, and under which
// surrogate keys (`xkey`) a change purges them. server/server.mjs applies it to every
// response; tests/origin-policy.test.ts keeps it in step with lib/cache.ts and app/.

/** The cache tags of lib/cache.ts: a change in a collection expires pages that read it. */
export const cacheTagNames = ['articles', 'weeks', 'topics', 'analysts', 'media', 'site']

export const siteLocales = ['en', 'be', 'ru']

const everyTag = cacheTagNames
const locale = `(${siteLocales.join('|')})`
const slug = '[^/]+'

/**
 * Public pages, and the tags each one reads. Every page under a language renders the layout
 * and the newsletter box (site); a page listing analyses shows their topic, week, analyst
 * and picture (lib/articles.ts `listTags`), so it reads every tag.
 */
const publicRoutes = [
  { pattern: `^/${locale}$`, tags: everyTag },
  { pattern: `^/${locale}/weeks$`, tags: ['site', 'weeks', 'articles', 'topics'] },
  { pattern: `^/${locale}/weeks/page/\\d+$`, tags: ['site', 'weeks', 'articles', 'topics'] },
  { pattern: `^/${locale}/weeks/${slug}$`, tags: everyTag },
  { pattern: `^/${locale}/weeks/${slug}/pdf$`, tags: everyTag },
  { pattern: `^/${locale}/topics$`, tags: ['site', 'topics', 'articles', 'weeks'] },
  { pattern: `^/${locale}/topics/${slug}$`, tags: everyTag },
  { pattern: `^/${locale}/topics/${slug}/page/\\d+$`, tags: everyTag },
  { pattern: `^/${locale}/topics/${slug}/feed\\.xml$`, tags: everyTag },
  { pattern: `^/${locale}/analysts$`, tags: ['site', 'analysts', 'media'] },
  { pattern: `^/${locale}/analysts/${slug}$`, tags: everyTag },
  { pattern: `^/${locale}/analysts/${slug}/page/\\d+$`, tags: everyTag },
  { pattern: `^/${locale}/articles/${slug}$`, tags: everyTag },
  { pattern: `^/${locale}/feed\\.xml$`, tags: everyTag },
  // Rendered per request (it reads ?q=…), but the same for every reader: a popular query is
  // answered from the caches until a change purges it (dynamic: shared although Next is not
  // asked to keep it).
  { pattern: `^/${locale}/search$`, tags: everyTag, dynamic: true },
  { pattern: '^/sitemap\\.xml$', tags: ['articles', 'weeks', 'topics', 'analysts', 'media'] },
  { pattern: '^/robots\\.txt$', tags: [] },
].map((route) => ({ ...route, regexp: new RegExp(route.pattern) }))

/**
 * The content API's public reads (anonymous GET and HEAD of published content), and the tags
 * each one reads. An analysis carries its topic, week, analysts and pictures; a week's summary
 * and the site settings may link any of them. payload/api/publicReads.ts marks such an answer
 * shareable (it alone knows whether the caller is anonymous); every other /api answer stays
 * private.
 */
const apiId = '[^/]+'
const publicApiRoutes = [
  { pattern: `^/api/articles(/${apiId}|/slug/${apiId})?$`, tags: everyTag },
  { pattern: `^/api/weeks(/${apiId}|/slug/${apiId})?$`, tags: everyTag },
  { pattern: `^/api/topics(/${apiId}|/slug/${apiId})?$`, tags: ['topics'] },
  { pattern: `^/api/analysts(/${apiId}|/slug/${apiId})?$`, tags: ['analysts', 'media'] },
  { pattern: `^/api/media(/(?!file$)${apiId})?$`, tags: ['media'] },
  { pattern: '^/api/globals/site$', tags: everyTag },
  { pattern: '^/api/search$', tags: ['articles', 'weeks', 'topics', 'analysts'] },
  // Made from the collections' config: it changes with a new version of the site only.
  { pattern: '^/api/openapi\\.json$', tags: [] },
].map((route) => ({ ...route, regexp: new RegExp(route.pattern) }))

/** The public API read at this path: its tags and the collection (or global) it reads. */
export function publicApiRoute(pathname) {
  const route = publicApiRoutes.find(({ regexp }) => regexp.test(pathname))
  return route ? { tags: route.tags } : null
}

/**
 * Never stored by a shared cache, whatever Next says: the admin, the API (uploaded files
 * and public reads aside, which say so themselves), forms and answers that carry a reader's
 * input or token.
 */
const privatePaths = [
  /^\/admin(\/|$)/,
  /^\/api\/(?!media\/file\/)/,
  /^\/api$/,
  new RegExp(`^/${locale}/subscribe$`),
  new RegExp(`^/${locale}/newsletter(/|$)`),
]

/** Next's draft mode (a previewing editor): nothing they see may be shared. */
export const draftModeCookie = '__prerender_bypass'

/** The route of a public page: its tags and language, or null. */
export function publicRoute(pathname) {
  for (const route of publicRoutes) {
    const match = route.regexp.exec(pathname)
    if (match)
      return { tags: route.tags, locale: match[1] ?? null, dynamic: Boolean(route.dynamic) }
  }
  return null
}

export const isPrivatePath = (pathname) => privatePaths.some((regexp) => regexp.test(pathname))

/**
 * An uploaded picture (or one of its sizes), as Payload serves it: with no Cache-Control, so
 * without this every reader's image would go to the web servers, front cache or not.
 */
const mediaFile = /^\/api\/media\/file\/[^/]+$/

/** How long a reader's browser keeps a picture before asking again. */
const MEDIA_BROWSER_MAX_AGE = 3600

/** Surrogate keys of a public page: its tags, `locale:<l>` and `path:<pathname>`. */
export function surrogateKeys(pathname, route) {
  return [...route.tags, ...(route.locale ? [`locale:${route.locale}`] : []), `path:${pathname}`]
}

/**
 * Whether Next itself considers the response shareable: a statically rendered page says
 * `s-maxage=…`; a dynamic page or draft mode says `private, no-cache, no-store, …`.
 */
export function nextAllowsSharing(cacheControl) {
  if (!cacheControl) return false
  const value = String(cacheControl).toLowerCase()
  if (/\b(private|no-store|no-cache)\b/.test(value)) return false
  return /\b(s-maxage|public)\b/.test(value)
}

/** `private, no-store` unless Next already said both. */
export function privateCacheControl(cacheControl) {
  const value = String(cacheControl ?? '').toLowerCase()
  return /\bprivate\b/.test(value) && /\bno-store\b/.test(value)
    ? String(cacheControl)
    : 'private, no-store'
}

export function publicCacheControl({ maxAge, stale }) {
  return `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${stale}`
}

/**
 * The caching headers of one response.
 * @param {{ method: string, pathname: string, cookieHeader: string | undefined,
 *   status: number, cacheControl: unknown, setsCookie: boolean,
 *   maxAge: number, stale: number, xkey?: string | null }} response
 * @returns {{ cacheControl: string | null, xkey: string | null }} null: leave as it is
 */
export function cachingHeaders({
  method,
  pathname,
  cookieHeader,
  status,
  cacheControl,
  setsCookie,
  maxAge,
  stale,
  xkey = null,
}) {
  const draftMode = hasCookie(cookieHeader, draftModeCookie)
  if (
    publicApiRoute(pathname) &&
    !draftMode &&
    !setsCookie &&
    (method === 'GET' || method === 'HEAD') &&
    (status === 200 || status === 304) &&
    /^public\b/.test(String(cacheControl ?? '')) &&
    xkey
  )
    // An anonymous read the API itself called shareable, with its own keys.
    return { cacheControl: null, xkey }
  if (isPrivatePath(pathname) || draftMode || setsCookie)
    return { cacheControl: privateCacheControl(cacheControl), xkey: null }
  if (
    mediaFile.test(pathname) &&
    !cacheControl &&
    (method === 'GET' || method === 'HEAD') &&
    (status === 200 || status === 304)
  )
    // Kept by the front cache until a change in the media purges it (or SHARED_CACHE_MAX_AGE).
    return {
      cacheControl: `public, max-age=${Math.min(MEDIA_BROWSER_MAX_AGE, maxAge)}, s-maxage=${maxAge}, stale-while-revalidate=${stale}`,
      xkey: ['media', `path:${pathname}`].join(' '),
    }
  const route = publicRoute(pathname)
  if (
    route &&
    (method === 'GET' || method === 'HEAD') &&
    (status === 200 || status === 304) &&
    (nextAllowsSharing(cacheControl) || route.dynamic)
  )
    return {
      cacheControl: publicCacheControl({ maxAge, stale }),
      xkey: surrogateKeys(pathname, route).join(' '),
    }
  // Redirects, 404s and anything else Next sends without saying how long it may be kept.
  if (!cacheControl) return { cacheControl: 'private, no-store', xkey: null }
  if (route && nextAllowsSharing(cacheControl))
    // A public route's other answers (a 404, a redirect): Next would let them be kept a year.
    return { cacheControl: 'private, no-store', xkey: null }
  return { cacheControl: null, xkey: null }
}

function hasCookie(cookieHeader, name) {
  if (!cookieHeader) return false
  return String(cookieHeader)
    .split(';')
    .some((pair) => pair.trim().startsWith(`${name}=`))
}
