import { createHash } from 'node:crypto'

import { publicApiRoute } from '@/server/cache-policy.mjs'
import { clientCopyIsCurrent, ifNoneMatchIsValid } from '@/server/conditional.mjs'

/**
 * The content API's public reads: anonymous GET and HEAD of published articles, weeks,
 * topics, analysts, media, the site settings and the search. Programs (apps, partner sites,
 * bots) read what readers read, so these answers are shared like pages: a public
 * Cache-Control, surrogate keys (`xkey`) that the same changes purge, a strong ETag and
 * Last-Modified with 304s, CORS for any site's browser, and only what a client shows of the
 * documents they link (a topic's name, not its whole record). README "The content API".
 */

export type PublicRead = { tags: string[]; locale: string; cursor: boolean }

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 && value !== undefined && value !== '' ? n : fallback
}

/** Query parameters a public read understands (Payload's, by their name before `[`). */
export const publicReadParameters = [
  'depth',
  'limit',
  'page',
  'sort',
  'where',
  'locale',
  'fallback-locale',
  'select',
  'populate',
  'joins',
  'draft',
  'pagination',
  'after',
] as const

const known = new Set<string>(publicReadParameters)

/**
 * The public read this anonymous request is, or null: never a draft, every language at once
 * (`locale=all`), the bin, or anything the admin alone asks for.
 */
export function publicReadOf(url: URL, method: string, locales: string[]): PublicRead | null {
  if (method !== 'GET' && method !== 'HEAD') return null
  const route = publicApiRoute(url.pathname)
  if (!route) return null
  const params = url.searchParams
  if (['true', '1'].includes(params.get('draft') ?? '')) return null
  if (['true', '1'].includes(params.get('trash') ?? '')) return null
  const locale = params.get('locale') ?? locales[0]
  if (!locales.includes(locale)) return null
  // Newest first, as an app pages through the archive: answers carry the next cursor.
  const cursor = url.pathname === '/api/articles' && !params.has('sort')
  return { tags: route.tags, locale, cursor }
}

/** A sentence for what a public read (anonymous, of a public path) cannot take, or null. */
export function checkPublicReadRequest(
  url: URL,
  headers: Headers,
  locales: string[],
): string | null {
  if (!publicApiRoute(url.pathname)) return null
  const ifNoneMatch = headers.get('if-none-match')
  if (!ifNoneMatchIsValid(ifNoneMatch))
    return 'If-None-Match must be * or entity tags in double quotes, separated by commas (the ETag of an earlier answer, e.g. "abc123").'
  // The search reads its own parameters and says what is wrong with them.
  if (url.pathname === '/api/search') return null
  for (const name of new Set(url.searchParams.keys())) {
    const base = name.replace(/\[.*$/, '')
    if (!known.has(base))
      return `Unknown query parameter "${name.slice(0, 40)}": this endpoint takes ${publicReadParameters.join(', ')} (see /api/docs).`
  }
  const after = url.searchParams.get('after')
  if (after !== null) {
    if (url.pathname !== '/api/articles')
      return 'after= pages through the list of analyses (/api/articles) only; use page= here.'
    if (url.searchParams.has('sort') || url.searchParams.has('page'))
      return 'after= continues the newest-first list where an earlier answer ended: leave out sort= and page=.'
    if (!readCursor(after))
      return 'after= must be the nextCursor of an earlier answer from /api/articles.'
  }
  const locale = url.searchParams.get('locale')
  if (locale !== null && locale !== 'all' && !locales.includes(locale))
    return `locale must be one of ${locales.join(', ')} (got "${locale.slice(0, 40)}").`
  return null
}

/**
 * What an anonymous read populates of the documents it links unless the client says
 * otherwise (`populate` or `select`): what a client shows, not the whole record. A list of
 * twenty analyses at depth 2 otherwise carried each analyst's biography and every topic's
 * description twenty times.
 */
export const defaultPopulate: Record<string, string[]> = {
  topics: ['name', 'slug'],
  weeks: ['startDate', 'endDate', 'slug'],
  analysts: ['name', 'slug', 'photo'],
  media: ['url', 'filename', 'mimeType', 'width', 'height', 'alt', 'sizes'],
  articles: ['title', 'slug', 'publishedAt'],
}

/**
 * The order of an anonymous list that names none: the newest analysis first (the admin's
 * lists keep the collection's own order, last edited first).
 */
export const publicListSort: Record<string, string> = { articles: '-publishedAt' }

/**
 * What an anonymous list of analyses carries of each one unless the client names fields
 * (`select`): what a list shows. The body, key points and SEO fields are in the document
 * (`/api/articles/{id}` or `/slug/{slug}`), or in a list that selects them.
 */
export const defaultListSelect: Record<string, string[]> = {
  articles: [
    'title',
    'slug',
    'lead',
    'verdict',
    'topic',
    'week',
    'authors',
    'heroImage',
    'publishedAt',
    'availableIn',
    'updatedAt',
    'createdAt',
  ],
}

export function withLeanDefaults(url: URL): URL {
  if (url.pathname === '/api/search') return url
  const names = [...url.searchParams.keys()]
  const lean = new URL(url)
  if (!names.some((name) => name.startsWith('populate')))
    for (const [collection, fields] of Object.entries(defaultPopulate))
      for (const field of fields)
        lean.searchParams.append(`populate[${collection}][${field}]`, 'true')
  const list = /^\/api\/([^/]+)$/.exec(url.pathname)?.[1]
  if (list && defaultListSelect[list] && !names.some((name) => name.startsWith('select')))
    for (const field of defaultListSelect[list])
      lean.searchParams.append(`select[${field}]`, 'true')
  return lean
}

/** Where API_CORS_ORIGINS narrows who may read us from a browser; else every site may. */
function allowedOrigin(origin: string | null): string | null {
  const list = (process.env.API_CORS_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/\/$/, ''))
    .filter(Boolean)
  if (list.length === 0 || list.includes('*')) return '*'
  return origin && list.includes(origin) ? origin : null
}

