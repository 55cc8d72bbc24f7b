import { expect, test } from '@playwright/test'

import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers'

/**
 * /api/docs: a developer reads the API and tries a call, from this server only (readers may
 * be at risk: no request to another site).
 */
test('the API reference lists the endpoints, tries a call, asks no other site, axe clean', async ({
  page,
}, info) => {
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (
      url.origin !== new URL(info.project.use.baseURL ?? page.url()).origin &&
      url.protocol !== 'data:'
    )
      elsewhere.push(request.url())
  })
  await page.goto('/api/docs')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Weekly Monitor')
  for (const path of [
    '/api/articles',
    '/api/articles/slug/{slug}',
    '/api/search',
    '/api/globals/site',
  ]) {
    await expect(page.locator(`[data-path="${path}"]`).first()).toBeVisible()
  }
  await expectNoAxeViolations(page)
  await expectNoHorizontalScroll(page)
  await page.screenshot({
    path: `test-results/screens/${info.project.name}-api-docs.png`,
    fullPage: false,
  })

  // Open the search, try it with a word: the answer comes from this server.
  await page.locator('[data-path="/api/search"]').first().click()
  await page.getByRole('button', { name: 'Try it out' }).click()
  await page.locator('tr[data-param-name="q"] input').fill('sanctions')
  await page.getByRole('button', { name: 'Execute' }).click()
  await expect(page.locator('.live-responses-table tbody .response-col_status').first()).toHaveText(
    /200/,
  )
  await expectNoAxeViolations(page)
  await page.screenshot({
    path: `test-results/screens/${info.project.name}-api-docs-search.png`,
    fullPage: false,
  })
  expect(elsewhere).toEqual([])
})
