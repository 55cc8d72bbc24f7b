import {
  type FlattenedField,
  getPayload,
  getRequestLanguage,
  type Payload,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
} from 'payload'
import { parseCookies } from 'payload/shared'

import { clientAddress } from '@/payload/clientAddress'
import { anonymousApiBudget, takeBudget } from '@/payload/limits/rateLimit'
import { checkSignIn, signInFailed, signInSucceeded } from '@/payload/limits/signInThrottle'
import { recordApiRefusal } from '@/payload/metrics'
import { processSingleton } from '@/payload/utilities/processSingleton'
import { BodyTooLargeError, readCappedBody } from '@/payload/utilities/readCappedBody'

import { screenRestCall } from './badInput'
import {
  type Caller,
  checkIdsInWhere,
  checkRestQuery,
  isId,
  MAX_ID,
  withStableSort,
} from './bounds'
import { checkGraphQLRequest, graphQLBounds } from './graphqlBounds'
import { guardMessages } from './messages'
import {
  checkPublicReadRequest,
  finishPublicRead,
  publicListSort,
  publicReadOf,
  readingPreflight,
  withCursor,
  withLeanDefaults,
  withReadingCors,
} from './publicReads'
import { anonymousApiGate } from './workGate'

/**
 * Every call to /api/* and /api/graphql passes here before Payload does any work: bounded
 * work per request, a budget per client address, sign-in slowed down instead of accounts
 * locked, and a time limit, each refusal a 4xx/503 with a sentence that says why. See
 * README "The public API".
 */

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RestArgs = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, args: RestArgs) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

const timeLimitMs = (caller: Caller) =>
  caller === 'staff'
    ? positive(process.env.API_STAFF_TIMEOUT_MS, 60_000)
    : positive(process.env.API_TIMEOUT_MS, 10_000)

/** A refusal in the shape Payload answers its own errors. */
export function refusal(status: number, message: string, headers: HeadersInit = {}): Response {
  recordApiRefusal(status)
  return Response.json(
    { errors: [{ message }] },
    { status, headers: { 'cache-control': 'no-store', ...headers } },
  )
}

const authOperations = new Set([
  'login',
  'logout',
  'me',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'verify',
])

/** Endpoints with limits of their own, or none needed: they pass untouched. */
function passesUntouched(slug: string[]): boolean {
  const [first, second] = slug
  if (first === 'revalidate' || first === 'preview' || first === 'newsletter') return true
  // Image files the pages show: cheap, and every reader asks for them.
  return second === 'file' && slug.length === 3
}

const mayBeSignedIn = (headers: Headers) =>
  headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

/** Staff (any signed-in user) or anonymous. A forged or expired token is anonymous. */
async function identify(payload: Payload, headers: Headers): Promise<Caller> {
  if (!mayBeSignedIn(headers)) return 'anonymous'
  try {
    const { user } = await payload.auth({ headers })
    return user ? 'staff' : 'anonymous'
  } catch {
    return 'anonymous'
  }
}

/** A collection's relationship and upload fields by path (`topic`, `meta.image`). */
const relationFields = (config: SanitizedCollectionConfig): ReadonlySet<string> =>
  processSingleton(`relation-fields:${config.slug}`, () => {
    const paths = new Set<string>()
    const visit = (fields: FlattenedField[], prefix: string) => {
      for (const field of fields) {
        if (field.type === 'relationship' || field.type === 'upload') paths.add(prefix + field.name)
        else if (field.type === 'group' || field.type === 'tab')
          visit(field.flattenedFields, `${prefix}${field.name}.`)
      }
    }
    visit(config.flattenedFields, '')
    return paths
  })

/** A collection's own one-segment paths (`count`, `versions`, `me`…): anything else is an id. */
const singleSegmentEndpoints = (config: SanitizedCollectionConfig): ReadonlySet<string> =>
  processSingleton(`single-segment-endpoints:${config.slug}`, () => {
    const names = new Set<string>()
    for (const endpoint of config.endpoints || []) {
      const name = /^\/([^/:]+)(\/:[^/]+\?)?$/.exec(endpoint.path)?.[1]
      if (name) names.add(name)
    }
    return names
  })

