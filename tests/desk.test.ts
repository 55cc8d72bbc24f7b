/**
 * The admin dashboard's questions (payload/desk.ts) on a real database: the week's gaps per
 * topic and language, an analyst's unfinished work, the publishing schedule with overdue
 * entries, and translations missing from published analyses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { myWork, pendingSchedules, translationGaps, weekDeskView } from '@/payload/desk'

import { skipReason } from './helpers/database'
import { articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

describe.skipIf(skip)('the newsroom desk', () => {
  let ctx: TestContext
  let world: World
  let economy: number | string
  let trilingual: number | string
  let englishOnly: number | string
  let draft: number | string
  // Inside the published week of 2026-11-16 (fixtures), so it is "this week".
  const now = new Date('2026-11-18T10:00:00.000Z')

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    const root = { overrideAccess: true } as const
    economy = (
      await ctx.payload.create({
        collection: 'topics',
        data: { name: 'Economy', order: 2 },
        ...root,
      })
    ).id
    const full = await ctx.payload.create({
      collection: 'articles',
      data: { ...articleData(world, 'Out everywhere'), _status: 'published' },
      locale: 'en',
      ...root,
    })
    for (const locale of ['be', 'ru'] as const)
      await ctx.payload.update({
        collection: 'articles',
        id: full.id,
        data: { title: `Out everywhere ${locale}`, lead: 'Lead.', _status: 'published' },
        locale,
        ...root,
      })
    trilingual = full.id
    // Published in English long ago, never translated.
    englishOnly = (
      await ctx.payload.create({
        collection: 'articles',
        data: {
          ...articleData(world, 'English only'),
          week: world.draftWeek as number,
          publishedAt: '2026-01-05T09:00:00.000Z',
          _status: 'published',
        },
        locale: 'en',
        ...root,
      })
    ).id
    // Analyst A's draft in the economy topic of the current week.
    draft = (
      await ctx.payload.create({
        collection: 'articles',
        data: { ...articleData(world, 'A draft'), topic: economy as number },
        draft: true,
        locale: 'en',
        overrideAccess: false,
        user: world.analystA.user,
      })
    ).id
  })
  afterAll(async () => ctx?.close())

  it('shows this week per topic with each language’s state, and a scheduled translation', async () => {
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date('2026-11-19T07:00:00.000Z'),
      input: {
        type: 'publish',
        locale: 'en',
        doc: { relationTo: 'articles', value: draft as number },
        user: { relationTo: 'users', value: world.editor.user.id },
      },
    })
    const view = await weekDeskView(ctx.payload, { now })
    expect(view?.relation).toBe('current')
    expect(view?.week.id).toBe(world.week)
    const security = view?.rows.find((r) => r.topic.id === world.topic)
    expect(security?.analysis?.id).toBe(trilingual)
    expect(security?.analysis?.languages).toEqual({
      en: { state: 'published' },
      be: { state: 'published' },
      ru: { state: 'published' },
    })
    const economyRow = view?.rows.find((r) => r.topic.id === economy)
    expect(economyRow?.analysis?.id).toBe(draft)
    expect(economyRow?.analysis?.languages.en).toEqual({
      state: 'scheduled',
      at: '2026-11-19T07:00:00.000Z',
    })
    expect(economyRow?.analysis?.languages.be).toEqual({ state: 'missing' })
  })

  it('shows an analyst that a colleague has a draft, but not its title', async () => {
    const asB = await weekDeskView(ctx.payload, { now, viewer: world.analystB.user })
    const seenByB = asB?.rows.find((r) => r.topic.id === economy)?.analysis
    expect(seenByB).toMatchObject({ id: draft, readable: false, title: '' })
    const asA = await weekDeskView(ctx.payload, { now, viewer: world.analystA.user })
    const seenByA = asA?.rows.find((r) => r.topic.id === economy)?.analysis
    expect(seenByA).toMatchObject({ id: draft, readable: true, title: 'A draft' })
    // Published analyses are anyone's to read.
    expect(asB?.rows.find((r) => r.topic.id === world.topic)?.analysis?.readable).toBe(true)
  })

  it('names the next week when none holds today, and an empty topic has no analysis', async () => {
    const view = await weekDeskView(ctx.payload, { now: new Date('2026-11-12T10:00:00.000Z') })
    expect(view?.relation).toBe('next')
    expect(view?.week.id).toBe(world.week)
    const later = await weekDeskView(ctx.payload, { now: new Date('2027-03-01T10:00:00.000Z') })
    expect(later?.relation).toBe('latest')
    expect(later?.week.id).toBe(world.draftWeek)
    expect(later?.rows.find((r) => r.topic.id === economy)?.analysis).toBeNull()
  })

  it('lists an analyst’s own unfinished analyses, not other people’s', async () => {
    const mine = await myWork(ctx.payload, world.analystA.user)
    expect(mine.map((item) => item.id)).toEqual([draft])
    expect(await myWork(ctx.payload, world.analystB.user)).toEqual([])
  })

  it('tells an analyst what an editor changed since her last save, keeping her version through autosaves', async () => {
    const as = (actor: typeof world.analystA, locale: 'en' | 'be', data: Record<string, string>) =>
      ctx.payload.update({
        collection: 'articles',
        id: draft,
        data,
        locale,
        draft: true,
        autosave: true,
        overrideAccess: false,
        user: actor.user,
      })
    await as(world.analystA, 'en', { lead: 'My lead, autosaved.' })
    // The editor's autosaves right after hers: her version must survive them.
    await as(world.editor, 'be', { title: 'Чарнавік', lead: 'Лід.' })
    await as(world.editor, 'be', { title: 'Чарнавік рэдактара' })
    await ctx.payload.update({
      collection: 'articles',
      id: draft,
      data: { verdict: 'worsened' },
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: world.editor.user,
    })
    const [item] = await myWork(ctx.payload, world.analystA.user)
    expect(item.id).toBe(draft)
    expect(item.changedSinceMine).toMatchObject({
      by: 'editor@test.local',
      fields: [
        { field: 'title', locales: ['be'] },
        { field: 'lead', locales: ['be'] },
        { field: 'verdict', locales: [] },
      ],
    })
    // Her own next save is the new baseline: nothing to report.
    await as(world.analystA, 'en', { lead: 'My lead, seen the changes.' })
    const [again] = await myWork(ctx.payload, world.analystA.user)
    expect(again.changedSinceMine).toBeNull()
  })

  it('lists pending schedules with their language, and flags the ones the queue missed', async () => {
    const schedules = await pendingSchedules(ctx.payload, { now })
    expect(schedules).toMatchObject([
      { type: 'publish', locale: 'en', collection: 'articles', docId: draft, overdue: false },
    ])
    expect(schedules[0].title).toBe('A draft')
    const late = await pendingSchedules(ctx.payload, { now: new Date('2026-11-19T07:05:00.000Z') })
    expect(late[0].overdue).toBe(true)
  })

  it('lists published analyses missing a language, the longest-waiting first', async () => {
    const gaps = await translationGaps(ctx.payload)
    expect(gaps.map((gap) => gap.id)).toEqual([englishOnly])
    expect(gaps[0]).toMatchObject({ published: ['en'], missing: ['be', 'ru'] })
  })
})
