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
  const options = { base: undefined, timestamp: pino.stdTimeFunctions.isoTime }
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
  // Written in batches of 4 KB off the request path (flushed each second and at exit): a
  // write per line would cost a system call per request at thousands a second.
  const destination = pino.destination({ sync: false, minLength: 4096 })
  setInterval(() => destination.flush(), 1000).unref()
  process.once('beforeExit', () => destination.flushSync())
  return pino(options, destination)
}

const acceptableId = /^[\w.:@-]{1,128}$/

/**
 * The request's id: the one a trusted proxy sent in X-Request-Id (so a line here matches the
 * front cache's), else a new one. A client's own claim is never believed: it could make its
 * requests look like someone else's in the logs.
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} fromTrustedProxy
 */
export function requestId(req, fromTrustedProxy) {
  const incoming = req.headers['x-request-id']
  if (fromTrustedProxy && typeof incoming === 'string' && acceptableId.test(incoming))
    return incoming
  return crypto.randomUUID()
}