const adminLanguage = (payload: Payload, headers: Headers) =>
  getRequestLanguage({ config: payload.config, cookies: parseCookies(headers), headers })

const tooMany = (retryAfterSeconds: number, caller: string) =>
  refusal(
    429,
    `Too many API calls from this address${caller}: try again in ${retryAfterSeconds} s.`,
    { 'retry-after': String(retryAfterSeconds) },
  )

/**
 * Runs the handler within the time limit and, for anonymous callers, through the work gate.
 * Payload cannot cancel a query it has started: a call over its time gets a 503 at once and
 * its work finishes in the background, keeping its turn in the gate until then.
 */
async function runBounded(
  caller: Caller,
  signal: AbortSignal | undefined,
  work: () => Promise<Response>,
  { takesTurns = caller === 'anonymous', client }: { takesTurns?: boolean; client: string },
): Promise<Response> {
  let release = () => {}
  if (takesTurns) {
    const ticket = await anonymousApiGate().enter(signal, client)
    if (ticket === 'gone') return refusal(499, 'The client closed the request.')
    if (ticket === 'crowded') {
      const { maxQueuePerClient } = anonymousApiGate()
      return refusal(
        429,
        `This address already has ${maxQueuePerClient} API calls waiting for their turn: wait for their answers before sending more.`,
        { 'retry-after': '1' },
      )
    }
    if (ticket === 'busy') {
      return refusal(
        503,
        'The API is busy with other anonymous calls: try again in a few seconds.',
        {
          'retry-after': '5',
        },
      )
    }
    release = ticket.release
  }
  const limit = timeLimitMs(caller)
  const tooLong = () =>
    refusal(503, `This call took longer than ${limit / 1000} s and was stopped waiting for.`, {
      'retry-after': '30',
    })
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const running = work().finally(release)
  const overtime = new Promise<Response>((resolve) => {
    timer = setTimeout(() => resolve(tooLong()), limit)
  })
  try {
    const response = await Promise.race([running, overtime])
    // SQLite's queries never yield to the timer: a call that ran past its limit in one
    // stretch is answered as one that did, the same on every database.
    if (response.status < 400 && Date.now() - started > limit) {
      await response.body?.cancel().catch(() => {})
      return tooLong()
    }
    return response
  } finally {
    clearTimeout(timer)
    running.catch(() => {})
  }
}

/** The e-mail address a sign-in names, from JSON or the admin's multipart `_payload`. */
function signInEmail(body: Buffer, contentType: string): string {
  try {
    const text = body.toString('utf8')
    if (contentType.includes('application/json')) return String(JSON.parse(text).email ?? '')
    const match = /name="_payload"\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(text)
    if (match) return String(JSON.parse(match[1]).email ?? '')
    if (contentType.includes('application/x-www-form-urlencoded'))
      return new URLSearchParams(text).get('email') ?? ''
  } catch {
    // An unreadable body: Payload answers it with its own 400.
  }
  return ''
}

async function signIn(
  payload: Payload,
  request: Request,
  forward: (request: Request) => Promise<Response>,
): Promise<Response> {
  const address = clientAddress(request.headers)
  let body: Buffer
  try {
    body = await readCappedBody(request, 64 * 1024)
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return refusal(413, 'A sign-in request is at most 64 KB.')
    throw error
  }
  const email = signInEmail(body, request.headers.get('content-type') ?? '')
  const allowed = await checkSignIn(address, email)
  if (!allowed.ok) {
    const message = guardMessages(adminLanguage(payload, request.headers)).signInWait(
      allowed.retryAfterSeconds,
    )
    payload.logger.warn({ msg: 'Sign-in refused while slowed down', address, email })
    return refusal(429, message, { 'retry-after': String(allowed.retryAfterSeconds) })
  }
  const response = await forward(
    new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: new Uint8Array(body),
    }),
  )
  if (response.ok) await signInSucceeded(address, email)
  else if (response.status === 401 || response.status === 403) {
    payload.logger.warn({ msg: 'Failed sign-in', address, email })
    await signInFailed(address, email)
  }
  return response
}

