import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Pager } from '@/components/Pager'
import { WeekList } from '@/components/WeekList'
import { VerdictIcon } from '@/components/VerdictBadge'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { pageMetadata } from '@/lib/seo'
import { getTopics } from '@/lib/topics'
import { getWeeksPage } from '@/lib/weeks'

const PER_PAGE = 10

/**
 * Pages are paths (/weeks/page/2), not ?page=: a query string makes Next render the route
 * for every request, and the front cache could not keep it either.
 */
export const archivePagePath = (page: number) => (page === 1 ? '/weeks' : `/weeks/page/${page}`)

export async function archiveMetadata(locale: string, page: number): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'archive' })
  return pageMetadata({
    locale,
    path: archivePagePath(page),
    title: page === 1 ? t('title') : `${t('title')} · ${t('pageTitle', { page })}`,
    description: t('intro'),
  })
}

/** One page of the archive of weeks, newest first; 404 past the last page. */
export async function WeekArchive({ locale, page }: { locale: AppLocale; page: number }) {
  setRequestLocale(locale)
  const [t, tVerdict, archive, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'archive' }),
    getTranslations({ locale, namespace: 'verdict' }),
    getWeeksPage(page, PER_PAGE),
    getTopics(locale),
  ])
  if (page > 1 && page > archive.totalPages) notFound()
  return (
    <>
      <header className="page-head">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <p className="muted">
          {t('count', { count: archive.totalDocs })}
          {archive.totalPages > 1 ? ` · ${t('page', { page, total: archive.totalPages })}` : null}
        </p>
      </header>
      <ul className="legend" aria-label={tVerdict('legend')}>
        {(['improved', 'unchanged', 'worsened'] as const).map((v) => (
          <li key={v} className={`verdict verdict--${v}`}>
            <VerdictIcon verdict={v} />
            {tVerdict(v)}
          </li>
        ))}
      </ul>
      <p className="muted">{topics.map((topic, i) => `${i + 1}. ${topic.name}`).join(' · ')}</p>
      <WeekList weeks={archive.weeks} topics={topics} locale={locale} />
      <Pager
        page={page}
        totalPages={archive.totalPages}
        href={archivePagePath}
        label={t('pagination')}
        previous={t('previousPage')}
        next={t('nextPage')}
      />
    </>
  )
}
