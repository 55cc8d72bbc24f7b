import { expect, type Page, test } from '@playwright/test'

/** The admin as the demo's analyst and editor see it: who may publish is visible in the UI. */
test.describe('admin roles', () => {
  test.skip(
    () => test.info().project.name !== 'desktop',
    'the admin is checked on the desktop project',
  )

  async function login(page: Page, email: string, password: string) {
    await page.goto('/admin/login')
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/)
  }

  test('an analyst writes drafts but has no publish or schedule button', async ({ page }) => {
    await login(page, 'alena@monitor.local', 'demo-analyst')
    await page.goto('/admin/collections/articles/create')
    await expect(page.locator('input[name="title"]')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0)
    await expect(page.getByText('Schedule Publish')).toHaveCount(0)
  })

  test('an editor publishes per language and can schedule; the list shows translations', async ({
    page,
  }) => {
    await login(page, 'editor@monitor.local', 'demo-editor')
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
})
