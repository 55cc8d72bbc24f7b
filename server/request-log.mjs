// One JSON line per request (pino), and the request id that ties it to the front cache's
// and the application's own lines. LOG_REQUESTS=false turns the lines off; LOG_FORMAT=pretty
// prints readable lines instead of JSON (development).
import crypto from 'node:crypto'

import pino from 'pino'

/**
 * The logger for request lines, or null when they are off.
 * @param {Record<string, string | undefined>} [env]
 * @param {import('pino').DestinationStream} [stream] where the lines go (stdout by default)
 */
export function createRequestLogger(env = process.env, stream = undefined) {
  if (env.LOG_REQUESTS === 'false') return null
  // `time` in milliseconds since 1970, pino's own (cheaper than formatting a date per line).
  const options = { base: undefined }
  if (stream) return pino(options, stream)
  if (env.LOG_FORMAT === 'pretty')
    return pino(
      options,
      pino.transport({
        target: 'pino-pretty',
        options: {
          colorize: true,
          translateTime: 'SYS:HH:MM:ss',
          messageFormat: '{method} {path} {status} {ms} ms {cache} · {kind} · {addr} · {id}',
          hideObject: true,
        },
      }),
    )
  return pino(options, batchedLines(process.stdout))
}

/**
 * A stream for pino that writes the lines in batches, at most 200 ms late or per 32 KB: a
 * write per line (pino's own destination, or one per turn of the event loop) cost more per
 * request than everything else the server adds to a page it has in memory. What is left is
 * written when the process exits.
 * @param {{ write: (chunk: string) => unknown }} out
 */
export function batchedLines(out, { maxDelayMs = 200, maxChars = 32 * 1024 } = {}) {
  /** @type {string[]} */
  let lines = []
  let chars = 0
  /** @type {NodeJS.Timeout | null} */
  let timer = null
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = null
    if (lines.length === 0) return
    const chunk = lines.join('')
    lines = []
    chars = 0
    out.write(chunk)
  }
  process.once('exit', flush)
  return {
    /** @param {string} line */
    write(line) {
      lines.push(line)
      chars += line.length
      if (chars >= maxChars) flush()
      else if (!timer) {
        timer = setTimeout(flush, maxDelayMs)
        timer.unref()
      }
    },
  }
}

const acceptableId = /^[\w.:@-]{1,128}$/

/**
 * The request's id: the one a trusted proxy sent in X-Request-Id (so a line here matches the
 * front cache's), else a new one. A client's own claim is never believed: it could make its
 * requests look like someone else's in the logs.
 * @param {import('node:http').IncomingMessage} req
 * @param {() => boolean} fromTrustedProxy
 */
export function requestId(req, fromTrustedProxy) {
  const incoming = req.headers['x-request-id']
  // Who sent it is asked only when there is one (it parses the socket's address).
  if (typeof incoming === 'string' && acceptableId.test(incoming) && fromTrustedProxy())
    return incoming
  return `${processId}-${(++counter).toString(36)}`
}

// This process's random prefix and a counter: unique across servers and restarts, and
// cheaper than a random id per request.
const processId = crypto.randomBytes(6).toString('hex')
let counter = 0
