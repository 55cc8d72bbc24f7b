import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { demoWeeks, latestWeek, signInToAdmin } from './helpers'

/** English-only, and not the one the site tests check as untranslated. */
const toTranslate = demoWeeks[1].articles[1]

/** The admin as the demo's analyst and editor see it: who may publish is visible in the UI. */
test.describe('admin roles', () => {
  test.skip(
    () => test.info().project.name !== 'desktop',
    'the admin is checked on the desktop project',
  )

  test('an analyst writes drafts but has no publish or schedule button', async ({ page }) => {
    await signInToAdmin(page, 'alena@monitor.local', 'demo-analyst')
    await page.goto('/admin/collections/articles/create')
    await expect(page.locator('input[name="title"]')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0)
    await expect(page.getByText('Schedule Publish')).toHaveCount(0)
  })

  test('an analyst edits their published analysis: autosaved as a draft, previewed, readers unaffected', async ({
    page,
    request,
  }) => {
    const own = [...demoWeeks]
      .reverse()
      .flatMap((week) => week.articles)
      .find((a) => a.authors.includes('alena-kryvitskaya'))
    expect(own, 'the demo content has an analysis by Alena').toBeTruthy()
    const slug = own?.slug as string
    await signInToAdmin(page, 'alena@monitor.local', 'demo-analyst')
    // The browser asks the API as the admin does (same origin, with the session cookie).
    const id = await page.evaluate(async (s) => {
      const response = await fetch(`/api/articles?where[slug][equals]=${s}&depth=0`)
      return (await response.json()).docs[0].id as number
    }, slug)
    await page.goto(`/admin/collections/articles/${id}`)
    const title = page.locator('input[name="title"]')
    await expect(title).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0)
    const draftTitle = `${own?.text.en.title} (draft ${Date.now().toString(36)})`
    await title.fill(draftTitle)
    // Autosave: no button pressed; the draft survives a reload.
    await expect(page.getByText(/Last saved|Autosaved/).first()).toBeVisible({ timeout: 20_000 })
    await page.waitForTimeout(2500)
    await page.reload()
    await expect(page.locator('input[name="title"]')).toHaveValue(draftTitle, { timeout: 30_000 })

    await page.goto(`/api/preview?path=/en/articles/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
    const reader = await (await request.get(`/en/articles/${slug}`)).text()
    expect(reader).not.toContain(draftTitle)
    expect(reader).toContain(own?.text.en.title as string)
  })

  test('an editor publishes per language and can schedule; the list shows translations', async ({
    page,
  }) => {
    await signInToAdmin(page, 'editor@monitor.local', 'demo-editor')
    await page.goto('/admin/collections/articles?limit=10&sort=-weekStart')
    await expect(page.getByRole('columnheader', { name: 'Translations' })).toBeVisible({
      timeout: 30_000,
    })
    const translated = page.locator('tbody tr', { hasText: 'EN ●' }).first()
    await expect(translated).toContainText('BE ●')
    await translated.locator('a').first().click()
    await expect(page.getByRole('button', { name: 'Publish in English' })).toBeVisible({
      timeout: 30_000,
    })
    expect(await page.getByText('Schedule Publish').count()).toBeGreaterThan(0)
    expect(await page.getByText('Publish all locales').count()).toBeGreaterThan(0)
  })

  test('the admin speaks Belarusian and Russian, our own labels included', async ({
    page,
    context,
  }) => {
    await signInToAdmin(page, 'alena@monitor.local', 'demo-analyst')
    const cookie = (value: string) => ({
      name: 'payload-lng',
      value,
      domain: 'localhost',
      path: '/',
    })
    await context.addCookies([cookie('be')])
    await page.goto('/admin/collections/articles')
    await expect(page.getByRole('columnheader', { name: 'Пераклады' })).toBeVisible({
      timeout: 30_000,
    })
    await expect(page.getByText('Змест').first()).toBeVisible()
    await expect(page.getByText('Стварыць').first()).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/admin-be.png' })
    await context.addCookies([cookie('ru')])
    await page.goto('/admin/collections/articles')
    await expect(page.getByRole('columnheader', { name: 'Переводы' })).toBeVisible({
      timeout: 30_000,
    })
    await expect(page.getByText('Контент').first()).toBeVisible()
  })

  test('an editor translates an analysis into Belarusian, publishes only that, and readers see it', async ({
    page,
  }) => {
    await signInToAdmin(page, 'editor@monitor.local', 'demo-editor')
    const found = await page.request.get(
      `/api/articles?where[slug][equals]=${toTranslate.slug}&depth=0&locale=en`,
    )
    const article = (await found.json()).docs[0]
    // Before: the Belarusian address shows the "not translated" page.
    const untranslated = await (await page.request.get(`/be/articles/${toTranslate.slug}`)).text()
    expect(untranslated).not.toContain('Беларускі пераклад з рэдакцыі')

    await page.goto(`/admin/collections/articles/${article.id}?locale=be`)
    const title = page.locator('input[name="title"]')
    await expect(title).toBeVisible({ timeout: 30_000 })
    await title.fill('Беларускі пераклад з рэдакцыі')
    await page.locator('textarea[name="lead"]').fill('Кароткі ўводны абзац для беларускіх чытачоў.')
    await page.getByRole('button', { name: /Publish in (Belarusian|Беларуская)/ }).click()
    await expect(page.getByText(/Published successfully|successfully/i).first()).toBeVisible({
      timeout: 30_000,
    })

    await expect(async () => {
      const html = await (await page.request.get(`/be/articles/${toTranslate.slug}`)).text()
      expect(html).toContain('Беларускі пераклад з рэдакцыі')
    }).toPass({ timeout: 10_000 })
    // Russian was not published: still missing there.
    const ru = await page.request.get(`/ru/articles/${toTranslate.slug}`)
    expect(await ru.text()).not.toContain('Беларускі пераклад')
  })

  test('an editor sees the digest counts on a week and exports subscribers', async ({ page }) => {
    await signInToAdmin(page, 'editor@monitor.local', 'demo-editor')
    const found = await page.request.get(
      `/api/weeks?where[slug][equals]=${latestWeek.startDate}&depth=0`,
    )
    const week = (await found.json()).docs[0]
    await page.goto(`/admin/collections/weeks/${week.id}`)
    const panel = page.getByTestId('digest-panel')
    await expect(panel).toContainText(/Sent \d+ · failed \d+ · pending \d+/, { timeout: 30_000 })
    await expect(panel.getByRole('button', { name: 'Send digest' })).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/admin-week-digest.png', fullPage: true })

    await page.goto('/admin/collections/subscribers?where[status][equals]=confirmed')
    const exportLink = page.getByRole('link', { name: 'Export as CSV' })
    await expect(exportLink).toHaveAttribute('href', /\/api\/subscribers\/export\?where/)
    // A real download, as the editor's browser makes it (with the admin's session cookie).
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()])
    const csv = fs.readFileSync((await download.path()) as string, 'utf8')
    expect(download.suggestedFilename()).toMatch(/^subscribers-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(csv.split('\n')[0]).toBe('email,language,status,subscribed,confirmed,unsubscribed')
  })
})
