import { unstorableIn, unstorableString } from '@/lib/unstorable'
import { BodyTooLargeError, readCappedBody } from '@/payload/utilities/readCappedBody'

/**
 * Input Payload would hand to the database as it is: the path's segments, the query string
 * and a JSON body. A NUL byte or a lone surrogate made PostgreSQL fail with a 500, and a
 * body cut off in the middle got Payload's "An unknown error occurred."; each is refused
 * here with a 400 that says what is wrong and where.
 */

/** The largest JSON body a REST write may send (a long analysis is well under 1 MB). */
export const MAX_JSON_BODY_BYTES = 10 * 1024 * 1024

/** Why the path or query string cannot be used, as a sentence, or null. */
export function badRequestTarget(slug: string[], url: URL): string | null {
  // Next hands the route its segments decoded; the address may still be percent-encoded.
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return 'The address has a percent-encoding that is not UTF-8 text.'
  }
  for (const segment of [...slug, ...path.split('/')]) {
    const reason = unstorableString(segment, 1000)
    if (reason) return `A part of the address ${reason}.`
  }
  for (const [key, value] of url.searchParams) {
    const reason = unstorableString(key, 1000) ?? unstorableString(value)
    if (reason) return `The query parameter "${key.slice(0, 60)}" ${reason}.`
  }
  return null
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; message: string }

/** Parses a JSON body, or says why it is not JSON and at which character. */
export function parseJsonBody(text: string): JsonBody {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    const { at, what } = firstJsonError(text)
    return {
      ok: false,
      message: `The request body is not valid JSON: ${what} at position ${at}.`,
    }
  }
}

const isJson = (contentType: string | null) =>
  /^application\/(?:[\w.+-]+\+)?json\b/i.test((contentType ?? '').trim())

/**
 * Checks a REST call before Payload sees it. Returns the refusal's status and sentence, or
 * the request to pass on (rebuilt when its body had to be read).
 */
export async function screenRestCall(
  request: Request,
  slug: string[],
): Promise<{ ok: true; request: Request } | { ok: false; status: number; message: string }> {
  const target = badRequestTarget(slug, new URL(request.url))
  if (target) return { ok: false, status: 400, message: target }
  const method = request.method
  if ((method !== 'POST' && method !== 'PATCH' && method !== 'PUT') || !request.body)
    return { ok: true, request }
  const contentType = request.headers.get('content-type')
  if (/^multipart\/form-data\b/i.test(contentType ?? '')) return screenAdminForm(request)
  if (!isJson(contentType)) return { ok: true, request }
  let body: Buffer
  try {
    body = await readCappedBody(request, MAX_JSON_BODY_BYTES)
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    return {
      ok: false,
      status: 413,
      message: `A JSON request body is at most ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`,
    }
  }
  const parsed = parseJsonBody(body.toString('utf8'))
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message }
  const unstorable = unstorableIn(parsed.value, 'the field')
  if (unstorable) return { ok: false, status: 400, message: unstorable }
  return {
    ok: true,
    request: new Request(request.url, {
      method,
      headers: request.headers,
      body: new Uint8Array(body),
      signal: request.signal,
    }),
  }
}

/** Forms without a file up to this size are read here; an upload's fields are left to Payload. */
const MAX_SCREENED_FORM_BYTES = 2 * 1024 * 1024

/**
 * The admin saves a document as a form whose `_payload` field is the document's JSON: its
 * values are checked like a JSON body's. The form is read from a copy, so the request goes on
 * untouched.
 */
async function screenAdminForm(
  request: Request,
): Promise<{ ok: true; request: Request } | { ok: false; status: number; message: string }> {
  // Browsers always say how long a form is; an upload's size is the guard's business.
  const declared = Number(request.headers.get('content-length') || 0)
  if (declared > MAX_SCREENED_FORM_BYTES) return { ok: true, request }
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return { ok: false, status: 400, message: 'The request body is not a readable multipart form.' }
  }
  const document = form.get('_payload')
  if (typeof document !== 'string') return { ok: true, request }
  const parsed = parseJsonBody(document)
  if (!parsed.ok)
    return {
      ok: false,
      status: 400,
      message: parsed.message.replace('request body', '_payload field'),
    }
  const unstorable = unstorableIn(parsed.value, 'the field')
  if (unstorable) return { ok: false, status: 400, message: unstorable }
  return { ok: true, request }
}

/**
 * Where JSON.parse gave up and why, in words. V8 names the position for some errors only
 * ("Unexpected token '}', … is not valid JSON" has none), so the text is scanned again; this
 * runs only for a body that already failed.
 */
export function firstJsonError(text: string): { at: number; what: string } {
  let i = 0
  const n = text.length
  class Stop {
    constructor(readonly what: string) {}
  }
  const fail = (): never => {
    throw new Stop(i >= n ? 'unexpected end' : `unexpected ${JSON.stringify(text[i])}`)
  }
  const space = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++
  }
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail()
      i++
    }
  }
  const string = () => {
    i++
    for (;;) {
      if (i >= n) fail()
      const ch = text[i]
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') {
        i++
        if (i >= n) fail()
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            i++
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail()
          }
          i++
        } else if ('"\\/bfnrt'.includes(text[i])) i++
        else fail()
        continue
      }
      if (ch < ' ') fail()
      i++
    }
  }
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
  const value = (): void => {
    space()
    const ch = text[i]
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']'
      i++
      space()
      if (text[i] === close) {
        i++
        return
      }
      for (;;) {
        if (ch === '{') {
          space()
          if (text[i] !== '"') fail()
          string()
          space()
          if (text[i] !== ':') fail()
          i++
        }
        value()
        space()
        if (text[i] === ',') i++
        else if (text[i] === close) {
          i++
          return
        } else fail()
      }
    }
    if (ch === '"') return string()
    if (ch === 't') return literal('true')
    if (ch === 'f') return literal('false')
    if (ch === 'n') return literal('null')
    number.lastIndex = i
    if (ch !== undefined && number.test(text)) {
      i = number.lastIndex
      return
    }
    fail()
  }
  try {
    value()
    space()
    if (i < n) fail()
  } catch (error) {
    if (error instanceof Stop) return { at: i, what: error.what }
    // Nested too deep for this scanner: JSON.parse's own words.
  }
  return { at: i, what: 'unexpected input' }
}
