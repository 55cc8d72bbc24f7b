import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { AppLocale } from '@/i18n/routing'
import { getVerdictsForWeeks } from '@/lib/articles'
import { formatWeekRange } from '@/lib/format'
import { verdictMaps } from '@/lib/verdicts'
import type { WeekSummary } from '@/lib/weeks'
import type { Topic } from '@/payload-types'

import { VerdictStrip } from './VerdictStrip'

/** Weeks as links, each with its row of topic verdicts (the home page, the archive). */
export async function WeekList({
  weeks,
  topics,
  locale,
}: {
  weeks: Pick<WeekSummary, 'id' | 'slug' | 'startDate'>[]
  topics: Pick<Topic, 'id' | 'name'>[]
  locale: AppLocale
}) {
  const [t, rows] = await Promise.all([
    getTranslations({ locale, namespace: 'week' }),
    getVerdictsForWeeks(
      weeks.map((w) => w.id),
      locale,
    ),
  ])
  const verdicts = verdictMaps(rows)
  return (
    <ul className="week-list">
      {weeks.map((w) => (
        <li key={w.id}>
          <Link href={`/weeks/${w.slug}`}>
            {t('situationIn', { range: formatWeekRange(w.startDate, locale) })}
          </Link>
          <VerdictStrip
            topics={topics}
            verdicts={verdicts.get(String(w.id)) ?? new Map()}
            locale={locale}
          />
        </li>
      ))}
    </ul>
  )
}
