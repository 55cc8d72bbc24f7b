import { expect, test } from '@playwright/test'

import messagesEn from '../messages/en.json' with { type: 'json' }

import { latestWeek, trilingual } from './helpers'

/**
 * Publishing through the REST API refreshes every page that shows the analysis, in every
 * language it touches; the time from the API answer to the last fresh page is reported.
 */
test.describe('publish to visible', () => {
  test.describe.configure({ mode: 'serial' })

  test('an English edit appears on the article, week, home, topic, analyst, feed and search pages', async ({
    request,
  }) => {
    const login = await request.post('/api/users/login', {
      data: { email: 'editor@monitor.local', password: 'demo-editor' },
    })
    expect(login.status()).toBe(200)
    const token = (await login.json()).token as string
    const headers = { Authorization: `JWT ${token}` }
    const found = await request.get(
      `/api/articles?where[slug][equals]=${trilingual.slug}&depth=0`,
      { headers },
    )
    const article = (await found.json()).docs[0]
    const marker = `Fresh ${Date.now().toString(36)}`
    const title = `${trilingual.text.en.title} (${marker})`
    const authorSlug = trilingual.authors[0]

    const pages = [
      `/en/articles/${trilingual.slug}`,
      `/en/weeks/${latestWeek.startDate}`,
      '/en',
      `/en/topics/${trilingual.topic}`,
      ...(authorSlug ? [`/en/analysts/${authorSlug}`] : []),
      '/en/feed.xml',
      `/en/search?q=${encodeURIComponent(marker)}`,
    ]
    // The search page repeats the query, so there the result link is what counts.
    const shows = (path: string, html: string) =>
      path.includes('/search')
        ? html.includes(`/en/articles/${trilingual.slug}`)
        : html.includes(marker)
    for (const path of pages)
      expect(shows(path, await (await request.get(path)).text()), path).toBe(false)

    const update = await request.patch(
      `/api/articles/${article.id}?locale=en&publishSpecificLocale=en`,
      {
        headers,
        data: { title, _status: 'published' },
      },
    )
    expect(update.status()).toBe(200)
    const answered = Date.now()
    const freshAfter: Record<string, number> = {}
    for (const path of pages) {
      await expect
        .poll(async () => shows(path, await (await request.get(path)).text()), {
          timeout: 15_000,
          intervals: [50, 100, 250],
        })
        .toBe(true)
      freshAfter[path] = Date.now() - answered
    }
    // The Belarusian page keeps its own title: only English was published.
    expect(await (await request.get(`/be/articles/${trilingual.slug}`)).text()).not.toContain(
      marker,
    )
    test.info().annotations.push({
      type: 'publish-to-visible (ms)',
      description: JSON.stringify(freshAfter),
    })
    console.log('publish-to-visible (ms):', freshAfter)

    const restore = await request.patch(
      `/api/articles/${article.id}?locale=en&publishSpecificLocale=en`,
      {
        headers,
        data: { title: trilingual.text.en.title, _status: 'published' },
      },
    )
    expect(restore.status()).toBe(200)
  })
})

