/**
 * The digest survives its worker being killed mid-send: a real `payload jobs:work` process
 * sends through a real SMTP server, is SIGKILLed while a message is in flight, and a new
 * worker finishes the rest. Every subscriber gets the week exactly once.
 */
import type { ChildProcess } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DigestDelivery } from '@/payload-types'

import { skipReason } from './helpers/database'
import { createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'
import { startRunner } from './helpers/runner'
import { startSmtpServer, type TestSmtpServer } from './helpers/smtp'

const skip = skipReason()
if (skip) console.warn(skip)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const READERS = 12

describe.skipIf(skip)('digest across a killed worker', () => {
  let ctx: TestContext
  let world: World
  let smtp: TestSmtpServer
  const running: ChildProcess[] = []

  beforeAll(async () => {
    smtp = await startSmtpServer()
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    for (let i = 0; i < READERS; i++) {
      await ctx.payload.create({
        collection: 'subscribers',
        data: { email: `reader${i}@example.org`, locale: 'en', status: 'confirmed' },
        overrideAccess: true,
      })
    }
    await ctx.payload.create({
      collection: 'articles',
      data: {
        title: 'A week to remember',
        lead: 'Something happened.',
        topic: world.topic as number,
        week: world.week as number,
        verdict: 'improved',
        _status: 'published',
      },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    for (const p of running) p.kill('SIGKILL')
    await ctx?.close()
    await smtp?.close()
  })

  // Several processes share the SQLite file: a read may meet a writer's lock and is retried.
  async function deliveries(): Promise<DigestDelivery[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return (
          await ctx.payload.find({
            collection: 'digest-deliveries',
            limit: 100,
            depth: 0,
            overrideAccess: true,
          })
        ).docs as DigestDelivery[]
      } catch (error) {
        if (attempt >= 20 || !/locked|busy/i.test(String((error as Error).cause ?? error)))
          throw error
        await sleep(100)
      }
    }
  }

  it('SIGKILL while a message is in flight: the next worker sends the rest, nobody twice', async () => {
    const env = {
      DATABASE_URL: ctx.db.url,
      SMTP_URL: smtp.url,
      // Short enough for a test: a job or delivery untouched for 2 s belongs to a dead worker.
      JOB_STALE_AFTER_MS: '2000',
      DIGEST_STALE_AFTER_MS: '2000',
    }
    // Each message is held 400 ms before the server accepts it; the worker is killed while
    // the fifth is held, so the server never accepts that one.
    smtp.hold(400)
    let killed: Promise<void> | null = null
    const first = await startRunner(env)
    running.push(first)
    smtp.onDataStart((count) => {
      if (count === 5 && !killed) {
        killed = new Promise((resolve) => {
          first.once('exit', () => resolve())
          first.kill('SIGKILL')
        })
      }
    })

    await ctx.payload.jobs.queue({ task: 'sendWeekDigest', input: { week: world.week as number } })
    const start = Date.now()
    while (!killed && Date.now() - start < 60_000) await sleep(100)
    expect(killed, 'the worker reached the fifth message').not.toBeNull()
    await killed
    smtp.onDataStart(null)
    await sleep(600)
    expect(smtp.received).toHaveLength(4)
    const midway = await deliveries()
    expect(midway.filter((d) => d.status === 'sent')).toHaveLength(4)
    expect(midway.filter((d) => d.status === 'sending')).toHaveLength(1)

    smtp.hold(0)
    running.push(await startRunner(env))
    await smtp.waitFor(READERS, 90_000)
    await sleep(3000)

    const recipients = smtp.received.map((m) => m.to).sort()
    expect(recipients).toEqual(
      Array.from({ length: READERS }, (_, i) => `reader${i}@example.org`).sort(),
    )
    const rows = await deliveries()
    expect(rows).toHaveLength(READERS)
    expect(rows.every((d) => d.status === 'sent')).toBe(true)
    // The message in flight at the kill was sent again by the second worker: attempt 2.
    expect(rows.filter((d) => d.attempts === 2)).toHaveLength(1)
  })
})
