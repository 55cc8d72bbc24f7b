import { expect, test } from '@playwright/test'

import be from '../messages/be.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import ru from '../messages/ru.json' with { type: 'json' }

import { expectNoAxeViolations, expectNoHorizontalScroll, trilingual } from './helpers'

const messages = { en, be, ru }

// Other forms than the demo analysis' title uses: the index matches stems, not strings.
const queries = {
  en: 'ostrovets loans',
  ru: 'островецкий кредит',
  be: 'астравецкі крэдыт',
} as const

test.describe('search (issue #12)', () => {
  for (const locale of ['en', 'be', 'ru'] as const) {
    test(`finds other word forms in ${locale}, highlights them, no sideways scroll, axe clean`, async ({
      page,
    }, info) => {
      await page.goto(`/${locale}/search`)
      await page.getByRole('searchbox').fill(queries[locale])
      await page.getByRole('button', { name: messages[locale].search.submit }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`))
      const first = page.locator('.results li').first()
      await expect(first.getByRole('link', { name: trilingual.text[locale]!.title })).toBeVisible()
      await expect(page.locator('.results mark').first()).toBeVisible()
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
      await page.screenshot({
        path: `test-results/screens/${info.project.name}-search-results-${locale}.png`,
        fullPage: true,
      })
    })
  }

  test('filters and the order are links that work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/search?q=belarus')
    const filters = page.getByRole('navigation', { name: en.search.filters })
    const unchanged = filters.getByRole('link', { name: /^Unchanged \((\d+)\)$/ })
    const expected = Number((await unchanged.textContent())!.match(/\((\d+)\)/)![1])
    await unchanged.click()
    await expect(page).toHaveURL(/verdict=unchanged/)
    await expect(page.getByRole('status').first()).toContainText(String(expected))
    await page.getByRole('link', { name: en.search.sortDate }).click()
    await expect(page).toHaveURL(/sort=date/)
    await expect(page).toHaveURL(/verdict=unchanged/)
    // A year with nothing: the page offers to remove the filter.
    await page.goto('/en/search?q=belarus&verdict=unchanged&from=2001-01-01&to=2001-12-31')
    await expect(page.getByText(en.search.noResultsFiltered)).toBeVisible()
    await page.getByRole('link', { name: 'Remove “2001”' }).click()
    await expect(page.locator('.results li').first()).toBeVisible()
    await context.close()
  })

  test('bad input gets a page with a message, never an error', async ({ page }) => {
    const inputs = [
      '',
      'x'.repeat(1000),
      '"unbalanced quote',
      '-',
      'or',
      '*',
      '"a" NEAR b',
      'title:x',
      "'; drop table articles; --",
      '🙂🙂🙂',
      'Minsk Мінск Минск',
    ]
    for (const q of inputs) {
      const response = await page.goto(`/en/search?q=${encodeURIComponent(q)}`)
      expect(response!.status(), q.slice(0, 30)).toBeLessThan(500)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.search.title)
      await expect(page.locator('main p').first()).toBeVisible()
    }
    await page.goto(`/en/search?q=${'x'.repeat(1000)}`)
    await expect(page.getByText(en.search.truncated.replace('{max}', '200'))).toBeVisible()
    for (const p of ['abc', '-1', '0', '99999']) {
      const response = await page.goto(`/en/search?q=belarus&page=${p}`)
      expect(response!.status(), p).toBeLessThan(500)
      await expect(page.locator('.notice').first()).toBeVisible()
    }
  })
})
