/**
 * Scheduled publishing with real queue processes (`payload jobs:work --cron`, what `npm run
 * worker` runs; the web server works the same queue from instrumentation.ts): a runner killed
 * with SIGKILL before the time and another started after it; two runners at once. Each
 * publication happens once.
 */
import type { ChildProcess } from 'node:child_process'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { skipReason } from './helpers/database'
import { articleData, countPublications, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'
import { startRunner as startWorker } from './helpers/runner'

const skip = skipReason()
if (skip) console.warn(skip)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.skipIf(skip)('scheduled publishing across processes', () => {
  let ctx: TestContext
  let world: World
  const running: ChildProcess[] = []

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
  })
  afterEach(() => {
    for (const p of running.splice(0)) p.kill('SIGKILL')
  })
  afterAll(async () => ctx?.close())

  /** A queue worker in its own process (`npm run worker`), checking every second. */
  async function startRunner(): Promise<ChildProcess> {
    const child = await startWorker({ DATABASE_URL: ctx.db.url })
    running.push(child)
    return child
  }

  // Several processes share the SQLite file: a read may meet a writer's lock and is retried.
  const status = async (id: number | string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return (await ctx.payload.findByID({ collection: 'articles', id, depth: 0 }))._status
      } catch (error) {
        if (attempt >= 20 || !/database is locked/.test(String((error as Error).cause ?? error)))
          throw error
        await sleep(100)
      }
    }
  }

  async function waitForPublished(id: number | string, timeoutMs = 60_000) {
    const start = Date.now()
    while (Date.now() - start < timeoutMs) {
      if ((await status(id)) === 'published') return Date.now()
      await sleep(250)
    }
    throw new Error('not published in time')
  }

  async function scheduleIn(ms: number, title: string) {
    const doc = await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(world, title),
      overrideAccess: true,
    })
    const at = new Date(Date.now() + ms)
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: at,
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: doc.id as number },
        user: { relationTo: 'users', value: world.editor.user.id },
      },
    })
    return { id: doc.id, at }
  }

  it('a runner killed with SIGKILL before the time: the next one publishes, once', async () => {
    const first = await startRunner()
    const { id, at } = await scheduleIn(6000, 'Survives a crash')
    await sleep(500)
    first.kill('SIGKILL')
    await sleep(Math.max(0, at.getTime() - Date.now()) + 1000)
    expect(await status(id)).toBe('draft')
    await startRunner()
    const publishedAt = await waitForPublished(id)
    // Lateness measured from when a runner was back, not the schedule: the queue was down.
    expect(publishedAt).toBeGreaterThan(at.getTime())
    await sleep(3000)
    expect(await countPublications(ctx.payload, id)).toBe(1)
  })

  // Both runners share the database: on SQLite, WAL and a busy timeout let them take turns.
  it('two runners at once (web server and worker): published once, within seconds of the time', async () => {
    await Promise.all([startRunner(), startRunner()])
    const { id, at } = await scheduleIn(4000, 'Two runners')
    const publishedAt = await waitForPublished(id)
    expect(publishedAt - at.getTime()).toBeLessThan(60_000)
    await sleep(4000)
    expect(await countPublications(ctx.payload, id)).toBe(1)
  })
})
