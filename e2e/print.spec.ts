import { execFileSync } from 'node:child_process'

import { expect, type Page, test } from '@playwright/test'

import { demoTopics, latestWeek, signInToAdmin, trilingual } from './helpers'

/** An analysis whose picture and body link to other sites. */
const withSources = latestWeek.articles[1]

/**
 * The week as a document (issue #14): the reading pages on paper, the week's PDF behind the
 * "Download PDF" link, and the topic chart readable on a phone.
 */
const weekPath = (locale: string) => `/${locale}/weeks/${latestWeek.startDate.slice(0, 10)}`

async function expectPaperReading(page: Page) {
  await page.emulateMedia({ media: 'print' })
  // The site's controls stay off paper: navigation, language switcher, newsletter box.
  await expect(page.locator('.site-header .nav')).toBeHidden()
  await expect(page.locator('.lang-switcher')).toBeHidden()
  await expect(page.locator('#newsletter')).toBeHidden()
  await expect(page.locator('h1')).toBeVisible()
  // Every verdict badge says its verdict in words and has an outline, not only a colour.
  const badges = page.locator('main .verdict')
  expect(await badges.count()).toBeGreaterThan(0)
  for (const badge of await badges.all()) {
    await expect(badge).toBeVisible()
    expect((await badge.innerText()).trim().length).toBeGreaterThan(2)
    const border = await badge.evaluate((el) => getComputedStyle(el).borderTopStyle)
    expect(border).toBe('solid')
  }
}

test.describe('print edition', () => {
  test('a week on paper: no navigation or newsletter, badges in words, cards kept whole', async ({
    page,
  }) => {
    await page.goto(weekPath('en'))
    await expectPaperReading(page)
    await expect(page.locator('.pdf-link')).toBeHidden()
    const cardBreak = await page
      .locator('.card')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside)
    expect(cardBreak).toBe('avoid')
  })

  test('an analysis on paper: external links say where they go', async ({ page }) => {
    await page.goto(`/be/articles/${withSources.slug}`)
    await expectPaperReading(page)
    const external = page.locator('main a[href^="http"]').first()
    await expect(external).toHaveCount(1)
    const href = (await external.getAttribute('href')) as string
    const after = await external.evaluate((el) => getComputedStyle(el, '::after').content)
    expect(after).toContain(href)
  })

  test('a topic on paper keeps its chart', async ({ page }) => {
    await page.goto(`/ru/topics/${demoTopics[0].slug}`)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('figure.chart svg.chart__plot')).toBeVisible()
    await expect(page.locator('figure.chart .chart__label').first()).toBeVisible()
  })
})

test.describe('topic chart', () => {
  test('its labels are at least 12 px tall at any width', async ({ page }) => {
    await page.goto(`/be/topics/${demoTopics[0].slug}`)
    const labels = page.locator('figure.chart .chart__label, figure.chart .chart__range span')
    expect(await labels.count()).toBeGreaterThanOrEqual(6)
    for (const label of await labels.all()) {
      const size = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      expect(size).toBeGreaterThanOrEqual(12)
      // The drawing is not scaled down: what is drawn is as tall as its font says.
      const box = await label.boundingBox()
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(12)
    }
  })
})

test.describe('week PDF', () => {
  test('the week page links its PDF, and the PDF is the week in that language', async ({
    page,
    request,
  }) => {
    await page.goto(weekPath('be'))
    const link = page.getByRole('link', { name: 'Спампаваць PDF' })
    await expect(link).toBeVisible()
    const href = (await link.getAttribute('href')) as string
    const response = await request.get(href)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect(response.headers()['content-language']).toBe('be')
    const body = await response.body()
    expect(body.subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('a week with nothing published has no PDF, said in the reader’s language', async ({
    request,
  }) => {
    const response = await request.get('/ru/weeks/1999-01-04/pdf')
    expect(response.status()).toBe(404)
    const html = await response.text()
    expect(html).toContain('<html lang="ru">')
    expect(html).toContain('PDF этой недели нет')
    expect((await request.get('/ru/weeks/not-a-date/pdf')).status()).toBe(404)
  })

  test('a publish changes the PDF', async ({ request }) => {
    test.skip(test.info().project.name !== 'desktop', 'one publish is enough: desktop only')
    let hasPoppler = true
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    } catch {
      hasPoppler = false
    }
    const pdfText = (bytes: Buffer) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes, encoding: 'utf8' })
        .replace(/\s+/g, ' ')
        .normalize('NFKC')
    const path = `${weekPath('en')}/pdf`
    const before = await (await request.get(path)).body()

    const login = await request.post('/api/users/login', {
      data: { email: 'editor@monitor.local', password: 'demo-editor' },
    })
    expect(login.ok()).toBe(true)
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const found = await request.get(
      `/api/articles?where[slug][equals]=${trilingual.slug}&depth=0&locale=en`,
      { headers },
    )
    const article = (await found.json()).docs[0] as { id: number; title: string }
    const changed = `${article.title} (corrected)`
    const publish = (title: string) =>
      request.patch(`/api/articles/${article.id}?locale=en`, {
        headers,
        data: { title, _status: 'published' },
      })
    try {
      expect((await publish(changed)).ok()).toBe(true)
      await expect
        .poll(async () => (await request.get(path)).body().then((b) => b.equals(before)), {
          timeout: 10_000,
        })
        .toBe(false)
      if (hasPoppler) expect(pdfText(await (await request.get(path)).body())).toContain(changed)
    } finally {
      await publish(article.title)
    }
  })
})

test.describe('digest panel', () => {
  test.skip(
    () => test.info().project.name !== 'desktop',
    'the admin is checked on the desktop project',
  )

  async function openLatestWeek(page: Page, email: string, password: string) {
    await signInToAdmin(page, email, password)
    const id = await page.evaluate(
      async (slug) => {
        const response = await fetch(`/api/weeks?where[slug][equals]=${slug}&depth=0`)
        return (await response.json()).docs[0].id as number
      },
      latestWeek.startDate.slice(0, 10),
    )
    await page.goto(`/admin/collections/weeks/${id}`)
    // The sidebar is drawn: the slug's note sits beside where the digest panel would be.
    await expect(page.getByText('The start date; the week’s address on the site.')).toBeVisible({
      timeout: 30_000,
    })
  }

  test('an analyst does not see "Send digest"', async ({ page }) => {
    await openLatestWeek(page, 'alena@monitor.local', 'demo-analyst')
    await expect(page.getByTestId('digest-panel')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Send digest' })).toHaveCount(0)
  })

  test('an editor does', async ({ page }) => {
    await openLatestWeek(page, 'editor@monitor.local', 'demo-editor')
    await expect(page.getByTestId('digest-panel')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Send digest' })).toBeVisible()
  })
})
