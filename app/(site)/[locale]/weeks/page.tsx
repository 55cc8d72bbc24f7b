import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { VerdictStrip } from '@/components/VerdictStrip'
import { VerdictIcon } from '@/components/VerdictBadge'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getVerdictsForWeeks } from '@/lib/articles'
import { formatWeekRange } from '@/lib/format'
import { pageMetadata } from '@/lib/seo'
import { getTopics } from '@/lib/topics'
import { verdictMaps } from '@/lib/verdicts'
import { getWeeksPage } from '@/lib/weeks'

const PER_PAGE = 10

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

/** `?page=` must be a whole number from 1; anything else is not a page of this archive. */
function parsePage(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1
  const value = Array.isArray(raw) ? raw[0] : raw
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const page = parsePage((await searchParams).page)
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
  const page = parsePage((await searchParams).page)
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
      {archive.totalPages > 1 ? (
        <nav aria-label={t('pagination')}>
          <ul className="pager">
            <li>
              {page > 1 ? (
                <Link href={page === 2 ? '/weeks' : `/weeks?page=${page - 1}`} rel="prev">
                  ← {t('previousPage')}
                </Link>
              ) : null}
            </li>
            <li>
              {page < archive.totalPages ? (
                <Link href={`/weeks?page=${page + 1}`} rel="next">
                  {t('nextPage')} →
                </Link>
              ) : null}
            </li>
          </ul>
        </nav>
      ) : null}
    </>
  )
}
