import { expect, test } from '@playwright/test'

import be from '../messages/be.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import ru from '../messages/ru.json' with { type: 'json' }

import {
  demoAnalysts,
  demoTopics,
  demoWeeks,
  englishOnly,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  jsonLd,
  latestWeek,
  locales,
  trilingual,
} from './helpers'

const messages = { en, be, ru }

const titles = {
  en: '16 – 22 November 2026',
  be: '16–22 лістапада 2026',
  ru: '16–22 ноября 2026 г.',
}

test.describe('language choice', () => {
  test('/ sends the reader to their browser language, then to the one they chose', async ({
    request,
  }) => {
    const be = await request.get('/', {
      headers: { 'Accept-Language': 'be-BY,be;q=0.9' },
      maxRedirects: 0,
    })
    expect(be.status()).toBeGreaterThanOrEqual(300)
    expect(be.headers()['location']).toMatch(/\/be$/)
    const ru = await request.get('/', {
      headers: { 'Accept-Language': 'de', Cookie: 'NEXT_LOCALE=ru' },
      maxRedirects: 0,
    })
    expect(ru.headers()['location']).toMatch(/\/ru$/)
    const fallback = await request.get('/', {
      headers: { 'Accept-Language': 'fr' },
      maxRedirects: 0,
    })
    expect(fallback.headers()['location']).toMatch(/\/en$/)
  })

  test('the switcher keeps the reader on the same analysis', async ({ page }) => {
    await page.goto(`/en/articles/${trilingual.slug}`)
    await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: /be/i }).click()
    await expect(page).toHaveURL(new RegExp(`/be/articles/${trilingual.slug}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'be')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trilingual.text.be!.title)
  })
})

for (const locale of locales) {
  test.describe(`in ${locale}`, () => {
    test('home shows the latest week with every topic’s verdict', async ({ page }) => {
      const response = await page.goto(`/${locale}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[locale])
      const overview = page.locator('.overview li')
      await expect(overview).toHaveCount(demoTopics.length)
      await expect(page.locator('.overview .verdict')).toHaveCount(demoTopics.length)
      await expect(page.locator('.cards .card')).toHaveCount(latestWeek.articles.length)
      await expect(page.locator('#newsletter')).toBeVisible()
      await expect(page.locator('.week-list li').first()).toBeVisible()
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
    })

    test('a week page links to the previous week', async ({ page }) => {
      await page.goto(`/${locale}/weeks/${latestWeek.startDate}`)
      await page.locator('a[rel="prev"]').click()
      await expect(page).toHaveURL(
        new RegExp(`/${locale}/weeks/${demoWeeks[demoWeeks.length - 2].startDate}$`),
      )
      await expect(page.locator('a[rel="next"]')).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('the archive lists every week with a verdict strip, paginated', async ({ page }) => {
      await page.goto(`/${locale}/weeks`)
      await expect(page.locator('.week-list > li')).toHaveCount(10)
      await expect(page.locator('.week-list .strip').first().locator('li')).toHaveCount(
        demoTopics.length,
      )
      await page.locator('a[rel="next"]').click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/weeks/page/2$`))
      await expect(page.locator('.week-list > li')).toHaveCount(demoWeeks.length - 10)
      await expectNoAxeViolations(page)
      // Links to the archive's old ?page= addresses keep working.
      const old = await page.request.get(`/${locale}/weeks?page=2`, { maxRedirects: 0 })
      expect(old.status()).toBe(308)
      expect(old.headers()['location']).toMatch(new RegExp(`^/${locale}/weeks/page/2(\\?|$)`))
    })

    test('a topic shows its timeline and an accessible chart', async ({ page }) => {
      await page.goto(`/${locale}/topics/${demoTopics[0].slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(demoTopics[0].name[locale])
      const chart = page.getByRole('img', { name: /./ }).locator('desc')
      await expect(chart).toHaveCount(1)
      expect((await chart.textContent())?.length).toBeGreaterThan(20)
      await expect(page.locator('.cards .card').first()).toBeVisible()
      // The chart draws the weeks the list shows: one dot per analysis on the page.
      const cards = await page.locator('.cards .card').count()
      await expect(page.locator('figure.chart circle')).toHaveCount(cards)
      // Every demo week fits on one page: no pager, and no second page to reach. Page 1
      // has one address, the topic's own.
      await expect(page.locator('a[rel="next"]')).toHaveCount(0)
      await page.goto(`/${locale}/topics/${demoTopics[0].slug}/page/1`)
      await expect(page).toHaveURL(new RegExp(`/${locale}/topics/${demoTopics[0].slug}$`))
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
      await page.goto(`/${locale}/topics`)
      await expect(page.locator('.person')).toHaveCount(demoTopics.length)
      await expect(page.locator('.sparkline').first()).toBeAttached()
    })

    test('an analysis shows verdict, byline, hero, key points, body and related analyses', async ({
      page,
    }) => {
      await page.goto(`/${locale}/articles/${trilingual.slug}`)
      const text = trilingual.text[locale]!
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title)
      await expect(page.locator('.article-header .verdict')).toBeVisible()
      await expect(page.locator('.hero img')).toBeVisible()
      await expect(page.locator('.key-points li')).toHaveCount(text.keyPoints.length)
      await expect(page.locator('.prose p').first()).toBeVisible()
      const data = await jsonLd(page)
      expect(data.map((d) => d['@type'])).toEqual(
        expect.arrayContaining(['NewsArticle', 'BreadcrumbList']),
      )
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
      expect(ogImage).toMatch(/1200x630/)
      const hreflangs = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')))
      expect(hreflangs).toEqual(expect.arrayContaining(['en', 'be', 'ru', 'x-default']))
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
    })

    test('analysts and their analyses', async ({ page }) => {
      await page.goto(`/${locale}/analysts`)
      const first = page.locator('.person a').first()
      const name = await first.textContent()
      await first.click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/analysts/[a-z-]+$`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name ?? '')
      expect((await jsonLd(page)).some((d) => d['@type'] === 'Person')).toBe(true)
      await expectNoAxeViolations(page)
    })
  })
}

test.describe('missing translations', () => {
  test('an English-only analysis says so in Belarusian, links English, and is noindex', async ({
    page,
  }) => {
    const response = await page.goto(`/be/articles/${englishOnly.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.be.missing.title)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    expect(await page.locator('link[rel="alternate"][hreflang="be"]').count()).toBe(0)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishOnly.text.en.title)
  })

  test('listings in a language show only what exists in it', async ({ page }) => {
    await page.goto(`/ru/weeks/${demoWeeks[0].startDate}`)
    await expect(page.locator('.cards .card')).toHaveCount(0)
    await expect(page.locator('.notice').first()).toBeVisible()
  })
})

