/**
 * Search (issue #12): the full-text index kept by the Articles hooks, asked the way the
 * search page asks (lib/search.ts), in English, Belarusian and Russian.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSearchParams, searchArticles, type SearchResult } from '@/lib/search'
import { reindexSearch } from '@/payload/search/store'

import { skipReason } from './helpers/database'
import { createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

type Locale = 'en' | 'be' | 'ru'
type Text = { title: string; lead: string; points?: string[] }

describe.skipIf(skip)('search', () => {
  let ctx: TestContext
  let world: World
  let otherTopic: number | string
  const ids: Record<string, number | string> = {}

  const root = { overrideAccess: true } as const

  /** Creates an analysis and publishes each given language in turn. */
  async function publish(
    key: string,
    texts: Partial<Record<Locale, Text>>,
    extra: { verdict?: 'improved' | 'worsened'; topic?: number | string } = {},
  ) {
    let id: number | string | undefined
    for (const [locale, text] of Object.entries(texts) as [Locale, Text][]) {
      const data = {
        title: text.title,
        lead: text.lead,
        keyPoints: (text.points ?? []).map((point) => ({ point })),
        _status: 'published' as const,
      }
      if (id === undefined) {
        const doc = await ctx.payload.create({
          collection: 'articles',
          locale,
          data: {
            ...data,
            topic: (extra.topic ?? world.topic) as number,
            week: world.week as number,
            verdict: extra.verdict ?? 'unchanged',
          },
          ...root,
        })
        id = doc.id
      } else {
        await ctx.payload.update({
          collection: 'articles',
          id,
          locale,
          data,
          publishSpecificLocale: locale,
          ...root,
        })
      }
    }
    ids[key] = id!
    return id!
  }

  const search = (
    locale: Locale,
    q: string,
    more: Record<string, string> = {},
  ): Promise<SearchResult> => searchArticles(readSearchParams({ q, ...more }), locale)
  const titles = async (locale: Locale, q: string, more: Record<string, string> = {}) =>
    (await search(locale, q, more)).hits.map((h) => h.title)

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    otherTopic = (
      await ctx.payload.create({
        collection: 'topics',
        data: { name: 'Economy', order: 2 },
        ...root,
      })
    ).id
    await publish('potash', {
      en: {
        title: 'New sanctions hit the potash industry',
        lead: 'Exports through Lithuania stopped.',
        points: ['Belaruskali looks for routes via Russia.'],
      },
      ru: {
        title: 'Новые санкции против калийной отрасли',
        lead: 'Экспорт через Литву остановлен.',
        points: ['Беларуськалий ищет пути через Россию.'],
      },
      be: {
        title: 'Новыя санкцыі супраць калійнай галіны',
        lead: 'Экспарт праз Літву спынены.',
        points: ['Беларуськалій шукае шляхі праз Расію, у Мінску нарады.'],
      },
    })
    await publish(
      'review',
      {
        en: {
          title: 'The economy in November',
          lead: 'Growth slowed down.',
          points: ['The sanction regime made imports dearer.'],
        },
        ru: {
          title: 'Экономика в ноябре',
          lead: 'Рост замедлился.',
          points: ['Расширение санкций удорожило импорт.', 'Отрасли ищут калийной замены.'],
        },
      },
      { verdict: 'worsened', topic: otherTopic },
    )
    await publish('visa', {
      en: {
        title: 'Visa rules eased for Poles',
        lead: 'Visa-free entry was extended to the end of next year.',
      },
    })
  })
  afterAll(async () => ctx?.close())

  it('finds inflected Russian forms of each other (санкции ↔ санкций)', async () => {
    expect(await titles('ru', 'санкций')).toEqual(
      expect.arrayContaining(['Новые санкции против калийной отрасли', 'Экономика в ноябре']),
    )
    expect(await titles('ru', 'санкции')).toHaveLength(2)
  })

  it('finds the singular for an English plural, a title match above a body-only match', async () => {
    expect(await titles('en', 'sanctions')).toEqual([
      'New sanctions hit the potash industry',
      'The economy in November',
    ])
    const ru = await titles('ru', 'санкции')
    expect(ru[0]).toBe('Новые санкции против калийной отрасли')
  })

  it('matches Belarusian words by prefix and by their stem', async () => {
    expect(await titles('be', 'Мінск')).toEqual(['Новыя санкцыі супраць калійнай галіны'])
    expect(await titles('be', 'санкцый')).toEqual(['Новыя санкцыі супраць калійнай галіны'])
    // The last word typed is a prefix in every language.
    expect(await titles('be', 'калій')).toHaveLength(1)
    expect(await titles('en', 'pota')).toEqual(['New sanctions hit the potash industry'])
  })

  it('a phrase in quotes matches only the phrase; -word excludes', async () => {
    // Both Russian analyses have both words, only one has them side by side.
    expect(await titles('ru', 'калийной отрасли')).toHaveLength(2)
    expect(await titles('ru', '"калийной отрасли"')).toEqual([
      'Новые санкции против калийной отрасли',
    ])
    expect(await titles('en', 'sanctions -potash')).toEqual(['The economy in November'])
    // Excluding a word never adds results, even next to a stop word (PostgreSQL drops "the").
    const withThe = await titles('en', 'the')
    const withoutPotash = await titles('en', 'the -potash')
    expect(withoutPotash).not.toContain('New sanctions hit the potash industry')
    expect(withThe).toEqual(expect.arrayContaining(withoutPotash))
    expect(await titles('en', 'potash or visa')).toHaveLength(2)
  })

  it('highlights the matching words in the snippet and counts exactly per filter', async () => {
    const result = await search('en', 'lithuania')
    expect(result.total).toBe(1)
    expect(result.hits[0]!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Lithuania'])
    const filtered = await search('ru', 'санкции', { verdict: 'worsened' })
    expect(filtered.total).toBe(1)
    expect(filtered.hits.map((h) => h.title)).toEqual(['Экономика в ноябре'])
    expect(filtered.verdicts.find((v) => v.verdict === 'worsened')?.count).toBe(1)
    expect(filtered.topics.map((t) => [t.slug, t.count])).toEqual([['economy', 1]])
    const none = await search('ru', 'санкции', { from: '2027-01-01' })
    expect(none.total).toBe(0)
  })

  it('finds only what is published in the language searched', async () => {
    expect(await titles('ru', 'visa')).toEqual([])
    expect(await titles('be', 'Экономика')).toEqual([])
    // A translation published later becomes findable in its language only.
    await ctx.payload.update({
      collection: 'articles',
      id: ids.visa!,
      locale: 'ru',
      data: { title: 'Визовые правила смягчены', lead: 'Безвиз продлён.' },
      draft: true,
      ...root,
    })
    expect(await titles('ru', 'визовые')).toEqual([])
    await ctx.payload.update({
      collection: 'articles',
      id: ids.visa!,
      locale: 'ru',
      data: { title: 'Визовые правила смягчены', lead: 'Безвиз продлён.', _status: 'published' },
      publishSpecificLocale: 'ru',
      ...root,
    })
    expect(await titles('ru', 'визовых')).toEqual(['Визовые правила смягчены'])
    expect(await titles('be', 'визовые')).toEqual([])
  })

  it('an edit to a published analysis is found at once, in the language edited', async () => {
    await ctx.payload.update({
      collection: 'articles',
      id: ids.visa!,
      locale: 'en',
      data: { title: 'Visa rules relaxed for students', _status: 'published' },
      publishSpecificLocale: 'en',
      ...root,
    })
    expect(await titles('en', 'relaxed')).toEqual(['Visa rules relaxed for students'])
    expect(await titles('en', 'poles')).toEqual([])
    // The other language's entry is left as it was, and still found.
    expect(await titles('ru', 'визовых')).toEqual(['Визовые правила смягчены'])
  })

  it('reindexing an existing database gives the same results, twice over', async () => {
    const queries: [Locale, string][] = [
      ['en', 'sanctions'],
      ['ru', 'санкции'],
      ['be', 'Мінск'],
      ['ru', '"калийной отрасли"'],
    ]
    const before = await Promise.all(queries.map(([l, q]) => titles(l, q)))
    await reindexSearch(ctx.payload, { fresh: true })
    await reindexSearch(ctx.payload)
    const after = await Promise.all(queries.map(([l, q]) => titles(l, q)))
    expect(after).toEqual(before)
    // A run that stopped after the first analysis resumes there: the rest is indexed, the
    // first is not read again.
    let calls = 0
    await reindexSearch(ctx.payload, {
      fresh: true,
      batch: 1,
      onProgress: () => {
        if (++calls === 1) throw new Error('stopped')
      },
    }).catch(() => undefined)
    const resumed = await reindexSearch(ctx.payload)
    expect(resumed.analyses).toBe(Object.keys(ids).length - 1)
    expect(await Promise.all(queries.map(([l, q]) => titles(l, q)))).toEqual(before)
  })

  it('answers every bad input with a result, never an error', async () => {
    const inputs = [
      '',
      'x'.repeat(1000),
      'санкции '.repeat(150),
      '"unbalanced quote',
      '-',
      'or',
      '*',
      '"a" NEAR b',
      'title:x',
      "'; drop table articles; --",
      '🙂🙂 potash',
      'potash калий Мінск',
      'NOT AND OR ( ) { } ^ + :',
    ]
    for (const q of inputs) {
      for (const locale of ['en', 'ru', 'be'] as const) {
        await expect(search(locale, q)).resolves.toBeDefined()
      }
    }
    expect(readSearchParams({ q: 'x'.repeat(1000) }).truncated).toBe(true)
    expect((await search('en', '-potash')).searched).toBe(false)
    expect((await search('en', 'potash', { page: 'abc' })).page).toBe(1)
    const past = await search('en', 'potash', { page: '99' })
    expect(past.pageClamped).toBe(true)
    expect(past.hits).toHaveLength(1)
  })

  it('unpublishing or deleting removes a result at once', async () => {
    await ctx.payload.update({
      collection: 'articles',
      id: ids.review!,
      data: { _status: 'draft' },
      unpublishAllLocales: true,
      ...root,
    } as never)
    expect(await titles('en', 'sanctions')).toEqual(['New sanctions hit the potash industry'])
    await ctx.payload.delete({ collection: 'articles', id: ids.potash!, ...root })
    expect(await titles('en', 'sanctions')).toEqual([])
    expect(await titles('ru', 'санкции')).toEqual([])
  })
})
