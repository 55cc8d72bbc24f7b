import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { WeekList } from '@/components/WeekList'
import { WeekView } from '@/components/WeekView'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { formatWeekRange } from '@/lib/format'
import { pageMetadata } from '@/lib/seo'
import { getSite } from '@/lib/site'
import { getTopics } from '@/lib/topics'
import { getLatestWeek, getWeeksPage } from '@/lib/weeks'
import { excerpt, lexicalToPlainText } from '@/payload/utilities/lexicalText'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [site, week, t] = await Promise.all([
    getSite(locale),
    getLatestWeek(locale),
    getTranslations({ locale, namespace: 'week' }),
  ])
  return pageMetadata({
    locale,
    path: '',
    title: week
      ? t('situationIn', { range: formatWeekRange(week.startDate, locale) })
      : site.siteName,
    description: week?.summary
      ? excerpt(lexicalToPlainText(week.summary as Parameters<typeof lexicalToPlainText>[0]))
      : (site.tagline ?? undefined),
  })
}

export default async function HomePage({ params }: Props) {
  const { locale: raw } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const [t, week] = await Promise.all([
    getTranslations({ locale, namespace: 'week' }),
    getLatestWeek(locale),
  ])
  if (!week) {
    return <p className="notice">{t('notPublished')}</p>
  }
  const [recent, topics] = await Promise.all([getWeeksPage(1, 7), getTopics(locale)])
  const previous = recent.weeks.filter((w) => w.id !== week.id).slice(0, 6)
  return (
    <WeekView week={week} locale={locale}>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t('recent')}</h2>
        <WeekList weeks={previous} topics={topics} locale={locale} />
        <p>
          <Link href="/weeks">{t('viewAll')} →</Link>
        </p>
      </section>
    </WeekView>
  )
}
