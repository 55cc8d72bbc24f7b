import { test } from '@playwright/test'

import { demoTopics, latestWeek, trilingual } from './helpers'

/** Full-page screenshots of each page type, for people to look at (test-results/screens). */
const pages = [
  ['home-en', '/en'],
  ['home-be', '/be'],
  ['week-ru', `/ru/weeks/${latestWeek.startDate}`],
  ['archive-en', '/en/weeks'],
  ['archive-be-page-2', '/be/weeks/page/2'],
  ['topic-en', `/en/topics/${demoTopics[0].slug}`],
  ['topics-be', '/be/topics'],
  ['article-en', `/en/articles/${trilingual.slug}`],
  ['article-be', `/be/articles/${trilingual.slug}`],
  ['analysts-ru', '/ru/analysts'],
  ['search-en', '/en/search?q=union+state'],
  ['notfound-be', '/be/nothing-here'],
] as const

for (const [name, path] of pages) {
  test(`screenshot ${name}`, async ({ page }, info) => {
    await page.goto(path)
    await page.screenshot({
      path: `test-results/screens/${info.project.name}-${name}.png`,
      fullPage: true,
    })
  })
}
