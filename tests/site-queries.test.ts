/** The lib/ functions the pages ask, on the demo content (three newest weeks). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  getArticleBySlug,
  getArticleLocales,
  getRelatedArticles,
  getVerdictsForWeeks,
  getWeekArticles,
} from '@/lib/articles'
import { formatWeekRange, formatWeekRangeShort } from '@/lib/format'
import { RESULTS_PER_PAGE, readSearchParams, searchArticles } from '@/lib/search'
import { parseQuery } from '@/payload/search/text'
import { getRecentTopicVerdicts, getTopics } from '@/lib/topics'
import { runningBalance } from '@/lib/verdicts'
import { getAdjacentWeeks, getLatestWeek, getWeekBySlug, getWeeksPage } from '@/lib/weeks'
import { translationStatus, weekDesk } from '@/payload/editorial'
import { demoWeeks, seedDemoContent } from '@/payload/seed'

import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

const weeks = demoWeeks.slice(-3)
const latest = weeks[2]

describe('formatting', () => {
  it('formats week ranges per language with Intl', () => {
    // Intl puts thin and no-break spaces around the dash; compare with plain spaces.
    const plain = (start: string, locale: 'en' | 'be' | 'ru') =>
      formatWeekRange(start, locale).replace(/\s/g, ' ')
    expect(plain('2023-02-13T00:00:00.000Z', 'en')).toBe('13 – 19 February 2023')
    expect(plain('2023-02-13T00:00:00.000Z', 'be')).toMatch(/^13–19 лютага 2023/)
    expect(plain('2023-02-13T00:00:00.000Z', 'ru')).toBe('13–19 февраля 2023 г.')
    expect(plain('2022-12-26T00:00:00.000Z', 'en')).toBe('26 December 2022 – 1 January 2023')
    // The compact form keeps the year: timelines and search results span many years.
    const short = (start: string, locale: 'en' | 'be' | 'ru') =>
      formatWeekRangeShort(start, locale).replace(/\s/g, ' ')
    expect(short('2024-09-23T00:00:00.000Z', 'en')).toBe('23 – 29 Sept 2024')
    expect(short('2024-09-23T00:00:00.000Z', 'be')).toBe('23–29 вер 2024')
    expect(short('2024-12-30T00:00:00.000Z', 'ru')).toBe('30 дек. 2024 г. – 5 янв. 2025 г.')
  })
  it('draws the running balance of verdicts', () => {
    expect(runningBalance(['improved', 'unchanged', 'worsened', 'worsened'])).toEqual([1, 1, 0, -1])
  })
  it('bounds absurd search input', () => {
    const words = (q: Parameters<typeof parseQuery>[0]) =>
      parseQuery(q).groups.flatMap((g) => g.flatMap((t) => t.words))
    expect(parseQuery('x'.repeat(10_000)).text).toHaveLength(200)
    expect(parseQuery('x'.repeat(10_000)).truncated).toBe(true)
    expect(words("' OR 1=1; --")).toEqual(['1', '1'])
    expect(words('<b>Потэш</b> a')).toEqual(['b', 'потэш', 'b', 'a'])
    expect(parseQuery(['first', 'second']).text).toBe('first')
    expect(words(undefined)).toEqual([])
  })
})

describe.skipIf(skip)('site queries', () => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await startPayload()
    await seedDemoContent(ctx.payload, { weeks: 3, log: () => {} })
    // An English-only draft in the latest week must stay out of every public listing.
    const week = await getWeekBySlug(latest.startDate, 'en')
    const topic = (await getTopics('en'))[0]
    await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: {
        title: 'Unpublished potash draft',
        lead: 'Draft lead',
        week: week!.id,
        topic: topic.id,
        verdict: 'improved',
      },
      overrideAccess: true,
    })
  })
  afterAll(async () => ctx?.close())

  it('the latest week and its analyses in topic order, per language', async () => {
    const week = await getLatestWeek('be')
    expect(week?.slug).toBe(latest.startDate)
    const articles = await getWeekArticles(week!.id, 'be')
    expect(articles.map((a) => a.title)).toEqual(
      [...latest.articles]
        .sort(
          (a, b) =>
            ['belarus-russia', 'belarus-west', 'domestic-politics', 'economy', 'security'].indexOf(
              a.topic,
            ) -
            ['belarus-russia', 'belarus-west', 'domestic-politics', 'economy', 'security'].indexOf(
              b.topic,
            ),
        )
        .map((a) => a.text.be!.title),
    )
    expect(articles.every((a) => typeof a.topic === 'object')).toBe(true)
  })

  it('previous and next weeks, and the archive page', async () => {
    const nav = await getAdjacentWeeks(`${weeks[1].startDate}T00:00:00.000Z`)
    expect(nav.previous?.slug).toBe(weeks[0].startDate)
    expect(nav.next?.slug).toBe(weeks[2].startDate)
    const page = await getWeeksPage(1, 2)
    expect(page.totalPages).toBe(2)
    expect(page.weeks.map((w) => w.slug)).toEqual([weeks[2].startDate, weeks[1].startDate])
  })

  it('an article, the languages it exists in, and related analyses of the same topic', async () => {
    const slug = latest.articles[0].slug
    const article = await getArticleBySlug(slug, 'ru')
    expect(article?.title).toBe(latest.articles[0].text.ru!.title)
    expect(await getArticleLocales(slug)).toEqual(['en', 'be', 'ru'])
    const topicId = typeof article!.topic === 'object' ? article!.topic!.id : article!.topic
    const related = await getRelatedArticles(article!.id, topicId, article!.weekStart!, 'ru')
    expect(related).toHaveLength(2)
    expect(related.every((r) => r.id !== article!.id)).toBe(true)
  })

  it('verdicts per week and per topic', async () => {
    const week = await getLatestWeek('en')
    const rows = await getVerdictsForWeeks([week!.id], 'en')
    expect(rows).toHaveLength(5)
    const topics = await getTopics('en')
    const all = weeks.map((w) => w.articles.find((a) => a.topic === topics[0].slug)!.verdict)
    const history = await getRecentTopicVerdicts(topics[0].id, 'en', 100)
    expect(history.points.map((h) => h.verdict)).toEqual(all)
    // Only the latest ones are read, oldest first, and the count is still of them all.
    const recent = await getRecentTopicVerdicts(topics[0].id, 'en', 2)
    expect(recent.points.map((h) => h.verdict)).toEqual(all.slice(-2))
    expect(recent.total).toBe(all.length)
  })

  it('search matches every word, ignores case in Cyrillic, ranks title matches first, skips drafts', async () => {
    const word = latest.articles[1].text
      .ru!.title.split(/\s+/)
      .find((w) => w.length > 5)!
      .replace(/[«»,.:;!?]/g, '')
    const upper = await searchArticles(readSearchParams({ q: word.toUpperCase() }), 'ru')
    expect(upper.total).toBeGreaterThan(0)
    expect(upper.hits[0].snippet.some((s) => s.match)).toBe(true)
    const potash = await searchArticles(readSearchParams({ q: 'potash' }), 'en')
    expect(potash.hits.map((h) => h.title)).not.toContain('Unpublished potash draft')
    const none = await searchArticles(readSearchParams({ q: 'zzzzqqq nothing' }), 'en')
    expect(none.total).toBe(0)
  })

  it('search counts every match of a common word and pages through them all', async () => {
    const all = await searchArticles(readSearchParams({ q: 'belarus' }), 'en')
    expect(all.total).toBeGreaterThan(4)
    expect(all.totalPages).toBe(Math.ceil(all.total / RESULTS_PER_PAGE))
    const byDate = await searchArticles(readSearchParams({ q: 'belarus', sort: 'date' }), 'en')
    expect(byDate.total).toBe(all.total)
    const weeks = byDate.hits.map((h) => h.weekStart)
    expect(weeks).toEqual([...weeks].sort().reverse())
  })

  it('the editor’s week desk: every topic, its analysis and translation states', async () => {
    const week = await getLatestWeek('en')
    const desk = await weekDesk(ctx.payload, week!.id)
    expect(desk).toHaveLength(5)
    expect(desk.every((row) => row.article)).toBe(true)
    const published = desk.filter((row) => row.article?.status === 'published')
    expect(published.length).toBeGreaterThanOrEqual(4)
    const full = published.find(
      (row) => row.translations && Object.values(row.translations).every((s) => s === 'published'),
    )
    expect(full).toBeDefined()
    const draftRow = desk.find((row) => row.article?.title === 'Unpublished potash draft')
    if (draftRow)
      expect(draftRow.translations).toEqual({ en: 'draft', be: 'missing', ru: 'missing' })
    const draft = (
      await ctx.payload.find({
        collection: 'articles',
        where: { title: { equals: 'Unpublished potash draft' } },
        draft: true,
      })
    ).docs[0]
    expect(await translationStatus(ctx.payload, draft.id)).toEqual({
      en: 'draft',
      be: 'missing',
      ru: 'missing',
    })
  })
})