const uploadLimitBytes = (payload: Payload): number | undefined => {
  const size = payload.config.upload?.limits?.fileSize
  return typeof size === 'number' && size > 0 ? size : undefined
}

async function uploadTooLarge(payload: Payload, request: Request): Promise<Response> {
  const mb = Math.round((uploadLimitBytes(payload) ?? 0) / (1024 * 1024))
  const message = guardMessages(adminLanguage(payload, request.headers)).uploadTooLarge(mb)
  await request.body?.cancel().catch(() => {})
  return refusal(413, message)
}

const localeCodes = (payload: Payload): string[] => {
  const localization = payload.config.localization
  return localization ? localization.localeCodes : ['en']
}

/** Wraps one of Payload's REST route handlers (GET, POST, …). */
export function guardRest(config: Config, handler: RestHandler, method: string): RestHandler {
  return async (request, args) => {
    const { slug = [] } = await args.params
    const screened = await screenRestCall(request, slug)
    if (!screened.ok) {
      const refused = refusal(screened.status, screened.message)
      // A reading client's browser may read why, whoever it is.
      return method === 'GET' || method === 'HEAD'
        ? withReadingCors(refused, request.headers)
        : refused
    }
    request = screened.request
    if (passesUntouched(slug)) return handler(request, args)
    const payload = await getPayload({ config })
    const caller = await identify(payload, request.headers)
    const address = clientAddress(request.headers)
    const collection = payload.collections[slug[0] as keyof typeof payload.collections]
    const url = new URL(request.url)
    const reading = caller === 'anonymous' && (method === 'GET' || method === 'HEAD')
    // Any site's browser may read what anonymous readers may, errors included.
    const answer = (response: Response) =>
      reading ? withReadingCors(response, request.headers) : response

    if (reading) {
      const problem = checkPublicReadRequest(url, request.headers, localeCodes(payload))
      if (problem) return answer(refusal(400, problem))
    }

    if (caller === 'anonymous' && method !== 'OPTIONS') {
      const budget = await takeBudget(anonymousApiBudget(), address)
      if (!budget.ok) return answer(tooMany(budget.retryAfterSeconds, ' without signing in'))
    }

    const check = checkRestQuery(url, caller, {
      isBulkWrite: (method === 'PATCH' || method === 'DELETE') && slug.length === 1,
    })
    if (!check.ok) return answer(refusal(400, check.message))
    if (collection && payload.db.defaultIDType === 'number') {
      const ids = checkIdsInWhere(url, relationFields(collection.config))
      if (!ids.ok) return answer(refusal(400, ids.message))
      // /api/articles/x1: Payload made the id a number, NaN, and SQLite's driver threw (500).
      const [, id] = slug
      if (slug.length === 2 && !isId(id!) && !singleSegmentEndpoints(collection.config).has(id!))
        return answer(
          refusal(
            404,
            `Nothing has the id "${id!.slice(0, 40)}": ids are whole numbers up to ${MAX_ID}.`,
          ),
        )
    }

    // Signing in, out and checking one's session are light and throttled on their own: they
    // never queue behind heavy anonymous reads, so an editor gets in while the API is busy.
    const accountCall =
      Boolean(collection?.config.auth) && slug.length === 2 && authOperations.has(slug[1])
    const forward = (next: Request) =>
      runBounded(
        caller,
        request.signal,
        () => handler(next, { params: Promise.resolve({ slug }) }),
        { takesTurns: caller === 'anonymous' && !accountCall, client: address },
      )

    if (method === 'POST' && slug.length === 2 && slug[1] === 'login' && collection?.config.auth)
      return signIn(payload, request, forward)

    if (
      collection?.config.upload &&
      (method === 'POST' || method === 'PATCH' || method === 'PUT')
    ) {
      const limit = uploadLimitBytes(payload)
      const declared = Number(request.headers.get('content-length') || 0)
      // The form around the file adds a little; anything far over the limit is refused unread.
      if (limit && declared > limit + 1024 * 1024) return uploadTooLarge(payload, request)
      const response = await forward(request)
      return response.status === 413 ? uploadTooLarge(payload, request) : response
    }

    const read = reading ? publicReadOf(url, request.method, localeCodes(payload)) : null
    let target = url
    if ((method === 'GET' || method === 'HEAD') && slug.length === 1 && collection) {
      const defaultSort = (read && publicListSort[slug[0]]) || collection.config.defaultSort
      target = withStableSort(
        url,
        typeof defaultSort === 'string' && defaultSort ? defaultSort : '-createdAt',
      )
    }
    if (read) target = withCursor(withLeanDefaults(target))
    // Payload knows GET only: a HEAD is its GET without the body.
    const head = method === 'HEAD'
    const next =
      target === url && !head
        ? request
        : new Request(target, { method: head ? 'GET' : request.method, headers: request.headers })
    const response = await forward(next)
    if (read) return finishPublicRead(request, response, read, url.pathname)
    return answer(head ? new Response(null, response) : response)
  }
}