test.describe('search', () => {
  test('finds, ranks and highlights matches in the page’s language', async ({ page }) => {
    await page.goto('/en/search')
    await page.getByRole('searchbox').fill('potash')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=potash/)
    await expect(page.locator('.results li').first()).toBeVisible()
    await expect(page.locator('.results mark').first()).toHaveText(/potash/i)
    await expectNoAxeViolations(page)
  })

  test('answers empty and absurd queries calmly', async ({ page }) => {
    for (const q of [
      '',
      'x'.repeat(10_000),
      "' OR 1=1; DROP TABLE articles; --",
      '<script>alert(1)</script>',
      '%%%___',
      '¯\\_(ツ)_/¯',
    ]) {
      const response = await page.goto(`/en/search?q=${encodeURIComponent(q)}`)
      expect(response?.status(), q.slice(0, 40)).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    }
    expect(await page.locator('script:text("alert(1)")').count()).toBe(0)
  })

  test('searches Belarusian text in Belarusian', async ({ page }) => {
    await page.goto(`/be/search?q=${encodeURIComponent(trilingual.text.be!.title.split(' ')[0])}`)
    await expect(page.locator('.results li').first()).toBeVisible()
  })
})

test.describe('not found', () => {
  test('unknown documents and paths answer 404 in the reader’s language', async ({ page }) => {
    for (const [path, title] of [
      ['/en/articles/no-such-analysis', messages.en.notFound.title],
      ['/be/no/such/page', messages.be.notFound.title],
      ['/ru/topics/no-such-topic', messages.ru.notFound.title],
      ['/en/weeks/2001-01-01', messages.en.notFound.title],
      ['/en/weeks/page/999', messages.en.notFound.title],
      ['/en/weeks/page/abc', messages.en.notFound.title],
      [`/ru/topics/${demoTopics[0].slug}/page/2`, messages.ru.notFound.title],
      [`/en/topics/${demoTopics[0].slug}/page/0`, messages.en.notFound.title],
      [`/be/analysts/${demoAnalysts[0].slug}/page/2`, messages.be.notFound.title],
      [`/en/analysts/${demoAnalysts[0].slug}/page/x`, messages.en.notFound.title],
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    }
  })
})
