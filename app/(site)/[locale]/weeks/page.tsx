import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Pager } from '@/components/Pager'
import { VerdictStrip } from '@/components/VerdictStrip'
import { VerdictIcon } from '@/components/VerdictBadge'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getVerdictsForWeeks } from '@/lib/articles'
import { formatWeekRange } from '@/lib/format'
import { parsePageParam } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo'
import { getTopics } from '@/lib/topics'
import { verdictMaps } from '@/lib/verdicts'
import { getWeeksPage } from '@/lib/weeks'

const PER_PAGE = 10

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const page = parsePageParam((await searchParams).page)
  const t = await getTranslations({ locale, namespace: 'archive' })
  return pageMetadata({
    locale,
    path: page && page > 1 ? `/weeks?page=${page}` : '/weeks',
    title: t('title'),
    description: t('intro'),
  })
}

export default async function ArchivePage({ params, searchParams }: Props) {
  const { locale: raw } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const page = parsePageParam((await searchParams).page)
  if (page === null) notFound()
  const [t, tWeek, tVerdict, archive, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'archive' }),
    getTranslations({ locale, namespace: 'week' }),
    getTranslations({ locale, namespace: 'verdict' }),
    getWeeksPage(page, PER_PAGE),
    getTopics(locale),
  ])
  if (page > 1 && page > archive.totalPages) notFound()
  const verdicts = verdictMaps(
    await getVerdictsForWeeks(
      archive.weeks.map((w) => w.id),
      locale,
    ),
  )
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
      <ul className="week-list">
        {archive.weeks.map((w) => (
          <li key={w.id}>
            <Link href={`/weeks/${w.slug}`}>
              {tWeek('situationIn', { range: formatWeekRange(w.startDate, locale) })}
            </Link>
            <VerdictStrip
              topics={topics}
              verdicts={verdicts.get(String(w.id)) ?? new Map()}
              locale={locale}
            />
          </li>
        ))}
      </ul>
      <Pager
        page={page}
        totalPages={archive.totalPages}
        href={(p) => (p === 1 ? '/weeks' : `/weeks?page=${p}`)}
        label={t('pagination')}
        previous={t('previousPage')}
        next={t('nextPage')}
      />
    </>
  )
}
