import { expect, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import Parser from 'rss-parser'

import { demoTopics, latestWeek, trilingual } from './helpers'

const xml = new XMLParser({ ignoreAttributes: false })

test.describe('feeds and discovery', () => {
  test('RSS 2.0 per language, with <language>', async ({ request }) => {
    for (const locale of ['en', 'be', 'ru'] as const) {
      const response = await request.get(`/${locale}/feed.xml`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toMatch(/rss\+xml/)
      const body = await response.text()
      const feed = await new Parser().parseString(body)
      expect(feed.items.length).toBeGreaterThan(0)
      expect(xml.parse(body).rss.channel.language).toBe(locale)
      expect(feed.items.map((i) => i.title)).toContain(trilingual.text[locale]!.title)
    }
  })

  test('RSS per topic', async ({ request }) => {
    const response = await request.get(`/en/topics/${demoTopics[1].slug}/feed.xml`)
    expect(response.status()).toBe(200)
    const feed = await new Parser().parseString(await response.text())
    const topicArticles = latestWeek.articles
      .filter((a) => a.topic === demoTopics[1].slug)
      .map((a) => a.text.en.title)
    expect(feed.items.map((i) => i.title)).toEqual(expect.arrayContaining(topicArticles))
    expect((await request.get('/en/topics/nope/feed.xml')).status()).toBe(404)
  })

  test('the sitemap is XML with hreflang alternates only for existing languages', async ({
    request,
  }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    const doc = xml.parse(await response.text())
    const urls: any[] = doc.urlset.url
    const article = urls.find((u) => String(u.loc).endsWith(`/en/articles/${trilingual.slug}`))
    const links = [article['xhtml:link']].flat().map((l: any) => l['@_hreflang'])
    expect(links).toEqual(expect.arrayContaining(['en', 'be', 'ru']))
    expect(urls.some((u) => String(u.loc).endsWith('/be/weeks'))).toBe(true)
  })

  test('robots.txt points at the sitemap', async ({ request }) => {
    const body = await (await request.get('/robots.txt')).text()
    expect(body).toMatch(/Sitemap: .*\/sitemap\.xml/)
    expect(body).toMatch(/Disallow: \/admin/)
  })

  test('security headers on pages', async ({ request }) => {
    const response = await request.get('/en')
    const headers = response.headers()
    expect(headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBeTruthy()
    expect(headers['strict-transport-security']).toMatch(/max-age/)
  })
})
