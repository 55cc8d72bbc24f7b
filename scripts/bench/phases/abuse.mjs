// 6. The site under API abuse: one reader asks for an analysis page every 100 ms, first at
// rest, then while 8 abusive clients, each from its own loopback address, hammer the API
// (GraphQL alias bomb, unbounded REST lists, a small REST list, wrong-password sign-ins).
// Measures what the reader notices and how the API answered the abuse. It works whether
// or not the API has limits: every status is counted as it comes.
import http from 'node:http'

import { median, round } from '../context.mjs'
import { forkClients, sleep } from '../proc.mjs'
import { pagePath } from '../site.mjs'

const READER_EVERY_MS = 100
const READER_TIMEOUT_MS = 30_000
export const ABUSIVE_CLIENTS = 8
/** Loopback addresses of the abusive clients: 127.0.0.50 … 127.0.0.57. */
export const FIRST_ABUSIVE_ADDRESS = 50

const ALIASES = 200
const bombQuery = `query { ${Array.from(
  { length: ALIASES },
  (_, i) => `a${i}: Articles(limit: 100) { docs { id title lead } }`,
).join(' ')} }`

/** The kinds of abuse; client i sends kind i mod 4, so two clients send each. */
export const ABUSE_KINDS = [
  {
    kind: 'graphqlBomb',
    label: `GraphQL alias bomb (${ALIASES} × Articles(limit: 100))`,
    method: 'POST',
    path: '/api/graphql',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: bombQuery }),
  },
  {
    kind: 'restUnbounded',
    label: 'REST limit=100000, depth=10, locale=all',
    method: 'GET',
    path: '/api/articles?limit=100000&depth=10&locale=all',
  },
  {
    kind: 'restList',
    label: 'REST limit=100, depth=2',
    method: 'GET',
    path: '/api/articles?limit=100&depth=2',
  },
  {
    kind: 'signIn',
    label: 'sign-in with a wrong password',
    method: 'POST',
    path: '/api/users/login',
    headers: { 'Content-Type': 'application/json' },
    // The admin: the account a password guesser goes for. Nothing after this phase signs in
    // on this database (growth has its own copy), so a lock-out harms no other phase.
    body: JSON.stringify({ email: 'admin@monitor.local', password: 'not-the-password' }),
  },
]

/**
 * One request; resolves { status, ms, bytes } once the body has been read to its end; status
 * 'unfinished' when it was cut off after `timeoutMs` or by `cutOff(stop)`, 'error' on a
 * socket error. The body is counted, not kept.
 */
