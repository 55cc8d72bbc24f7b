import { metrics } from '@/payload/metrics'
import { processSingleton } from '@/payload/utilities/processSingleton'

export type GateTicket = { release: () => void }
export type GateRefusal = 'busy' | 'gone' | 'crowded'

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/**
 * Anonymous API calls take turns. A heavy REST or GraphQL call keeps the event loop busy
 * for its whole run (SQLite queries are synchronous), and with several of them at once a
 * reader's page waited for minutes. Here at most `concurrency` anonymous calls run at once
 * and together they get at most `share` of the server's time: after a call of t ms the next
 * starts t × (1 − share) / share ms later, and always after pending I/O, so readers' requests
 * are read in between. The rest is kept only while `readerWork()` says readers' requests are
 * in flight: on a server doing nothing else it would only keep apps waiting (after a publish
 * purged every list, an app's next calls queued behind rests nobody used).
 *
 * Turns go round the clients (their addresses), one call each, not first come first served:
 * one client sending a hundred calls waits behind its own calls, not in front of everybody
 * else's, so an app with one request in flight gets its answer within a few turns however
 * busy the API is. A client may have at most `maxQueuePerClient` calls waiting ('crowded',
 * a 429); a call that waits longer than `maxWaitMs` is refused (503), as is one arriving at a
 * full queue; a call whose client has gone is dropped before it starts. Answers from a cache
 * (the web server's memory, the front cache) never come here.
 */
export class WorkGate {
  private running = 0
  private restUntil = 0
  private timer: NodeJS.Timeout | null = null
  private waitingCount = 0
  /** Waiting calls per client, in the order the clients get their turns. */
  private readonly waiting = new Map<string, Array<{ admit: () => void; leave: () => void }>>()

  constructor(
    readonly concurrency: number,
    readonly share: number,
    readonly maxWaitMs: number,
    readonly maxQueue: number,
    readonly maxQueuePerClient: number = maxQueue,
    /** Readers' requests in flight; the default counts them as always there. */
    readonly readerWork: () => number = () => 1,
  ) {}

  get queued() {
    return this.waitingCount
  }

  enter(signal?: AbortSignal, client = ''): Promise<GateTicket | GateRefusal> {
    if (signal?.aborted) return Promise.resolve('gone')
    if (this.waitingCount >= this.maxQueue) return Promise.resolve('busy')
    if ((this.waiting.get(client)?.length ?? 0) >= this.maxQueuePerClient)
      return Promise.resolve('crowded')
    return new Promise((resolve) => {
      const started = Date.now()
      let settled = false
      const finish = (answer: GateTicket | GateRefusal) => {
        if (settled) return
        settled = true
        clearTimeout(expiry)
        signal?.removeEventListener('abort', onAbort)
        entry.leave()
        resolve(answer)
      }
      const entry = {
        leave: () => {
          const calls = this.waiting.get(client)
          const at = calls?.indexOf(entry) ?? -1
          if (!calls || at < 0) return
          calls.splice(at, 1)
          this.waitingCount--
          if (calls.length === 0) this.waiting.delete(client)
        },
        admit: () => {
          const admittedAt = Date.now()
          metrics().apiQueueWait.observe((admittedAt - started) / 1000)
          this.running++
          let released = false
          finish({
            release: () => {
              if (released) return
              released = true
              this.running--
              // The call's own time: counting its wait in the queue too made every rest longer
              // than the last, and a client calling one after another waited more each time.
              const took = Date.now() - admittedAt
              this.restUntil = Math.max(
                this.restUntil,
                Date.now() + (took * (1 - this.share)) / this.share,
              )
              this.schedule()
            },
          })
        },
      }
      const onAbort = () => finish('gone')
      const expiry = setTimeout(() => finish('busy'), this.maxWaitMs)
      signal?.addEventListener('abort', onAbort, { once: true })
      const calls = this.waiting.get(client)
      if (calls) calls.push(entry)
      else this.waiting.set(client, [entry])
      this.waitingCount++
      this.schedule()
    })
  }

  /** The first call of the client whose turn it is; that client goes to the back. */
  private nextCall() {
    const first = this.waiting.entries().next()
    if (first.done) return null
    const [client, calls] = first.value
    // To the back of the round; leave() drops the client once its last call is admitted.
    this.waiting.delete(client)
    this.waiting.set(client, calls)
    return calls[0]
  }

  /** How long the next call still rests: none while no reader is being served. */
  private rest() {
    return this.readerWork() > 0 ? Math.max(0, this.restUntil - Date.now()) : 0
  }

  private schedule() {
    if (this.timer || this.waitingCount === 0 || this.running >= this.concurrency) return
    // setTimeout, never a direct call: the turn passes only after the I/O already waiting,
    // and readers who came in meanwhile are counted before the call is let in.
    this.timer = setTimeout(() => {
      this.timer = null
      if (this.running >= this.concurrency) return
      if (this.rest() > 0) return this.schedule()
      const next = this.nextCall()
      if (!next) return
      next.admit()
      this.schedule()
    }, this.rest())
  }
}

/**
 * The gate every uncached anonymous API call of this process passes (API_CONCURRENCY,
 * API_SHARE, API_QUEUE_WAIT_MS, API_QUEUE_LENGTH, API_QUEUE_PER_CLIENT).
 */
export function anonymousApiGate(): WorkGate {
  return processSingleton(
    'anonymous-api-gate',
    () =>
      new WorkGate(
        Math.floor(positive(process.env.API_CONCURRENCY, 1)),
        Math.min(1, positive(process.env.API_SHARE, 0.5)),
        positive(process.env.API_QUEUE_WAIT_MS, 5000),
        Math.floor(positive(process.env.API_QUEUE_LENGTH, 256)),
        Math.floor(positive(process.env.API_QUEUE_PER_CLIENT, 8)),
        // Counted by the production server (server/origin.mjs); elsewhere (`next dev`) the
        // count is unknown and every rest is kept.
        () => globalThis.__wmReaderWork?.inFlight ?? 1,
      ),
  )
}

declare global {
  /** Readers' requests the production server has handed to Next and not yet answered. */
  var __wmReaderWork: { inFlight: number } | undefined
}
