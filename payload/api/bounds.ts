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

/** The largest id a SQL database here holds (PostgreSQL's `serial`, the same for SQLite). */
export const MAX_ID = 2_147_483_647

/** Whether a path segment or value can be a numeric id. */
export const isId = (text: string) => /^-?\d+$/.test(text) && Math.abs(Number(text)) <= MAX_ID

/** Operators whose values are compared with the column itself (`exists` takes a boolean). */
const valueOperators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

/**
 * A `where` value compared with an id (the document's own, or a relationship's) that no
 * numeric id column can hold: PostgreSQL answered `where[id][not_equals]=17966883357810`
 * with "out of range for type integer", a 500. `idFields` are the collection's
 * relationship and upload fields; `id` itself, at any depth (`topic.id`), always counts.
 * Only for databases with numeric ids (not MongoDB's).
 */
export function checkIdsInWhere(url: URL, idFields: ReadonlySet<string>): BoundsCheck {
  for (const [key, raw] of url.searchParams) {
    if (!key.startsWith('where[')) continue
    const parts = [...key.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!)
    // where[or][0][and][1][topic][in][0]: skip the and/or nesting to the field and operator.
    let at = 0
    while (at < parts.length && (parts[at] === 'and' || parts[at] === 'or')) at += 2
    const field = parts[at]
    const operator = parts[at + 1]
    if (!field || !operator || !valueOperators.has(operator)) continue
    const last = field.split('.').at(-1)
    if (last !== 'id' && !idFields.has(field)) continue
    const values =
      operator === 'in' || operator === 'not_in' || operator === 'all' ? raw.split(',') : [raw]
    const bad = values.find((v) => !isId(v.trim()))
    if (bad !== undefined)
      return {
        ok: false,
        message: `${key.slice(0, 120)}: "${bad.slice(0, 40)}" is not an id; ids are whole numbers up to ${MAX_ID}.`,
      }
  }
  return { ok: true }
}
