// The content API's reads in a process of their own. A list or document the web server has
// not kept in memory costs tens of milliseconds of JavaScript that nothing interrupts
// (SQLite answers synchronously, Payload's hooks are one promise chain), so 64 apps asking
// for distinct lists kept a reader's cached page waiting 300–400 ms behind them. Here the
// web server (server/server.mjs) hands those misses to a second Next server on a loopback
// port, started at a lower CPU priority: the kernel then serves readers first, whatever
// the apps ask. The web server keeps everything else: its memory copies and 304s (a hit never
// goes there), pages, the admin, writes, staff calls, GraphQL, the jobs.
//
// API_PROCESS=false keeps the reads in the web server (about 250 MB less memory).
import { fork } from 'node:child_process'
import http from 'node:http'
import os from 'node:os'

import { publicApiRoute } from './cache-policy.mjs'
import { mayBeStaff } from './origin.mjs'

/** How much lower the API process's CPU priority is than the web server's (nice). */
const NICENESS = 10
/** Answers it has not begun after this long are answered by the web server itself. */
const HEADERS_TIMEOUT_MS = 30_000

/**
 * Whether the request is an anonymous read of published content the API process answers.
 * @param {import('node:http').IncomingMessage} req
 */
export function isPublicApiRead(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const url = req.url ?? '/'
  if (!url.startsWith('/api/')) return false
  if (mayBeStaff(req)) return false
  const query = url.indexOf('?')
  const pathname = query < 0 ? url : url.slice(0, query)
  return publicApiRoute(pathname) !== null
}

/** @param {Record<string, string | undefined>} env */
export const apiProcessWanted = (env = process.env) => env.API_PROCESS !== 'false'

/**
 * Starts the API process once `ready()` resolves (the web server has opened the database and
 * run its migrations, so the two never migrate at once), and starts it again when it dies.
 * `forward` hands a request to it, false while it is not there.
 * @param {{ ready: () => Promise<void>, log: (line: string) => void }} options
 */
export function startApiProcess({ ready, log }) {
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null
  /** @type {number | null} */
  let port = null
  let stopping = false
  let restarts = 0
  let nextRequestId = 0
  /** @type {Map<number, (json: unknown) => void>} */
  const pendingMetrics = new Map()
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

  const spawnChild = () => {
    if (stopping) return
    const started = Date.now()
    const proc = fork(new URL('./server.mjs', import.meta.url).pathname, [], {
      env: {
        ...process.env,
        WM_SERVER_ROLE: 'api-reads',
        HOSTNAME: '127.0.0.1',
        // Only the web server's address reaches it; X-Forwarded-For is the client's.
        TRUSTED_PROXIES: 'loopback',
        ORIGIN_CACHE_MB: '0',
        JOBS_AUTORUN: 'false',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child = proc
    try {
      os.setPriority(proc.pid ?? 0, Math.min(19, os.getPriority() + NICENESS))
    } catch (error) {
      log(`The API process runs at the web server's priority: ${error.message}`)
    }
    proc.on('message', (message) => {
      if (message?.type === 'ready') {
        port = message.port
        restarts = 0
        log(
          `API reads answered by their own process (pid ${proc.pid}, port ${port}, nice +${NICENESS}) in ${Date.now() - started} ms`,
        )
      } else if (message?.type === 'metrics') {
        pendingMetrics.get(message.id)?.(message.json)
        pendingMetrics.delete(message.id)
      }
    })
    proc.on('exit', (code, signal) => {
      if (child === proc) {
        child = null
        port = null
      }
      for (const answer of pendingMetrics.values()) answer(null)
      pendingMetrics.clear()
      if (stopping) return
      const wait = Math.min(30_000, 1000 * 2 ** restarts++)
      log(
        `The API process stopped (${signal ?? `exit ${code}`}); the web server answers its reads until it is back, in ${wait / 1000} s`,
      )
      setTimeout(spawnChild, wait).unref()
    })
  }

  ready().then(spawnChild, (error) =>
    log(`The API process was not started: ${error?.message ?? error}`),
  )

  return {
    /**
     * Sends the request to the API process and its answer back; false (nothing sent) when it
     * is not running. If it fails before answering, `fallback` answers instead.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {() => void} fallback
     */
    forward(req, res, fallback) {
      if (port === null) return false
      let answered = false
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent,
          timeout: HEADERS_TIMEOUT_MS,
        },
        (answer) => {
          answered = true
          const headers = { ...answer.headers }
          for (const name of ['connection', 'keep-alive', 'transfer-encoding']) delete headers[name]
          res.writeHead(answer.statusCode ?? 502, headers)
          answer.pipe(res)
          answer.on('error', () => res.destroy())
        },
      )
      upstream.on('timeout', () => upstream.destroy(new Error('no answer in time')))
      upstream.on('error', () => {
        if (!answered && !res.headersSent && !res.destroyed) fallback()
        else res.destroy()
      })
      // A client that leaves: the API process drops the call before it starts.
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy()
      })
      upstream.end()
      return true
    },

    /** The API process's metrics (prom-client's JSON), or null when it cannot say. */
    metricsJson() {
      if (!child?.connected) return Promise.resolve(null)
      const id = ++nextRequestId
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pendingMetrics.delete(id)
          resolve(null)
        }, 1000)
        pendingMetrics.set(id, (json) => {
          clearTimeout(timer)
          resolve(json)
        })
        child?.send({ type: 'metrics', id })
      })
    },

    /** Stops it, waiting at most a few seconds. */
    stop() {
      stopping = true
      port = null
      agent.destroy()
      const proc = child
      if (!proc || proc.exitCode !== null) return Promise.resolve()
      return new Promise((resolve) => {
        const kill = setTimeout(() => proc.kill('SIGKILL'), 5000)
        proc.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        proc.kill('SIGTERM')
      })
    },
  }
}
