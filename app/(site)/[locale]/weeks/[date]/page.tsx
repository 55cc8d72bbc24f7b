import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { JsonLd } from '@/components/JsonLd'
import { PreviewNotice } from '@/components/PreviewNotice'
import { WeekView } from '@/components/WeekView'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getWeekArticles } from '@/lib/articles'
import { formatWeekRange } from '@/lib/format'
import { getWeekPreview } from '@/lib/preview'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import { getAdjacentWeeks, getWeekBySlug } from '@/lib/weeks'
import { excerpt, lexicalToPlainText } from '@/payload/utilities/lexicalText'

type Props = { params: Promise<{ locale: string; date: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, date } = await params
  if (!isLocale(locale)) return {}
  const week = await getWeekBySlug(date, locale)
  if (!week) return {}
  const t = await getTranslations({ locale, namespace: 'week' })
  const summary = lexicalToPlainText(week.summary as Parameters<typeof lexicalToPlainText>[0])
  return pageMetadata({
    locale,
    path: `/weeks/${date}`,
    title: t('situationIn', { range: formatWeekRange(week.startDate, locale) }),
    description: summary ? excerpt(summary) : undefined,
  })
}

export default async function WeekPage({ params }: Props) {
  const { locale: raw, date } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) notFound()
  const preview = (await draftMode()).isEnabled
  const week = preview ? await getWeekPreview(date, locale) : await getWeekBySlug(date, locale)
  if (!week) notFound()
  const [t, nav, tNav, tPdf, analyses] = await Promise.all([
    getTranslations({ locale, namespace: 'week' }),
    getAdjacentWeeks(week.startDate),
    getTranslations({ locale, namespace: 'nav' }),
    getTranslations({ locale, namespace: 'pdf' }),
    getWeekArticles(week.id, locale),
  ])
  // The PDF is made when it is first asked for, not with the page: rendering it here (to show
  // its size) made every publish wait for a PDF before the week page could be fresh again.
  const pdfLink =
    !preview && analyses.length > 0 ? (
      <p className="pdf-link">
        <a href={`/${locale}/weeks/${date}/pdf`} type="application/pdf" download>
          {tPdf('download')}
        </a>
      </p>
    ) : null
  return (
    <WeekView week={week} locale={locale} headerExtra={pdfLink}>
      {preview ? <PreviewNotice locale={locale} path={`/${locale}/weeks/${date}`} /> : null}
      <nav aria-label={t('recent')}>
        <ul className="pager">
          <li>
            {nav.previous ? (
              <Link href={`/weeks/${nav.previous.slug}`} rel="prev">
                ← {t('previous')}
                <span className="visually-hidden">
                  : {formatWeekRange(nav.previous.startDate, locale)}
                </span>
              </Link>
            ) : null}
          </li>
          <li>
            {nav.next ? (
              <Link href={`/weeks/${nav.next.slug}`} rel="next">
                {t('next')}
                <span className="visually-hidden">
                  : {formatWeekRange(nav.next.startDate, locale)}
                </span>{' '}
                →
              </Link>
            ) : null}
          </li>
        </ul>
      </nav>
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
              name: tNav('weeks'),
              item: absoluteUrl(`/${locale}/weeks`),
            },
            {
              '@type': 'ListItem',
              position: 3,
              name: formatWeekRange(week.startDate, locale),
              item: absoluteUrl(`/${locale}/weeks/${date}`),
            },
          ],
        }}
      />
    </WeekView>
  )
}
