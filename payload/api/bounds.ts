/**
 * Bounds on what one REST call may ask Payload for. Without them one anonymous
 * `?limit=100000&depth=10&locale=all` made the server assemble every document in every
 * language with every relation. A call outside them gets a 400 that names the bound: nothing
 * is cut silently, so a client never mistakes a shortened answer for the whole.
 */
export type RestBounds = {
  maxLimit: number
  maxDepth: number
  allowAllLocales: boolean
  maxQueryLength: number
  /** Past it an offset means nothing but work (100 000 pages of 100 is ten million rows). */
  maxPage: number
}

export type Caller = 'anonymous' | 'staff'

export const restBounds: Record<Caller, RestBounds> = {
  anonymous: {
    maxLimit: 100,
    maxDepth: 2,
    allowAllLocales: false,
    maxQueryLength: 4000,
    maxPage: 100_000,
  },
  staff: {
    maxLimit: 1000,
    maxDepth: 5,
    allowAllLocales: true,
    maxQueryLength: 32_000,
    maxPage: 1_000_000,
  },
}

export type BoundsCheck = { ok: true } | { ok: false; message: string }

const withoutSigningIn = (caller: Caller) => (caller === 'anonymous' ? ' without signing in' : '')

const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN)

/**
 * Checks a REST call's query string. `isBulkWrite` marks PATCH/DELETE on a whole collection,
 * which the admin sends with limit=0 (all documents matching its `where`).
 */
export function checkRestQuery(
  url: URL,
  caller: Caller,
  { isBulkWrite = false }: { isBulkWrite?: boolean } = {},
): BoundsCheck {
  const bounds = restBounds[caller]
  const who = withoutSigningIn(caller)
  if (url.search.length > bounds.maxQueryLength) {
    return {
      ok: false,
      message: `The query string is ${url.search.length} characters long; at most ${bounds.maxQueryLength} are accepted${who}.`,
    }
  }
  const params = url.searchParams
  const limit = params.get('limit')
  if (limit !== null) {
    const n = wholeNumber(limit)
    const allowed = isBulkWrite && caller === 'staff' && n === 0
    if (!allowed && !(n >= 1 && n <= bounds.maxLimit)) {
      return {
        ok: false,
        message: `limit must be a whole number from 1 to ${bounds.maxLimit}${who} (got "${limit.slice(0, 40)}"); use page= for more.`,
      }
    }
  }
  const depth = params.get('depth')
  if (depth !== null) {
    const n = wholeNumber(depth)
    if (!(n >= 0 && n <= bounds.maxDepth)) {
      return {
        ok: false,
        message: `depth must be a whole number from 0 to ${bounds.maxDepth}${who} (got "${depth.slice(0, 40)}").`,
      }
    }
  }
  const page = params.get('page')
  if (page !== null && !(wholeNumber(page) >= 1 && wholeNumber(page) <= bounds.maxPage)) {
    return {
      ok: false,
      message: `page must be a whole number from 1 to ${bounds.maxPage}${who} (got "${page.slice(0, 40)}").`,
    }
  }
  const pagination = params.get('pagination')
  if (pagination === 'false' && !isBulkWrite) {
    if (caller === 'anonymous') {
      return {
        ok: false,
        message: `pagination=false is not accepted without signing in; ask for pages of at most ${bounds.maxLimit} with limit= and page=.`,
      }
    }
    if (limit === null) {
      return {
        ok: false,
        message: `pagination=false needs a limit= of at most ${bounds.maxLimit}.`,
      }
    }
  }
  if (!bounds.allowAllLocales && params.get('locale') === 'all') {
    return {
      ok: false,
      message:
        'locale=all is not accepted without signing in; ask for one language at a time (locale=en, be or ru).',
    }
  }
  return { ok: true }
}

/**
 * The same list with the document id as its last sort key. Payload breaks ties by
 * createdAt only, which is not unique: documents created in the same millisecond (an import,
 * a seed) could appear on two pages or on none while a client pages through.
 */
export function withStableSort(url: URL, defaultSort: string): URL {
  const stable = new URL(url)
  const sort = stable.searchParams.get('sort')
  const keys = (sort || defaultSort)
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean)
  if (keys.some((key) => key.replace(/^-/, '') === 'id')) return url
  const last = keys.at(-1) ?? ''
  keys.push(last.startsWith('-') ? '-id' : 'id')
  stable.searchParams.set('sort', keys.join(','))
  return stable
}
