import { Redis } from 'ioredis'

import { processSingleton } from '@/payload/utilities/processSingleton'

/** A count within a window and how long until the window ends (0 when there is none). */
export type Counter = { count: number; resetInMs: number }

/**
 * Where limit counters live: in Redis when REDIS_URL is set, so every web server counts the
 * same client together; in this process's memory otherwise (one server, `npm run demo`).
 */
export interface LimitStore {
  readonly kind: 'redis' | 'memory'
  /** Adds `by` to a counter whose window starts with its first hit and lasts `windowMs`. */
  increment(key: string, windowMs: number, by?: number): Promise<Counter>
  /** The counter as it stands, without counting anything. */
  read(key: string): Promise<Counter>
  /** Sets a counter to `count` for `ms` from now, replacing what was there. */
  set(key: string, count: number, ms: number): Promise<void>
  remove(key: string): Promise<void>
}

export class MemoryLimitStore implements LimitStore {
  readonly kind = 'memory' as const
  private entries = new Map<string, { count: number; expiresAt: number }>()

  private live(key: string, now: number) {
    const entry = this.entries.get(key)
    if (entry && entry.expiresAt > now) return entry
    if (entry) this.entries.delete(key)
    return undefined
  }

  async increment(key: string, windowMs: number, by = 1): Promise<Counter> {
    const now = Date.now()
    const entry = this.live(key, now) ?? { count: 0, expiresAt: now + windowMs }
    entry.count += by
    this.entries.set(key, entry)
    if (this.entries.size > 50_000) this.prune(now)
    return { count: entry.count, resetInMs: entry.expiresAt - now }
  }

  async read(key: string): Promise<Counter> {
    const now = Date.now()
    const entry = this.live(key, now)
    return entry ? { count: entry.count, resetInMs: entry.expiresAt - now } : zero
  }

  async set(key: string, count: number, ms: number): Promise<void> {
    this.entries.set(key, { count, expiresAt: Date.now() + ms })
  }

  async remove(key: string): Promise<void> {
    this.entries.delete(key)
  }

  private prune(now: number) {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key)
  }
}

const zero: Counter = { count: 0, resetInMs: 0 }

// INCRBY and, for a new counter, its expiry, in one step: two servers counting the same key
// at once must not both see "new" and keep extending the window.
const INCREMENT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }`

/**
 * Counters in Redis. When Redis cannot be reached, a call falls back to this process's
 * memory (with one warning) rather than letting every client through or failing requests:
 * limits then hold per server until Redis is back.
 */
export class RedisLimitStore implements LimitStore {
  readonly kind = 'redis' as const
  private readonly fallback = new MemoryLimitStore()
  private warned = false

  constructor(
    readonly redis: Redis,
    private readonly prefix: string,
    private readonly warn: (message: string) => void = (message) => console.warn(message),
  ) {}

  private async attempt<T>(work: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    // Once a connection was lost, do not make every request wait for Redis to time out.
    const lost = ['reconnecting', 'close', 'end'].includes(this.redis.status)
    try {
      if (lost) throw new Error(`the connection is ${this.redis.status}`)
      const value = await work()
      this.warned = false
      return value
    } catch (error) {
      if (!this.warned) {
        this.warned = true
        this.warn(
          `Rate limits: Redis is not answering (${(error as Error).message}); counting in this server's memory until it is back.`,
        )
      }
      return fallback()
    }
  }

  increment(key: string, windowMs: number, by = 1): Promise<Counter> {
    return this.attempt(
      async () => {
        const [count, ttl] = (await this.redis.eval(
          INCREMENT,
          1,
          this.prefix + key,
          String(Math.max(1, Math.ceil(windowMs))),
          String(by),
        )) as [number, number]
        return { count: Number(count), resetInMs: Math.max(0, Number(ttl)) }
      },
      () => this.fallback.increment(key, windowMs, by),
    )
  }

  read(key: string): Promise<Counter> {
    return this.attempt(
      async () => {
        const [[, value], [, ttl]] = (await this.redis
          .multi()
          .get(this.prefix + key)
          .pttl(this.prefix + key)
          .exec()) as [[unknown, string | null], [unknown, number]]
        return value === null ? zero : { count: Number(value), resetInMs: Math.max(0, ttl) }
      },
      () => this.fallback.read(key),
    )
  }

  set(key: string, count: number, ms: number): Promise<void> {
    return this.attempt(
      async () => {
        await this.redis.set(this.prefix + key, String(count), 'PX', Math.max(1, Math.ceil(ms)))
      },
      () => this.fallback.set(key, count, ms),
    )
  }

  remove(key: string): Promise<void> {
    return this.attempt(
      async () => {
        await this.redis.del(this.prefix + key)
      },
      () => this.fallback.remove(key),
    )
  }
}

/**
 * A Redis client for counters. A command waits for the connection at start-up, but not
 * long: while Redis is away it fails within a second and the count falls back to memory.
 */
export function connectLimitRedis(url: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    lazyConnect: false,
  })
  // Connection errors are reported by the store when a count falls back; ioredis would
  // otherwise print every reconnection attempt.
  redis.on('error', () => {})
  return redis
}

export const redisPrefix = () => process.env.REDIS_PREFIX || 'wm:'

/** The store every limit of this process uses. */
export function limitStore(): LimitStore {
  return processSingleton('limit-store', () => {
    const url = process.env.REDIS_URL?.trim()
    if (!url) return new MemoryLimitStore()
    return new RedisLimitStore(connectLimitRedis(url), `${redisPrefix()}limits:`)
  })
}