test.describe('draft preview', () => {
  test('an editor previews an unpublished change; readers keep the published text', async ({
    page,
    browser,
  }) => {
    test.skip(test.info().project.name !== 'desktop', 'checked once, on the desktop project')
    const login = await page.request.post('/api/users/login', {
      data: { email: 'editor@monitor.local', password: 'demo-editor' },
    })
    const token = (await login.json()).token as string
    const headers = { Authorization: `JWT ${token}` }
    const found = await page.request.get(
      `/api/articles?where[slug][equals]=${trilingual.slug}&depth=0`,
      { headers },
    )
    const id = (await found.json()).docs[0].id
    const draftTitle = `${trilingual.text.en.title} (draft ${Date.now().toString(36)})`
    const saved = await page.request.patch(`/api/articles/${id}?draft=true&locale=en`, {
      headers,
      data: { title: draftTitle },
    })
    expect(saved.status()).toBe(200)

    await page.goto(`/api/preview?path=${encodeURIComponent(`/en/articles/${trilingual.slug}`)}`)
    await expect(page).toHaveURL(new RegExp(`/en/articles/${trilingual.slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
    await expect(page.getByRole('status')).toBeVisible()

    const reader = await browser.newPage()
    await reader.goto(`/en/articles/${trilingual.slug}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(trilingual.text.en.title)
    await reader.close()

    await page.getByRole('link', { name: messagesEn.preview.exit }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trilingual.text.en.title)
  })
})

/**
 * Not only analyses: renaming a topic or an analyst, re-captioning an image and changing the
 * site's tagline refresh every page that shows them, in the language that changed.
 */
test.describe('fresh pages for every collection', () => {
  test.describe.configure({ mode: 'serial' })

  test('topic, analyst, media and site changes reach their pages', async ({ request }) => {
    test.skip(test.info().project.name !== 'desktop', 'measured once, on the desktop project')
    const login = await request.post('/api/users/login', {
      data: { email: 'editor@monitor.local', password: 'demo-editor' },
    })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const marker = `Renamed ${Date.now().toString(36)}`
    const article = (
      await (
        await request.get(`/api/articles?where[slug][equals]=${trilingual.slug}&depth=1`, {
          headers,
        })
      ).json()
    ).docs[0]
    const topicId = typeof article.topic === 'object' ? article.topic.id : article.topic
    const mediaId = typeof article.heroImage === 'object' ? article.heroImage.id : article.heroImage
    // An analysis with a byline, to see an analyst's new name on it.
    const signed = latestWeek.articles.find((a) => a.authors.length > 0) ?? trilingual
    const analystSlug = signed.authors[0]
    const analyst = (
      await (
        await request.get(`/api/analysts?where[slug][equals]=${analystSlug}&depth=0`, { headers })
      ).json()
    ).docs[0]
    expect(analyst, `analyst ${analystSlug}`).toBeTruthy()

    type Change = {
      name: string
      url: string
      field: string
      locale: 'en' | 'be' | 'ru'
      pages: string[]
    }
    const changes: Change[] = [
      {
        name: 'topic',
        url: `/api/topics/${topicId}`,
        field: 'name',
        locale: 'ru',
        pages: [
          `/ru/topics/${trilingual.topic}`,
          '/ru/topics',
          `/ru/articles/${trilingual.slug}`,
          `/ru/weeks/${latestWeek.startDate}`,
        ],
      },
      {
        name: 'analyst',
        url: `/api/analysts/${analyst.id}`,
        field: 'name',
        locale: 'be',
        pages: [`/be/analysts/${analystSlug}`, '/be/analysts', `/be/articles/${signed.slug}`],
      },
      {
        name: 'media',
        url: `/api/media/${mediaId}`,
        field: 'caption',
        locale: 'en',
        pages: [`/en/articles/${trilingual.slug}`],
      },
      {
        name: 'site',
        url: '/api/globals/site',
        field: 'tagline',
        locale: 'en',
        pages: ['/en', `/en/weeks/${latestWeek.startDate}`, `/en/topics/${trilingual.topic}`],
      },
    ]
    const timings: Record<string, number> = {}
    for (const change of changes) {
      const before = await (
        await request.get(`${change.url}?locale=${change.locale}&depth=0&fallback-locale=none`, {
          headers,
        })
      ).json()
      const original = before[change.field] as string
      for (const path of change.pages)
        expect(await (await request.get(path)).text(), path).not.toContain(marker)
      const value = `${marker} ${change.name}`
      const write = change.url.startsWith('/api/globals')
        ? await request.post(`${change.url}?locale=${change.locale}`, {
            headers,
            data: { [change.field]: value },
          })
        : await request.patch(`${change.url}?locale=${change.locale}`, {
            headers,
            data: { [change.field]: value },
          })
      expect(write.status(), change.name).toBe(200)
      const answered = Date.now()
      for (const path of change.pages) {
        await expect
          .poll(async () => (await (await request.get(path)).text()).includes(value), {
            message: `${change.name} on ${path}`,
            timeout: 15_000,
            intervals: [50, 100, 250],
          })
          .toBe(true)
      }
      timings[change.name] = Date.now() - answered
      const restore = change.url.startsWith('/api/globals')
        ? await request.post(`${change.url}?locale=${change.locale}`, {
            headers,
            data: { [change.field]: original ?? '' },
          })
        : await request.patch(`${change.url}?locale=${change.locale}`, {
            headers,
            data: { [change.field]: original ?? '' },
          })
      expect(restore.status()).toBe(200)
    }
    test
      .info()
      .annotations.push({ type: 'change-to-visible (ms)', description: JSON.stringify(timings) })
    console.log('change-to-visible, last page fresh (ms):', timings)
  })
})

test.describe('unpublish and delete', () => {
  test('an analysis leaves every page when unpublished or deleted, and comes back when republished', async ({
    request,
  }) => {
    test.skip(test.info().project.name !== 'desktop', 'checked once, on the desktop project')
    const login = await request.post('/api/users/login', {
      data: { email: 'editor@monitor.local', password: 'demo-editor' },
    })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const find = async (collection: string, slug: string) =>
      (
        await (
          await request.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0`, { headers })
        ).json()
      ).docs[0]
    const week = await find('weeks', latestWeek.startDate)
    const topic = await find('topics', trilingual.topic)
    const title = `Short-lived ${Date.now().toString(36)}`
    const created = await request.post('/api/articles?locale=en', {
      headers,
      data: {
        title,
        lead: 'Here for a moment.',
        week: week.id,
        topic: topic.id,
        verdict: 'improved',
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    const article = (await created.json()).doc
    const pages = [
      `/en/weeks/${latestWeek.startDate}`,
      '/en',
      `/en/topics/${trilingual.topic}`,
      '/en/feed.xml',
    ]
    const expectEverywhere = async (visible: boolean) => {
      for (const path of pages) {
        await expect
          .poll(async () => (await (await request.get(path)).text()).includes(title), {
            message: `${path} ${visible ? 'shows' : 'no longer shows'} the analysis`,
            timeout: 15_000,
            intervals: [50, 100, 250],
          })
          .toBe(visible)
      }
      const own = await request.get(`/en/articles/${article.slug}`)
      expect(own.status()).toBe(visible ? 200 : 404)
    }
    await expectEverywhere(true)

    const unpublished = await request.patch(`/api/articles/${article.id}?locale=en`, {
      headers,
      data: { _status: 'draft' },
    })
    expect(unpublished.status()).toBe(200)
    await expectEverywhere(false)

    await request.patch(`/api/articles/${article.id}?locale=en`, {
      headers,
      data: { _status: 'published' },
    })
    await expectEverywhere(true)

    expect((await request.delete(`/api/articles/${article.id}`, { headers })).status()).toBe(200)
    await expectEverywhere(false)
  })
})
