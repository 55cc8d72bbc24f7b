/**
 * The pieces under the API guard and the newsletter form: counters in memory and in a real
 * Redis (shared by every web server), the sign-in throttle's growing waits, and the work
 * gate that keeps anonymous API calls from taking the whole server.
 */
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { WorkGate } from '@/payload/api/workGate'
import { takeBudget } from '@/payload/limits/rateLimit'
import {
  checkSignIn,
  signInFailed,
  signInSucceeded,
  waitAfter,
} from '@/payload/limits/signInThrottle'
import { connectLimitRedis, MemoryLimitStore, RedisLimitStore } from '@/payload/limits/store'

// No database here: run once, in the SQLite project.
const onlyOnce = (process.env.TEST_DB ?? 'sqlite') !== 'sqlite'
const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
  })
  probe.on('error', () => {})
  try {
    await probe.connect()
    await probe.ping()
    return true
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}
const redisSkip = onlyOnce
  ? 'runs in the SQLite project'
  : (await redisReachable())
    ? null
    : `Redis tests skipped: nothing answers at ${redisUrl} (set TEST_REDIS_URL).`
if (redisSkip && !onlyOnce) console.warn(redisSkip)

describe.skipIf(onlyOnce)('limit counters in memory', () => {
  it('refuses past the budget until the window ends, per key', async () => {
    const store = new MemoryLimitStore()
    const budget = { name: 't', limit: 2, windowMs: 60_000 }
    expect((await takeBudget(budget, 'a', store)).ok).toBe(true)
    expect((await takeBudget(budget, 'a', store)).ok).toBe(true)
    const third = await takeBudget(budget, 'a', store)
    expect(third).toEqual({ ok: false, retryAfterSeconds: 60 })
    expect((await takeBudget(budget, 'b', store)).ok).toBe(true)
  })

  it('forgets a window once it is over', async () => {
    const store = new MemoryLimitStore()
    const budget = { name: 'short', limit: 1, windowMs: 30 }
    expect((await takeBudget(budget, 'a', store)).ok).toBe(true)
    expect((await takeBudget(budget, 'a', store)).ok).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await takeBudget(budget, 'a', store)).ok).toBe(true)
  })
})

describe.skipIf(onlyOnce)('sign-in throttle', () => {
  it('waits 1, 2, 4 s … after the free failures, never more than 15 minutes', () => {
    expect([3, 4, 5, 6].map((n) => waitAfter(n, 3))).toEqual([0, 1000, 2000, 4000])
    expect(waitAfter(40, 3)).toBe(15 * 60_000)
  })

  it('slows the address that fails, not the account: another address signs in', async () => {
    const store = new MemoryLimitStore()
    for (let i = 0; i < 4; i++) await signInFailed('192.0.2.1', 'ed@x.org', store)
    const slowed = await checkSignIn('192.0.2.1', 'ed@x.org', store)
    expect(slowed.ok).toBe(false)
    expect((await checkSignIn('192.0.2.2', 'ed@x.org', store)).ok).toBe(true)
    // Trying again during the wait makes it longer.
    const again = await checkSignIn('192.0.2.1', 'ed@x.org', store)
    expect(again.ok || slowed.ok).toBe(false)
    if (!again.ok && !slowed.ok)
      expect(again.retryAfterSeconds).toBeGreaterThan(slowed.retryAfterSeconds)
  })

  it('forgets an address’s failures for an account after the right password', async () => {
    const store = new MemoryLimitStore()
    for (let i = 0; i < 3; i++) await signInFailed('192.0.2.3', 'an@x.org', store)
    await signInSucceeded('192.0.2.3', 'an@x.org', store)
    await signInFailed('192.0.2.3', 'an@x.org', store)
    expect((await checkSignIn('192.0.2.3', 'an@x.org', store)).ok).toBe(true)
  })
})