const exposedHeaders = 'ETag, Last-Modified, Retry-After, Content-Language'

/**
 * CORS for reading: any site's browser may GET and HEAD the API, never with credentials
 * (no cookie or token of ours is ever sent along), so a partner's page can show our
 * analyses. Calls that change things get no CORS headers: a browser refuses them.
 */
export function withReadingCors(response: Response, requestHeaders: Headers): Response {
  const headers = new Headers(response.headers)
  applyReadingCors(headers, requestHeaders)
  return new Response(response.body, { status: response.status, headers })
}

function applyReadingCors(headers: Headers, requestHeaders: Headers) {
  // Payload lists every method and header on every answer (its `cors` setting); a reading
  // client is allowed GET and HEAD, which the preflight answer says.
  headers.delete('access-control-allow-methods')
  headers.delete('access-control-allow-headers')
  const allowed = allowedOrigin(requestHeaders.get('origin'))
  if (!allowed) return
  headers.set('access-control-allow-origin', allowed)
  headers.set('access-control-expose-headers', exposedHeaders)
  if (allowed !== '*') headers.append('vary', 'Origin')
}

const preflightHeaders = [
  'accept',
  'accept-language',
  'content-language',
  'content-type',
  'if-none-match',
  'if-modified-since',
  'cache-control',
]

/**
 * A browser's preflight for a cross-site read (OPTIONS with Access-Control-Request-Method
 * GET or HEAD), or null for anything else (Payload answers it, without CORS headers).
 */
export function readingPreflight(request: Request): Response | null {
  const method = request.headers.get('access-control-request-method')
  const origin = request.headers.get('origin')
  if (!origin || (method !== 'GET' && method !== 'HEAD')) return null
  const allowed = allowedOrigin(origin)
  const vary = 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers'
  if (!allowed) return new Response(null, { status: 204, headers: { vary } })
  const asked = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const headers = asked.filter((name) => preflightHeaders.includes(name))
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': allowed,
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      ...(headers.length ? { 'access-control-allow-headers': headers.join(', ') } : {}),
      'access-control-max-age': '86400',
      'cache-control': 'public, max-age=86400',
      vary,
    },
  })
}

/** How long apps and browsers, then shared caches, keep a public read. */
function publicCacheControl() {
  const maxAge = positive(process.env.API_MAX_AGE, 30)
  const shared = positive(process.env.SHARED_CACHE_MAX_AGE, 300)
  const stale = positive(process.env.SHARED_CACHE_STALE, 86400)
  return `public, max-age=${Math.min(maxAge, shared)}, s-maxage=${shared}, stale-while-revalidate=${stale}, stale-if-error=${stale}`
}

const updatedAtPattern = /"updatedAt":"(\d{4}-\d\d-\d\dT[^"]+)"/g

/** The newest `updatedAt` anywhere in the answer, as an HTTP date. */
function lastModifiedOf(body: string): string | null {
  let newest = 0
  for (const match of body.matchAll(updatedAtPattern)) {
    const time = Date.parse(match[1])
    if (time > newest) newest = time
  }
  return newest > 0 ? new Date(newest).toUTCString() : null
}

