// Conditional requests (RFC 9110 §13): one reading of If-None-Match and If-Modified-Since for
// the API's answers (payload/api/publicReads.ts) and for the copies the web server keeps in
// memory (server/origin-cache.mjs), so both answer 304 to exactly the same requests.

/** `*`, or entity tags in quotes (weak or strong), separated by commas. */
const entityTagList =
  /^\s*(\*|(W\/)?"[\x21\x23-\x7e\x80-\xff]*"(\s*,\s*(W\/)?"[\x21\x23-\x7e\x80-\xff]*")*)\s*$/

/**
 * Whether an If-None-Match value can be read. A value that is not `*` or a list of quoted
 * entity tags gets a 400 from the API: a client sending it has a bug worth hearing about.
 * @param {string | null | undefined} value
 */
export function ifNoneMatchIsValid(value) {
  if (value === null || value === undefined) return true
  return value.length <= 4096 && entityTagList.test(value)
}

/** An entity tag without its weakness: If-None-Match compares weakly (RFC 9110 §13.1.2). */
const opaque = (tag) => tag.trim().replace(/^W\//, '')

/**
 * Whether the client's copy is current: If-None-Match when it is there (If-Modified-Since is
 * then ignored, as the RFC says), else If-Modified-Since against Last-Modified. An
 * If-Modified-Since that is not a date is ignored, as the RFC says.
 * @param {{ ifNoneMatch?: string | null, ifModifiedSince?: string | null }} request
 * @param {{ etag?: string | null, lastModified?: string | null }} response
 */
export function clientCopyIsCurrent(request, response) {
  const { ifNoneMatch, ifModifiedSince } = request
  if (ifNoneMatch !== null && ifNoneMatch !== undefined && ifNoneMatch !== '') {
    if (!response.etag || !ifNoneMatchIsValid(ifNoneMatch)) return false
    if (ifNoneMatch.trim() === '*') return true
    const current = opaque(response.etag)
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === current)
  }
  if (ifModifiedSince && response.lastModified) {
    const since = Date.parse(ifModifiedSince)
    const modified = Date.parse(response.lastModified)
    if (Number.isNaN(since) || Number.isNaN(modified)) return false
    // HTTP dates have whole seconds.
    return Math.floor(modified / 1000) <= Math.floor(since / 1000)
  }
  return false
}
