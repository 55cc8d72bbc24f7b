import { metrics } from '@/payload/metrics'
import { processSingleton } from '@/payload/utilities/processSingleton'

export type GateTicket = { release: () => void }
export type GateRefusal = 'busy' | 'gone'

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
 * are read in between. A call that waits longer than `maxWaitMs` is refused (503), as is one
 * arriving at a full queue; a call whose client has gone is dropped before it starts.
 */
export class WorkGate {
  private running = 0
  private restUntil = 0
  private timer: NodeJS.Timeout | null = null
  private readonly waiting: Array<{ admit: () => void }> = []

  constructor(
    readonly concurrency: number,
    readonly share: number,
    readonly maxWaitMs: number,
    readonly maxQueue: number,
  ) {}

  get queued() {
    return this.waiting.length
  }

  enter(signal?: AbortSignal): Promise<GateTicket | GateRefusal> {
    if (signal?.aborted) return Promise.resolve('gone')
    if (this.waiting.length >= this.maxQueue) return Promise.resolve('busy')
    return new Promise((resolve) => {
      const started = Date.now()
      let settled = false
      const finish = (answer: GateTicket | GateRefusal) => {
        if (settled) return
        settled = true
        clearTimeout(expiry)
        signal?.removeEventListener('abort', onAbort)
        const at = this.waiting.indexOf(entry)
        if (at >= 0) this.waiting.splice(at, 1)
        resolve(answer)
      }
      const entry = {
        admit: () => {
          metrics().apiQueueWait.observe((Date.now() - started) / 1000)
          this.running++
          let released = false
          finish({
            release: () => {
              if (released) return
              released = true
              this.running--
              const took = Date.now() - started
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
      this.waiting.push(entry)
      this.schedule()
    })
  }

  private schedule() {
    if (this.timer || this.waiting.length === 0 || this.running >= this.concurrency) return
    const delay = Math.max(0, this.restUntil - Date.now())
    // setTimeout, never a direct call: the turn passes only after the I/O already waiting.
    this.timer = setTimeout(() => {
      this.timer = null
      if (this.running >= this.concurrency) return
      const next = this.waiting[0]
      if (!next) return
      next.admit()
      this.schedule()
    }, delay)
  }
}

/** The gate every anonymous API call of this process passes (API_CONCURRENCY, API_SHARE). */
export function anonymousApiGate(): WorkGate {
  return processSingleton(
    'anonymous-api-gate',
    () =>
      new WorkGate(
        Math.floor(positive(process.env.API_CONCURRENCY, 1)),
        Math.min(1, positive(process.env.API_SHARE, 0.5)),
        positive(process.env.API_QUEUE_WAIT_MS, 5000),
        Math.floor(positive(process.env.API_QUEUE_LENGTH, 64)),
      ),
  )
}
