/** Scheduled publish and unpublish on Payload's jobs queue, per locale, as the admin queues them. */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { skipReason } from './helpers/database'
import { articleData, countPublications, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.skipIf(skip)('scheduled publishing', () => {
  let ctx: TestContext
  let world: World

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
  })
  afterAll(async () => ctx?.close())

  /** What the admin's "Schedule" drawer queues. */
  const schedule = (
    id: number | string,
    waitUntil: Date,
    extra: { type?: 'publish' | 'unpublish'; locale?: string; as?: World['editor'] } = {},
  ) =>
    ctx.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil,
      input: {
        type: extra.type ?? 'publish',
        locale: extra.locale,
        doc: { relationTo: 'articles', value: id as number },
        user: { relationTo: 'users', value: (extra.as ?? world.editor).user.id },
      },
      ...(extra.as
        ? {
            overrideAccess: false,
            req: { user: { ...extra.as.user, collection: 'users' } } as never,
          }
        : {}),
    })

  it('publishes at the scheduled time, not before, and only once', async () => {
    const doc = await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(world, 'Scheduled'),
      overrideAccess: true,
    })
    await schedule(doc.id, new Date(Date.now() + 1500))
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'articles', id: doc.id }))._status).toBe(
      'draft',
    )
    await sleep(1600)
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'articles', id: doc.id }))._status).toBe(
      'published',
    )
    await ctx.payload.jobs.run()
    expect(await countPublications(ctx.payload, doc.id)).toBe(1)
  })

  it('unpublishes at the scheduled time', async () => {
    const doc = await ctx.payload.create({
      collection: 'articles',
      data: { ...articleData(world, 'To retire'), _status: 'published' },
      overrideAccess: true,
    })
    await schedule(doc.id, new Date(Date.now() - 1000), { type: 'unpublish' })
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'articles', id: doc.id }))._status).toBe(
      'draft',
    )
  })

  it('publishes one language only when scheduled for one', async () => {
    const doc = await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(world, 'English text'),
      overrideAccess: true,
    })
    await ctx.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      draft: true,
      data: { title: 'Русский текст', lead: 'Лид' },
      overrideAccess: true,
    })
    await schedule(doc.id, new Date(Date.now() - 1000), { locale: 'en' })
    await ctx.payload.jobs.run()
    const ru = await ctx.payload.find({
      collection: 'articles',
      locale: 'ru',
      where: { id: { equals: doc.id } },
      overrideAccess: false,
    })
    const en = await ctx.payload.find({
      collection: 'articles',
      locale: 'en',
      where: { id: { equals: doc.id } },
      overrideAccess: false,
    })
    expect(en.totalDocs).toBe(1)
    expect(ru.totalDocs).toBe(0)
  })

  it('five analyses scheduled for the same moment all go live in one queue run', async () => {
    const docs = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        ctx.payload.create({
          collection: 'articles',
          draft: true,
          data: articleData(world, `Same moment ${n}`),
          overrideAccess: true,
        }),
      ),
    )
    const at = new Date(Date.now() - 1000)
    for (const doc of docs) await schedule(doc.id, at)
    await ctx.payload.jobs.run()
    const failed = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { hasError: { equals: true } },
      overrideAccess: true,
    })
    expect(failed.docs.map((job) => job.error)).toEqual([])
    for (const doc of docs) {
      const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id })
      expect(stored._status, stored.title).toBe('published')
      expect(await countPublications(ctx.payload, doc.id)).toBe(1)
    }
  })

  it('the same job run by two runners at the same moment publishes once', async () => {
    const doc = await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(world, 'Raced'),
      overrideAccess: true,
    })
    const job = await schedule(doc.id, new Date(Date.now() - 1000))
    const task = ctx.config.jobs.tasks?.find((t) => t.slug === 'schedulePublish')
    const handler = task?.handler as (args: unknown) => Promise<unknown>
    const run = async () => {
      const req = await createLocalReq({}, ctx.payload)
      return handler({ input: job.input, job, req, inlineTask: undefined, tasks: {} })
    }
    await Promise.allSettled([run(), run()])
    expect((await ctx.payload.findByID({ collection: 'articles', id: doc.id }))._status).toBe(
      'published',
    )
    expect(await countPublications(ctx.payload, doc.id)).toBe(1)
  })

  it('an analyst cannot schedule a publication', async () => {
    const doc = await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(world, 'Not yours to schedule'),
      overrideAccess: true,
    })
    await expect(
      schedule(doc.id, new Date(Date.now() + 60_000), { as: world.analystA }),
    ).rejects.toThrow()
  })
})
