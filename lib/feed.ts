import { Feed } from 'feed'

import type { AppLocale } from '@/i18n/routing'

import type { ArticleCard } from './articles'
import { absoluteUrl } from './seo'

/** RSS 2.0 of analyses, newest first, in one language. */
export function buildRss({
  locale,
  title,
  description,
  path,
  articles,
}: {
  locale: AppLocale
  title: string
  description: string
  path: string
  articles: ArticleCard[]
}): string {
  const feed = new Feed({
    title,
    description,
    id: absoluteUrl(`/${locale}${path}`),
    link: absoluteUrl(`/${locale}${path}`),
    language: locale,
    copyright: title,
    updated: articles[0]?.publishedAt ? new Date(articles[0].publishedAt) : new Date(0),
    feedLinks: { rss: absoluteUrl(`/${locale}${path === '' ? '' : path}/feed.xml`) },
  })
  for (const article of articles) {
    const url = absoluteUrl(`/${locale}/articles/${article.slug}`)
    const topic = typeof article.topic === 'object' ? article.topic : null
    const authors = (article.authors ?? []).filter((a) => typeof a === 'object' && a !== null)
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.lead,
      date: new Date(article.publishedAt ?? article.weekStart ?? 0),
      category: topic ? [{ name: topic.name }] : undefined,
      author: authors.map((a) => ({ name: typeof a === 'object' ? a.name : '' })),
    })
  }
  return feed.rss2()
}

export const rssResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
