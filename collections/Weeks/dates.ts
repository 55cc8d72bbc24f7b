/** Week arithmetic on calendar dates (UTC), shared by the collection and the site. */

const DAY_MS = 24 * 60 * 60 * 1000

/** `2026-11-16T12:00:00.000Z` or a Date → the calendar day `2026-11-16`. */
export function toCalendarDay(value: Date | string): string | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00.000Z`)
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value
  }
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) return null
  // The admin's day picker stores noon of the chosen day in the editor's zone; rounding to
  // the nearest UTC midnight recovers that day in every zone from UTC−11 to UTC+11.
  return new Date(Math.round(d.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10)
}

export function isMonday(day: string): boolean {
  return new Date(`${day}T00:00:00.000Z`).getUTCDay() === 1
}

export function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * DAY_MS)
    .toISOString()
    .slice(0, 10)
}

/** The Monday of the week that contains `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

export const toIsoMidnight = (day: string): string => `${day}T00:00:00.000Z`
