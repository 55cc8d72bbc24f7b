import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleCard } from '@/components/ArticleCard'
import { JsonLd } from '@/components/JsonLd'
import { NewsletterSlot } from '@/components/NewsletterSlot'
import { Pager } from '@/components/Pager'
import { TopicChart } from '@/components/TopicChart'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getTopicArticles } from '@/lib/articles'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import { getTopicBySlug } from '@/lib/topics'

/** About a year of weekly analyses per page; the chart draws the same weeks as the list. */
const PER_PAGE = 52

/** Where page `page` of a topic's timeline lives (page 1 is the topic's own address). */
export const topicPagePath = (slug: string, page: number) =>
  page === 1 ? `/topics/${slug}` : `/topics/${slug}/page/${page}`

export async function topicMetadata(locale: string, slug: string, page: number): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) return {}
  const t = await getTranslations({ locale, namespace: 'topics' })
  return pageMetadata({
    locale,
    path: topicPagePath(slug, page),
    title: page === 1 ? topic.name : `${topic.name} · ${t('pageTitle', { page })}`,
    description: topic.description ?? undefined,
  })
}

/**
 * A topic over time, one page of its timeline: the analyses newest first, about a year a
 * page, and the chart of the same weeks. Each page has its own path so that every page
 * stays in the full-route cache (a `?page=` would make the topic render per request).
 */
export async function TopicTimeline({
  locale,
  slug,
  page,
}: {
  locale: AppLocale
  slug: string
  page: number
}) {
  setRequestLocale(locale)
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) notFound()
  const [t, tNav, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'topics' }),
    getTranslations({ locale, namespace: 'nav' }),
    getTopicArticles(topic.id, locale, page, PER_PAGE),
  ])
  if (page > 1 && page > articles.totalPages) notFound()
  const chartPoints = articles.docs
    .map((article) => ({ verdict: article.verdict, weekStart: article.weekStart as string }))
    .reverse()
  return (
    <>
      <header className="page-head">
        <p className="eyebrow">{tNav('topics')}</p>
        <h1>{topic.name}</h1>
        {topic.description ? <p className="lead">{topic.description}</p> : null}
        <p className="muted">
          {t('analysesCount', { count: articles.totalDocs })}
          {articles.totalPages > 1 ? ` · ${t('page', { page, total: articles.totalPages })}` : null}
        </p>
        <p>
          <a href={`/${locale}/topics/${slug}/feed.xml`}>{t('feed')}</a>
        </p>
      </header>
      <TopicChart points={chartPoints} locale={locale} />
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        {articles.docs.length === 0 ? (
          <p className="notice">{t('noAnalyses')}</p>
        ) : (
          <ul className="cards">
            {articles.docs.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} locale={locale} showWeek showImage={false} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Pager
        page={page}
        totalPages={articles.totalPages}
        href={(p) => topicPagePath(slug, p)}
        label={t('pagination')}
        previous={t('previousPage')}
        next={t('nextPage')}
      />
      <NewsletterSlot locale={locale} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: [
            {
              '@type': 'ListItem',
              position: 1,
              name: tNav('home'),
              item: absoluteUrl(`/${locale}`),
            },
            {
              '@type': 'ListItem',
              position: 2,
              name: tNav('topics'),
              item: absoluteUrl(`/${locale}/topics`),
            },
            {
              '@type': 'ListItem',
              position: 3,
              name: topic.name,
              item: absoluteUrl(`/${locale}/topics/${slug}`),
            },
          ],
        }}
      />
    </>
  )
}
