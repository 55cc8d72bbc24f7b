import type { AppLocale } from '@/i18n/routing'

/** BCP 47 tags for Intl: British English spelling and day-month order for English. */
export const intlLocale: Record<AppLocale, string> = { en: 'en-GB', be: 'be', ru: 'ru' }

const rangeFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`
  let format = rangeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', ...options })
    rangeFormats.set(key, format)
  }
  return format
}

/** "13 – 19 February 2023", "13–19 лютага 2023", "13–19 февраля 2023 г." */
export function formatWeekRange(startDate: string, locale: AppLocale): string {
  const start = new Date(startDate)
  const end = new Date(start.getTime() + 6 * 24 * 3600 * 1000)
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    start,
    end,
  )
}

/**
 * "13 – 19 Feb 2023" for compact lists. The year stays: the lists that use it (a topic's
 * timeline, an analyst's work, search results, the chart) run across many years.
 */
export function formatWeekRangeShort(startDate: string, locale: AppLocale): string {
  const start = new Date(startDate)
  const end = new Date(start.getTime() + 6 * 24 * 3600 * 1000)
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    start,
    end,
  )
}

export function formatDate(date: string, locale: AppLocale): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(date),
  )
}

export const weekSlug = (startDate: string) => startDate.slice(0, 10)
