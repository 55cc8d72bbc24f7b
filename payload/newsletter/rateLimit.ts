/**
 * A sliding-window counter kept in this process's memory. It holds the subscription form to
 * a few attempts a minute per address and per IP; with several web servers each keeps its
 * own count, which still bounds what one visitor can trigger.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts an attempt; false when the key has used up its attempts for now. */
  take(key: string, now = Date.now()): boolean {
    const since = now - this.windowMs
    const recent = (this.hits.get(key) ?? []).filter((time) => time > since)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.prune(since)
    return true
  }

  private prune(since: number) {
    for (const [key, times] of this.hits) {
      if (times.every((time) => time <= since)) this.hits.delete(key)
    }
  }
}

const perMinute = Number(process.env.NEWSLETTER_RATE_LIMIT || 5)

/** Shared by every form post this process answers. */
export const subscribeLimits = {
  ip: new RateLimiter(perMinute, 60_000),
  email: new RateLimiter(perMinute, 60_000),
}
