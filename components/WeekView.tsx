import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { AppLocale } from '@/i18n/routing'
import { getWeekArticles } from '@/lib/articles'
import { formatWeekRange } from '@/lib/format'
import { getTopics } from '@/lib/topics'
import type { Week } from '@/payload-types'

import { ArticleCard } from './ArticleCard'
import { NewsletterSlot } from './NewsletterSlot'
import { RichText } from './RichText'
import { VerdictBadge } from './VerdictBadge'

/** A week as readers see it on the home page and on its own page. */
export async function WeekView({
  week,
  locale,
  children,
  headerExtra,
}: {
  week: Week
  locale: AppLocale
  children?: ReactNode
  /** Shown under the week's heading (the week page's PDF link). */
  headerExtra?: ReactNode
}) {
  const [t, articles, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'week' }),
    getWeekArticles(week.id, locale),
    getTopics(locale),
  ])
  const byTopic = new Map(
    articles.map((a) => [String(typeof a.topic === 'object' ? a.topic?.id : a.topic), a]),
  )
  const range = formatWeekRange(week.startDate, locale)
  return (
    <>
      <header className="page-head">
        <p className="eyebrow">{t('title')}</p>
        <h1>{range}</h1>
        {headerExtra}
      </header>

      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">
          {t('summary')}
        </h2>
        {week.summary ? (
          <RichText data={week.summary} className="prose lead-summary" />
        ) : (
          <p className="notice">{t('noSummary')}</p>
        )}
      </section>

      <section aria-labelledby="overview-title">
        <h2 id="overview-title">{t('overview')}</h2>
        <ul className="overview">
          {topics.map((topic) => {
            const article = byTopic.get(String(topic.id))
            return (
              <li key={topic.id}>
                {article ? (
                  <a href={`#article-${article.slug}`}>{topic.name}</a>
                ) : (
                  <span>{topic.name}</span>
                )}
                {article ? (
                  <VerdictBadge verdict={article.verdict} locale={locale} />
                ) : (
                  <span className="muted">{t('topicMissing')}</span>
                )}
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="analyses-title">
        <h2 id="analyses-title">{t('analyses')}</h2>
        {articles.length === 0 ? (
          <p className="notice">{t('noAnalyses')}</p>
        ) : (
          <ul className="cards">
            {articles.map((article, i) => (
              <li key={article.id} id={`article-${article.slug}`}>
                <ArticleCard article={article} locale={locale} priority={i === 0} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {children}

      <NewsletterSlot locale={locale} />
    </>
  )
}
