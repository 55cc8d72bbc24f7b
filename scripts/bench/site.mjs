// What the benchmark requests: the newest published week, its first analysis (by slug), that
// analysis' topic and authors, and a word of its title to search for, found over REST.
import { LOCALES, PAGE_TYPES } from './context.mjs'
import { json } from './http.mjs'
import { sleep } from './proc.mjs'

export async function discover(base) {
  const week = (await json(`${base}/api/weeks?sort=-startDate&limit=1&depth=0`)).data.docs[0]
  if (!week) throw new Error('no published week found')
  const articles = (
    await json(`${base}/api/articles?where[week][equals]=${week.id}&limit=20&depth=0&locale=en`)
  ).data.docs.sort((a, b) => a.slug.localeCompare(b.slug))
  const article = articles[0]
  if (!article) throw new Error(`the week ${week.slug} has no published analysis`)
  const topic = (await json(`${base}/api/topics/${article.topic}?depth=0`)).data
  const authors = await Promise.all(
    (article.authors ?? []).map(
      async (id) => (await json(`${base}/api/analysts/${id}?depth=0`)).data,
    ),
  )
  const titles = {}
  for (const locale of LOCALES) {
    const doc = (
      await json(`${base}/api/articles/${article.id}?locale=${locale}&fallback-locale=none&depth=0`)
    ).data
    titles[locale] = doc.title
  }
  const searchWords = Object.fromEntries(
    LOCALES.map((locale) => {
      const words = (titles[locale] ?? titles.en).toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu)
      const longest = [...words].sort((a, b) => b.length - a.length)[0]
      return [locale, longest]
    }),
  )
  return {
    week: { id: week.id, slug: week.slug },
    article: { id: article.id, slug: article.slug, titles },
    topic: { id: topic.id, slug: topic.slug },
    analysts: authors.map((a) => a.slug),
    searchWords,
  }
}

export function pagePath(site, type, locale) {
  switch (type) {
    case 'home':
      return `/${locale}`
    case 'week':
      return `/${locale}/weeks/${site.week.slug}`
    case 'topic':
      return `/${locale}/topics/${site.topic.slug}`
    case 'article':
      return `/${locale}/articles/${site.article.slug}`
    case 'search':
      return `/${locale}/search?q=${encodeURIComponent(site.searchWords[locale])}`
  }
}

/** Every page type in every language: { type, locale, path }. */
export const pages = (site) =>
  PAGE_TYPES.flatMap((type) =>
    LOCALES.map((locale) => ({ type, locale, path: pagePath(site, type, locale) })),
  )

/** The demo editor's sign-in over REST. */
export async function login(base) {
  const { data } = await json(`${base}/api/users/login`, {
    method: 'POST',
    body: { email: 'editor@monitor.local', password: 'demo-editor' },
  })
  return { token: data.token, userId: data.user.id }
}

/** Polls a URL until `isFresh(body)`; returns the time (performance.now()) it was seen. */
export async function pollUntil(url, isFresh, { everyMs = 100, timeoutMs = 60_000 } = {}) {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      const body = await response.text()
      if (response.status === 200 && isFresh(body)) return performance.now()
    } catch {
      // a failed poll is retried
    }
    if (performance.now() > deadline) return null
    await sleep(everyMs)
  }
}
