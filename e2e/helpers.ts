import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

import { analysts, topics } from '../payload/seed/content/taxonomy'
import { weeks1to9 } from '../payload/seed/content/weeks-01-09'
import { weeks10 } from '../payload/seed/content/weeks-10'
import { weeks11to12 } from '../payload/seed/content/weeks-11-12'

export const demoWeeks = [...weeks1to9, ...weeks10, ...weeks11to12]
export const latestWeek = demoWeeks[demoWeeks.length - 1]
export const demoTopics = topics
export const demoAnalysts = analysts
/** An analysis published in all three languages, and one in English only. */
export const trilingual = latestWeek.articles[0]
export const englishOnly = demoWeeks[0].articles[0]

export const locales = ['en', 'be', 'ru'] as const

/** axe-core with the WCAG 2.x A/AA rules: no violations allowed. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next sets the new page's <title> once its metadata has
  // streamed in: the page is checked once it has one (a page that never gets one still fails).
  await expect(page).toHaveTitle(/\S/)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, summary.join('\n')).toEqual([])
}

/** Nothing wider than the viewport: readable on a 360–390 px phone without side-scrolling. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

export async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.map((b) => JSON.parse(b))
}

/** Signs in through the admin's own form and waits for the dashboard. */
export async function signInToAdmin(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)
}
