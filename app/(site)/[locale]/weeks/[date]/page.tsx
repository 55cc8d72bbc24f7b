import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { JsonLd } from '@/components/JsonLd'
import { PreviewNotice } from '@/components/PreviewNotice'
import { WeekView } from '@/components/WeekView'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { formatWeekRange } from '@/lib/format'
import { getWeekPreview } from '@/lib/preview'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import { getAdjacentWeeks, getWeekBySlug } from '@/lib/weeks'
import { formatFileSize, getWeekPdf } from '@/lib/weekPdf'
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
  const [t, nav, tNav, tPdf, pdf] = await Promise.all([
    getTranslations({ locale, namespace: 'week' }),
    getAdjacentWeeks(week.startDate),
    getTranslations({ locale, namespace: 'nav' }),
    getTranslations({ locale, namespace: 'pdf' }),
    // The link says how large the file is; a week with nothing published here has none.
    // A PDF that fails to render costs the page its link, never the page itself.
    preview
      ? null
      : getWeekPdf(date, locale).catch((error: unknown) => {
          console.error(`The PDF of week ${date} (${locale}) could not be made:`, error)
          return null
        }),
  ])
  const pdfLink = pdf ? (
    <p className="pdf-link">
      <a href={`/${locale}/weeks/${date}/pdf`} type="application/pdf" download>
        {tPdf('download')}
      </a>{' '}
      <span className="muted">({tPdf('size', { size: formatFileSize(pdf.length, locale) })})</span>
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