/**
 * Wraps Payload's OPTIONS handler: a browser's preflight for reading from another site is
 * answered here (CORS for GET and HEAD); anything else goes to Payload, which allows nothing
 * cross-site.
 */
export function guardOptions(handler: RestHandler): RestHandler {
  return async (request, args) => readingPreflight(request) ?? handler(request, args)
}

/** Wraps Payload's GraphQL route handler. */
export function guardGraphQL(config: Config, handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const payload = await getPayload({ config })
    const caller = await identify(payload, request.headers)
    const address = clientAddress(request.headers)
    if (caller === 'anonymous') {
      const budget = await takeBudget(anonymousApiBudget(), address)
      if (!budget.ok) return tooMany(budget.retryAfterSeconds, ' without signing in')
    }
    const bounds = graphQLBounds(caller, process.env.NODE_ENV === 'production')
    let body: Buffer
    try {
      body = await readCappedBody(request, bounds.maxBodyBytes)
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      return refusal(
        413,
        `A GraphQL request is at most ${Math.round(bounds.maxBodyBytes / 1024)} KB${caller === 'anonymous' ? ' without signing in' : ''}.`,
      )
    }
    const text = body.toString('utf8')
    const check = checkGraphQLRequest(text, request.headers.get('content-type'), bounds)
    if (!check.ok) return refusal(check.status, check.message)

    const signInAddress = /\bloginUser\b/.test(text) ? graphQLSignInEmail(text) : null
    if (signInAddress !== null) {
      const allowed = await checkSignIn(address, signInAddress)
      if (!allowed.ok) {
        const message = guardMessages(adminLanguage(payload, request.headers)).signInWait(
          allowed.retryAfterSeconds,
        )
        return refusal(429, message, { 'retry-after': String(allowed.retryAfterSeconds) })
      }
    }
    const response = await runBounded(
      caller,
      request.signal,
      () =>
        handler(
          new Request(request.url, {
            method: 'POST',
            headers: request.headers,
            body: new Uint8Array(body),
          }),
        ),
      { client: address },
    )
    if (signInAddress !== null) await recordGraphQLSignIn(payload, response, address, signInAddress)
    return response
  }
}

/** The `email` of a loginUser mutation, from its arguments or variables. */
function graphQLSignInEmail(text: string): string {
  try {
    const { query, variables } = JSON.parse(text) as {
      query: string
      variables?: Record<string, unknown>
    }
    const literal = /loginUser\s*\([^)]*email\s*:\s*"([^"]*)"/.exec(query)
    if (literal) return literal[1]
    const variable = /loginUser\s*\([^)]*email\s*:\s*\$(\w+)/.exec(query)
    if (variable && variables) return String(variables[variable[1]] ?? '')
  } catch {
    // The checks above already refused a body that is not JSON.
  }
  return ''
}

async function recordGraphQLSignIn(
  payload: Payload,
  response: Response,
  address: string,
  email: string,
) {
  const answer = (await response
    .clone()
    .json()
    .catch(() => null)) as { data?: { loginUser?: { token?: string } | null } } | null
  if (answer?.data?.loginUser?.token) await signInSucceeded(address, email)
  else {
    payload.logger.warn({ msg: 'Failed sign-in (GraphQL)', address, email })
    await signInFailed(address, email)
  }
}
