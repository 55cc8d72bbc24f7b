// 2. Freshness after publish: an editor publishes a new title in en, be and ru over REST;
// every page the change affects is polled every 100 ms until it shows it.
import { LOCALES, median, round } from '../context.mjs'
import { json } from '../http.mjs'
import { sleep } from '../proc.mjs'
import { login, pagePath, pollUntil } from '../site.mjs'

/**
 * Every page a new title of the analysis changes, in each language, with how to tell that a
 * page shows it: the analysis, its week, its topic, the home page, the feed, its authors'
 * pages and a search for the marker.
 */
export function affectedPages(site, marker) {
  const { article } = site
  return LOCALES.flatMap((locale) => [
    ...['home', 'week', 'topic', 'article'].map((type) => ({
      type,
      locale,
      path: pagePath(site, type, locale),
      isFresh: (html) => html.includes(marker),
    })),
    { type: 'feed', locale, path: `/${locale}/feed.xml`, isFresh: (x) => x.includes(marker) },
    ...site.analysts.map((slug) => ({
      type: 'analyst',
      locale,
      path: `/${locale}/analysts/${slug}`,
      isFresh: (html) => html.includes(marker),
    })),
    // What an app reads (#21): the analysis, and a list of analyses with its slug.
    {
      type: 'api-document',
      locale,
      path: `/api/articles/${article.id}?locale=${locale}`,
      isFresh: (body) => body.includes(marker),
    },
    {
      type: 'api-list',
      locale,
      path: `/api/articles?locale=${locale}&limit=20&where[slug][equals]=${article.slug}`,
      isFresh: (body) => body.includes(marker),
    },
    {
      // The query echoes the marker: fresh once the analysis is among the results.
      type: 'search',
      locale,
      path: `/${locale}/search?q=${marker}`,
      isFresh: (html) => html.includes(`/articles/${article.slug}"`),
    },
  ])
}

export async function freshnessPhase(ctx) {
  const { options, runId, port, site, say } = ctx
  const base = `http://127.0.0.1:${port}`
  const { token } = await login(base)
  const { article } = site
  const runs = []
  for (let n = 1; n <= options.publishes; n++) {
    const marker = `wmfresh${runId}n${n}`
    const affected = affectedPages(site, marker)
    // Readers have every page cached before the publish (the search too).
    await Promise.all(affected.map((page) => fetch(`${base}${page.path}`).then((r) => r.text())))
    const returned = {}
    const apiMs = {}
    const polls = []
    for (const locale of LOCALES) {
      const { ms, returnedAt } = await json(
        `${base}/api/articles/${article.id}?locale=${locale}&depth=0`,
        {
          method: 'PATCH',
          token,
          body: { title: `${article.titles[locale]} ${marker}`, _status: 'published' },
        },
      )
      returned[locale] = returnedAt
      apiMs[locale] = round(ms)
      for (const page of affected.filter((p) => p.locale === locale)) {
        polls.push(
          pollUntil(`${base}${page.path}`, page.isFresh).then((seenAt) => ({
            ...page,
            seconds: seenAt === null ? null : round((seenAt - returnedAt) / 1000, 3),
          })),
        )
      }
    }
    const seen = await Promise.all(polls)
    const stale = seen.filter((p) => p.seconds === null)
    const worst = seen.reduce((a, b) => ((b.seconds ?? Infinity) > (a.seconds ?? -1) ? b : a))
    const run = {
      publish: n,
      pages: seen.length,
      apiMs,
      lastFreshSeconds: stale.length ? null : worst.seconds,
      slowestPage: `${worst.path}`,
      stalePages: stale.map((p) => p.path),
      perPage: seen.map(({ path: p, seconds }) => ({ path: p, seconds })),
    }
    runs.push(run)
    say(
      `  publish ${n}: ${stale.length ? `${stale.length} page(s) still stale after 60 s` : `all ${seen.length} pages fresh after ${worst.seconds} s (last: ${worst.path})`}, PATCH ${Object.values(apiMs).join('/')} ms`,
    )
    await sleep(500)
  }
  // Put the titles back as they were.
  for (const locale of LOCALES) {
    await json(`${base}/api/articles/${article.id}?locale=${locale}&depth=0`, {
      method: 'PATCH',
      token,
      body: { title: article.titles[locale], _status: 'published' },
    })
  }
  const done = runs.map((r) => r.lastFreshSeconds).filter((s) => s !== null)
  return {
    publishes: runs.length,
    pagesPerPublish: runs[0]?.pages ?? 0,
    medianSeconds: median(done),
    maxSeconds: done.length === runs.length ? Math.max(...done) : null,
    failedPublishes: runs.length - done.length,
    apiMedianMs: median(runs.flatMap((r) => Object.values(r.apiMs))),
    runs,
  }
}
