/** The demo content: complete, consistent, and loaded only into an empty database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoWeeks, seedDemoContent } from '@/payload/seed'
import { analysts, topics } from '@/payload/seed/content/taxonomy'

import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

describe('demo content as written', () => {
  it('has 5 topics, at least 5 analysts and at least 10 consecutive Monday weeks', () => {
    expect(topics).toHaveLength(5)
    expect(analysts.length).toBeGreaterThanOrEqual(5)
    expect(demoWeeks.length).toBeGreaterThanOrEqual(10)
    for (const [i, week] of demoWeeks.entries()) {
      expect(new Date(`${week.startDate}T00:00:00Z`).getUTCDay()).toBe(1)
      if (i > 0) {
        const gap = Date.parse(week.startDate) - Date.parse(demoWeeks[i - 1].startDate)
        expect(gap).toBe(7 * 24 * 3600 * 1000)
      }
      expect(new Set(week.articles.map((a) => a.topic))).toEqual(new Set(topics.map((t) => t.slug)))
    }
  })
  it('is translated into Belarusian and Russian for the latest three weeks, in Cyrillic', () => {
    for (const week of demoWeeks.slice(-3)) {
      for (const article of week.articles) {
        for (const locale of ['be', 'ru'] as const) {
          const text = article.text[locale]
          expect(text, `${article.slug} ${locale}`).toBeDefined()
          expect(text?.title).toMatch(/[А-Яа-яЁёІіЎў]/)
        }
        // Belarusian uses letters Russian does not have, and not Russian-only ones.
        const be = JSON.stringify(article.text.be)
        expect(be).toMatch(/[Ііў]/)
        expect(be).not.toMatch(/[щъ]/)
      }
    }
  })
  it('mixes verdicts', () => {
    const verdicts = new Set(demoWeeks.flatMap((w) => w.articles.map((a) => a.verdict)))
    expect(verdicts).toEqual(new Set(['improved', 'unchanged', 'worsened']))
  })
  it('uses unique ASCII slugs', () => {
    const slugs = demoWeeks.flatMap((w) => w.articles.map((a) => a.slug))
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})

describe.skipIf(skip)('demo seeding', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await startPayload()
  })
  afterAll(async () => ctx?.close())

  it('loads the newest weeks with translations, then leaves a seeded database alone', async () => {
    const first = await seedDemoContent(ctx.payload, { weeks: 3, log: () => {} })
    expect(first).toEqual({ seeded: true, weeks: 3, articles: 15 })
    const counts = async () => ({
      articles: (await ctx.payload.count({ collection: 'articles' })).totalDocs,
      weeks: (await ctx.payload.count({ collection: 'weeks' })).totalDocs,
      users: (await ctx.payload.count({ collection: 'users' })).totalDocs,
      media: (await ctx.payload.count({ collection: 'media' })).totalDocs,
    })
    const before = await counts()
    expect(before.articles).toBe(15)
    expect(before.users).toBe(4)

    const second = await seedDemoContent(ctx.payload, { weeks: 3, log: () => {} })
    expect(second.seeded).toBe(false)
    expect(await counts()).toEqual(before)

    // Published in all three languages, with hero images in three sizes.
    const be = await ctx.payload.find({
      collection: 'articles',
      locale: 'be',
      overrideAccess: false,
      depth: 1,
      limit: 1,
    })
    expect(be.totalDocs).toBe(15)
    const hero = be.docs[0].heroImage
    expect(typeof hero === 'object' && hero?.sizes?.social?.width).toBe(1200)
    expect(typeof hero === 'object' && hero?.sizes?.social?.height).toBe(630)
    const users = await ctx.payload.find({
      collection: 'users',
      where: { role: { equals: 'analyst' } },
    })
    expect(users.totalDocs).toBe(2)
  })
})
