/** Per-locale publishing: an English publish never publishes a Belarusian draft. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

describe.skipIf(skip)('per-locale publishing', () => {
  let ctx: TestContext
  let world: World
  let api: ApiClient

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    api = await apiClient(ctx.config)
  })
  afterAll(async () => ctx?.close())

  const asUser = (actor: World['editor']) => ({ user: actor.user, overrideAccess: false })

  it('an analyst writes in Belarusian, an editor adds English and publishes English only', async () => {
    const p = ctx.payload
    // 1. The analyst drafts in Belarusian.
    const draft = await p.create({
      collection: 'articles',
      locale: 'be',
      draft: true,
      data: {
        title: 'Мінск і Масква: новы раўнд перамоў',
        lead: 'Бакі зноў абмяркоўвалі цану на газ.',
        topic: world.topic as number,
        week: world.week as number,
        verdict: 'unchanged',
      },
      ...asUser(world.analystA),
    })
    expect(draft.slug).toBe('minsk-i-maskva-novy-raund-peramou')

    // 2. The editor adds the English translation and publishes English only.
    await p.update({
      collection: 'articles',
      id: draft.id,
      locale: 'en',
      data: {
        title: 'Minsk and Moscow: a new round of talks',
        lead: 'Gas prices were on the table again.',
        _status: 'published',
      },
      publishSpecificLocale: 'en',
      ...asUser(world.editor),
    })

    // 3. Anonymous REST: English is live…
    const en = await api.rest('GET', '/articles?locale=en&depth=0')
    expect(en.status).toBe(200)
    expect(en.json.docs.map((d: { title: string }) => d.title)).toContain(
      'Minsk and Moscow: a new round of talks',
    )
    // …the Belarusian draft is not: the article is not listed in Belarusian at all.
    const be = await api.rest('GET', '/articles?locale=be&depth=0')
    expect(be.json.docs.map((d: { id: number }) => d.id)).not.toContain(draft.id)
    const gqlBe = await api.gql('{ Articles(locale: be) { docs { id title } } }')
    expect(gqlBe.data?.Articles.docs.map((d: { id: number }) => d.id)).not.toContain(draft.id)
    const localBe = await p.find({
      collection: 'articles',
      locale: 'be',
      overrideAccess: false,
      user: null,
    })
    expect(localBe.docs.map((d) => d.id)).not.toContain(draft.id)

    // The analyst and the editor still see the Belarusian draft.
    const latest = await p.findByID({
      collection: 'articles',
      id: draft.id,
      locale: 'be',
      draft: true,
      ...asUser(world.analystA),
    })
    expect(latest.title).toBe('Мінск і Масква: новы раўнд перамоў')

    // 4. Publishing Belarusian later makes both live, and English is unchanged.
    await p.update({
      collection: 'articles',
      id: draft.id,
      locale: 'be',
      data: { _status: 'published' },
      publishSpecificLocale: 'be',
      ...asUser(world.editor),
    })
    const beLive = await api.rest('GET', `/articles/${draft.id}?locale=be&depth=0`)
    expect(beLive.json.title).toBe('Мінск і Масква: новы раўнд перамоў')
    const enLive = await api.rest('GET', `/articles/${draft.id}?locale=en&depth=0`)
    expect(enLive.json.title).toBe('Minsk and Moscow: a new round of talks')
  })

  it('a new English draft on a published article stays invisible until published', async () => {
    const p = ctx.payload
    const doc = await p.create({
      collection: 'articles',
      data: { ...articleData(world, 'Original headline'), _status: 'published' },
      ...asUser(world.editor),
    })
    await p.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      data: { title: 'Unreviewed headline' },
      ...asUser(world.editor),
    })
    const live = await api.rest('GET', `/articles/${doc.id}?locale=en&depth=0`)
    expect(live.json.title).toBe('Original headline')
    const asked = await api.rest('GET', `/articles/${doc.id}?locale=en&depth=0&draft=true`)
    expect(asked.json.title).toBe('Original headline')
  })

  it('"publish all locales" publishes every translation', async () => {
    const p = ctx.payload
    const doc = await p.create({
      collection: 'articles',
      draft: true,
      data: articleData(world, 'All at once'),
      ...asUser(world.editor),
    })
    await p.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      draft: true,
      data: { title: 'Всё сразу', lead: 'Лид.' },
      ...asUser(world.editor),
    })
    await p.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'published' },
      ...asUser(world.editor),
    })
    const ru = await api.rest('GET', `/articles/${doc.id}?locale=ru&depth=0`)
    expect(ru.json.title).toBe('Всё сразу')
  })
})