describe.skipIf(onlyOnce)('work gate', () => {
  it('runs one call at a time and refuses one that waits too long', async () => {
    // share 1: no rest between turns, so the next call is admitted as soon as one is released.
    const gate = new WorkGate(1, 1, 50, 10)
    const first = await gate.enter()
    expect(first).not.toBe('busy')
    expect(await gate.enter()).toBe('busy')
    if (typeof first !== 'string') first.release()
    const next = await gate.enter()
    expect(typeof next).toBe('object')
  })

  it('drops a call whose client has gone before it starts', async () => {
    const gate = new WorkGate(1, 0.5, 5000, 10)
    const first = await gate.enter()
    const controller = new AbortController()
    const waiting = gate.enter(controller.signal)
    controller.abort()
    expect(await waiting).toBe('gone')
    expect(gate.queued).toBe(0)
    if (typeof first !== 'string') first.release()
  })

  it('rests between anonymous calls only while readers are being served', async () => {
    vi.useFakeTimers()
    try {
      let readers = 1
      const gate = new WorkGate(1, 0.5, 60_000, 10, 10, () => readers)
      /** A call that takes 100 ms, then the next call's wait for its turn. */
      const nextTurnAfterCall = async () => {
        const first = gate.enter()
        await vi.advanceTimersByTimeAsync(1)
        const ticket = await first
        if (typeof ticket === 'string') throw new Error(ticket)
        vi.advanceTimersByTime(100)
        const second = gate.enter()
        let admittedAt: number | null = null
        void second.then((t) => {
          admittedAt = Date.now()
          if (typeof t !== 'string') t.release()
        })
        const releasedAt = Date.now()
        ticket.release()
        for (let i = 0; i < 300 && admittedAt === null; i++) await vi.advanceTimersByTimeAsync(1)
        return admittedAt === null ? null : admittedAt - releasedAt
      }
      // A reader's page is being rendered: the next call waits as long as the last one took.
      expect(await nextTurnAfterCall()).toBeGreaterThanOrEqual(100)
      // Nobody else is served: the next call goes in at once.
      readers = 0
      await vi.advanceTimersByTimeAsync(500)
      expect(await nextTurnAfterCall()).toBeLessThanOrEqual(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('refuses at once when the queue is full', async () => {
    const gate = new WorkGate(1, 0.5, 5000, 1)
    const first = await gate.enter()
    const queued = gate.enter()
    expect(await gate.enter()).toBe('busy')
    if (typeof first !== 'string') first.release()
    const second = await queued
    if (typeof second !== 'string') second.release()
  })
})

describe.skipIf(redisSkip)('limit counters in Redis', () => {
  const prefix = `wm-test-${process.pid}-${Date.now()}:`
  let a: Redis
  let b: Redis
  beforeAll(() => {
    a = connectLimitRedis(redisUrl)
    b = connectLimitRedis(redisUrl)
  })
  afterAll(async () => {
    const keys = await a.keys(`${prefix}*`)
    if (keys.length) await a.del(...keys)
    a.disconnect()
    b.disconnect()
  })

  it('is one count for two web servers', async () => {
    const serverA = new RedisLimitStore(a, prefix)
    const serverB = new RedisLimitStore(b, prefix)
    const budget = { name: 'shared', limit: 5, windowMs: 60_000 }
    const answers = []
    for (let i = 0; i < 10; i++) {
      answers.push((await takeBudget(budget, '203.0.113.5', i % 2 ? serverA : serverB)).ok)
    }
    expect(answers.filter(Boolean)).toHaveLength(5)
    expect(answers.slice(5).every((ok) => !ok)).toBe(true)
  })

  it('keeps a sign-in wait across servers', async () => {
    const serverA = new RedisLimitStore(a, prefix)
    const serverB = new RedisLimitStore(b, prefix)
    for (let i = 0; i < 4; i++) await signInFailed('192.0.2.9', 'x@y.org', serverA)
    expect((await checkSignIn('192.0.2.9', 'x@y.org', serverB)).ok).toBe(false)
  })

  it('counts in memory, with one warning, when Redis cannot be reached', async () => {
    const warnings: string[] = []
    const away = connectLimitRedis('redis://127.0.0.1:1')
    const store = new RedisLimitStore(away, prefix, (message) => warnings.push(message))
    const budget = { name: 'away', limit: 2, windowMs: 60_000 }
    const answers = []
    for (let i = 0; i < 3; i++) answers.push((await takeBudget(budget, 'k', store)).ok)
    away.disconnect()
    expect(answers).toEqual([true, true, false])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/Redis is not answering/)
  })
})