function send(
  base,
  { method = 'GET', path, headers = {}, body },
  { agent, localAddress, timeoutMs, cutOff } = {},
) {
  return new Promise((resolve) => {
    const started = performance.now()
    let settled = false
    let cut = false
    const done = (status, bytes = 0) => {
      if (settled) return
      settled = true
      resolve({ status, ms: performance.now() - started, bytes })
    }
    const req = http.request(
      `${base}${path}`,
      {
        method,
        headers: body ? { ...headers, 'Content-Length': Buffer.byteLength(body) } : headers,
        ...(agent ? { agent } : { agent: false }),
        ...(localAddress ? { localAddress } : {}),
      },
      (response) => {
        let bytes = 0
        response.on('data', (chunk) => (bytes += chunk.length))
        response.on('end', () => done(response.statusCode, bytes))
        response.on('close', () => done(cut ? 'unfinished' : 'error', bytes))
      },
    )
    const stop = () => {
      cut = true
      req.destroy()
    }
    if (timeoutMs) req.setTimeout(timeoutMs, stop)
    cutOff?.(stop)
    req.on('error', () => done(cut ? 'unfinished' : 'error'))
    if (body) req.write(body)
    req.end()
  })
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * The reader: a GET every 100 ms on a fixed schedule (a slow answer does not delay the next
 * request, so waiting is not hidden), for `seconds`. A request that fails or times out
 * counts with the time it took.
 */
export async function readFor(base, path, seconds) {
  const agent = new http.Agent({ keepAlive: true })
  const started = performance.now()
  const requests = []
  try {
    for (let k = 0; k < (seconds * 1000) / READER_EVERY_MS; k++) {
      const due = started + k * READER_EVERY_MS
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      requests.push(send(base, { path }, { agent, signal: AbortSignal.timeout(READER_TIMEOUT_MS) }))
    }
    const answers = await Promise.all(requests)
    const times = answers.map((a) => a.ms)
    const failed = answers.filter((a) => a.status !== 200)
    return {
      requests: answers.length,
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      maxMs: round(Math.max(...times)),
      failed: failed.length,
      failedStatuses: countBy(failed.map((a) => a.status)),
    }
  } finally {
    agent.destroy()
  }
}

export const countBy = (values) =>
  values.reduce((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {})

/**
 * One abusive client: sends its kind of request again and again, each as soon as the last
 * was answered, until `until` (performance.now()). Requests still in flight then are
 * aborted when `abort` fires and count as unfinished.
 */
export async function abuseUntil(base, abuse, localAddress, until, abort) {
  const answers = []
  let stopCurrent = null
  abort.addEventListener('abort', () => stopCurrent?.(), { once: true })
  while (performance.now() < until && !abort.aborted) {
    answers.push(await send(base, abuse, { localAddress, cutOff: (stop) => (stopCurrent = stop) }))
  }
  return answers
}

export async function abusePhase(ctx) {
  const { options, port, site, say } = ctx
  const base = `http://127.0.0.1:${port}`
  const path = pagePath(site, 'article', 'en')
  const seconds = options.abuseSeconds
  // The page is in Next's cache before anything is timed, as for any reader.
  const first = await send(base, { path }, {})
  if (first.status !== 200) throw new Error(`${path}: HTTP ${first.status}`)

  say(`  reader alone: GET ${path} every ${READER_EVERY_MS} ms for ${seconds} s`)
  const atRest = await readFor(base, path, seconds)
  say(`    p50 ${atRest.p50Ms} ms, p99 ${atRest.p99Ms} ms, ${atRest.failed} failed`)

  say(`  the same reader beside ${ABUSIVE_CLIENTS} abusive clients (127.0.0.50–57)`)
  // Requests still unanswered this long after the window are aborted: an unlimited bomb can
  // keep the server busy far longer than the window.
  const graceMs = options.quick ? 10_000 : 30_000
  // In their own process, so the reader's timer here waits for nothing but the site.
  const { started, message } = forkClients(
    'scripts/bench/abusive-clients.mjs',
    [base, seconds, graceMs],
    'the abusive clients',
  )
  const result = message('finished')
  await started
  const underAbuse = await readFor(base, path, seconds)
  const { finished, drainedMs } = await result
  say(`    p50 ${underAbuse.p50Ms} ms, p99 ${underAbuse.p99Ms} ms, ${underAbuse.failed} failed`)

  const kinds = ABUSE_KINDS.map(({ kind, label, method, path: abusePath }) => {
    const answers = finished.filter((c) => c.kind === kind).flatMap((c) => c.answers)
    const answered = answers.filter((a) => typeof a.status === 'number')
    const times = answered.map((a) => a.ms)
    const cutOff = answers.filter((a) => a.status === 'unfinished')
    const summary = {
      kind,
      label,
      request: `${method} ${abusePath.length > 80 ? `${abusePath.slice(0, 80)}…` : abusePath}`,
      clients: finished.filter((c) => c.kind === kind).map((c) => c.localAddress),
      sent: answers.length,
      byStatus: countBy(answers.map((a) => a.status)),
      medianMs: round(median(times)),
      maxMs: times.length ? round(Math.max(...times)) : null,
      medianBytes: round(median(answered.map((a) => a.bytes))),
      // Cut off after the window and its grace: how long they had been waiting by then.
      unfinishedAfterMs: cutOff.length ? round(Math.min(...cutOff.map((a) => a.ms))) : null,
    }
    say(
      `    ${label}: ${summary.sent} sent, ${formatStatuses(summary.byStatus)}, answered in ${summary.medianMs ?? '–'} ms median, ${summary.maxMs ?? '–'} ms max`,
    )
    return summary
  })
  return {
    path,
    seconds,
    everyMs: READER_EVERY_MS,
    abusiveClients: ABUSIVE_CLIENTS,
    atRest,
    underAbuse,
    p99Ratio: atRest.p99Ms ? round(underAbuse.p99Ms / atRest.p99Ms, 2) : null,
    abuse: kinds,
    drainedAfterWindowMs: round(drainedMs),
  }
}

/** "429 ×120 · 200 ×3", most frequent first. */
export function formatStatuses(byStatus) {
  return Object.entries(byStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([status, count]) => `${status} ×${count}`)
    .join(' · ')
}