/**
 * Cursor paging: `nextCursor` in an answer names its last analysis (published at, id), and
 * `after=<cursor>` asks for the ones after it, newest first. Unlike a deep page=, which makes
 * the database step over every analysis before it (on PostgreSQL with each one's translations
 * and authors joined), a cursor starts where the last answer ended.
 */
type Cursor = { publishedAt: string; id: string }

export function readCursor(token: string): Cursor | null {
  if (token.length > 200) return null
  const text = Buffer.from(token, 'base64url').toString('utf8')
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\|(\w{1,64})$/.exec(text)
  if (!match || Number.isNaN(Date.parse(match[1]))) return null
  return { publishedAt: match[1], id: match[2] }
}

const writeCursor = ({ publishedAt, id }: Cursor) =>
  Buffer.from(`${publishedAt}|${id}`, 'utf8').toString('base64url')

/** The list after the cursor: the client's own `where`, and the cursor's condition. */
export function withCursor(url: URL): URL {
  const cursor = readCursor(url.searchParams.get('after') ?? '')
  if (!cursor) return url
  const next = new URL(url)
  next.searchParams.delete('after')
  let free = 0
  for (const name of next.searchParams.keys()) {
    const index = /^where\[and\]\[(\d+)\]/.exec(name)
    if (index) free = Math.max(free, Number(index[1]) + 1)
  }
  const at = `where[and][${free}][or]`
  next.searchParams.append(`${at}[0][publishedAt][less_than]`, cursor.publishedAt)
  next.searchParams.append(`${at}[1][and][0][publishedAt][equals]`, cursor.publishedAt)
  next.searchParams.append(`${at}[1][and][1][id][less_than]`, cursor.id)
  return next
}

type ListAnswer = {
  docs?: { id?: string | number; publishedAt?: string | null }[]
  hasNextPage?: boolean
  nextCursor?: string | null
}

/** The answer with `nextCursor` (null on the last page), when the list is newest first. */
function withNextCursor(body: Buffer): Buffer {
  let answer: ListAnswer
  try {
    answer = JSON.parse(body.toString('utf8')) as ListAnswer
  } catch {
    return body
  }
  if (!Array.isArray(answer.docs)) return body
  const last = answer.docs.at(-1)
  answer.nextCursor =
    answer.hasNextPage && last?.publishedAt && last.id !== undefined
      ? writeCursor({ publishedAt: last.publishedAt, id: String(last.id) })
      : null
  return Buffer.from(JSON.stringify(answer), 'utf8')
}

/**
 * Payload answers a path it does not know with `{ message }`; every other refusal of the API
 * is `{ errors: [{ message }] }`, the shape the OpenAPI document gives for all of them.
 */
async function sameErrorShape(response: Response): Promise<Response> {
  if (response.status !== 404) return response
  const text = await response.text()
  let body: { message?: unknown; errors?: unknown } | null = null
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: passed on as it came.
  }
  const rewritten =
    body && !body.errors && typeof body.message === 'string'
      ? JSON.stringify({ errors: [{ message: body.message }] })
      : text
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(rewritten, { status: response.status, headers })
}

/**
 * The answer to a public read: shareable when Payload answered 200 (an error stays private),
 * with its validators, and a 304 when the client's copy is current.
 */
export async function finishPublicRead(
  request: Request,
  response: Response,
  read: PublicRead,
  pathname: string,
): Promise<Response> {
  if (response.status !== 200)
    return withReadingCors(await sameErrorShape(response), request.headers)
  const received = Buffer.from(await response.arrayBuffer())
  const body = read.cursor ? withNextCursor(received) : received
  const text = body.toString('utf8')
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  // An answer naming no document (an empty list) is as new as this moment.
  const lastModified = lastModifiedOf(text) ?? new Date().toUTCString()
  const headers = new Headers(response.headers)
  headers.set('cache-control', publicCacheControl())
  headers.set('etag', etag)
  headers.set('last-modified', lastModified)
  headers.set('content-language', read.locale)
  headers.set('xkey', [...read.tags, 'api', `locale:${read.locale}`, `path:${pathname}`].join(' '))
  applyReadingCors(headers, request.headers)
  const current = clientCopyIsCurrent(
    {
      ifNoneMatch: request.headers.get('if-none-match'),
      ifModifiedSince: request.headers.get('if-modified-since'),
    },
    { etag, lastModified },
  )
  if (current) {
    headers.delete('content-length')
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  headers.set('content-length', String(body.length))
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers,
  })
}
