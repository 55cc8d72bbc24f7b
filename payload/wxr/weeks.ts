import { mondayOf } from '@/collections/Weeks/dates'

/** Month stems in English, Belarusian and Russian (nominative and genitive alike). */
const MONTHS: [RegExp, number][] = [
  [/^(jan|студз|январ|янв)/, 1],
  [/^(feb|лют|феврал|фев)/, 2],
  [/^(mar|сакав|март|мар)/, 3],
  [/^(apr|красав|апрел|апр)/, 4],
  [/^(may|ма[йя]|травн)/, 5],
  [/^(jun|чэрв|июн)/, 6],
  [/^(jul|ліп|июл)/, 7],
  [/^(aug|жні[ўв]|август|авг)/, 8],
  [/^(sep|верас|сентябр|сен)/, 9],
  [/^(oct|кастрыч|октябр|окт)/, 10],
  [/^(nov|лістапад|ноябр|ноя)/, 11],
  [/^(dec|снеж|декабр|дек)/, 12],
]

const monthOf = (word: string): number | null => {
  const lower = word.toLocaleLowerCase()
  for (const [pattern, month] of MONTHS) if (pattern.test(lower)) return month
  return null
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The Monday a written week starts on: "February 13 – February 19, 2023", "13 – 19 лютага
 * 2023", "13–19 февраля 2023", "30 January – 5 February 2023" or an ISO date. The year is the
 * last four-digit number; the start is the first day number with the first month name.
 */
export function weekStartFromText(text: string): { monday: string; exact: boolean } | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text)
  let day: string | null = null
  if (iso) {
    day = `${iso[1]}-${iso[2]}-${iso[3]}`
  } else {
    const years = [...text.matchAll(/\b(\d{4})\b/g)]
    const year = years.length > 0 ? Number(years[years.length - 1][1]) : null
    const words = text.split(/[\s,.–—-]+/u).filter(Boolean)
    let month: number | null = null
    let date: number | null = null
    for (const word of words) {
      if (month === null) month = monthOf(word.replace(/\d+/g, '')) ?? null
      if (date === null && /^\d{1,2}$/.test(word)) date = Number(word)
      if (month !== null && date !== null) break
    }
    if (year === null || month === null || date === null || date < 1 || date > 31) return null
    day = `${year}-${pad(month)}-${pad(date)}`
  }
  const parsed = new Date(`${day}T00:00:00.000Z`)
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) return null
  const monday = mondayOf(day)
  return { monday, exact: monday === day }
}

/** The Monday of a WordPress date ("2023-02-20 11:00:00"), or null for "0000-00-00 …". */
export function weekStartFromDate(wpDate: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(wpDate)
  if (!match || match[1].startsWith('0000')) return null
  const parsed = new Date(`${match[1]}T00:00:00.000Z`)
  return Number.isNaN(parsed.getTime()) ? null : mondayOf(match[1])
}
