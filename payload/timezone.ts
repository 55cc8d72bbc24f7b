import { ConfigurationError } from './env'

export const DEFAULT_EDITORIAL_TIMEZONE = 'Europe/Minsk'

const isTimezone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function checked(zone: string, variable: string): string {
  if (!isTimezone(zone))
    throw new ConfigurationError(
      `${variable} "${zone}" is not a time zone: use an IANA name such as Europe/Minsk or Europe/Vilnius.`,
    )
  return zone
}

/** The newsroom's clock: schedules are chosen and shown in it (EDITORIAL_TIMEZONE). */
export function editorialTimezone(): string {
  const zone = process.env.EDITORIAL_TIMEZONE?.trim()
  return zone ? checked(zone, 'EDITORIAL_TIMEZONE') : DEFAULT_EDITORIAL_TIMEZONE
}

/**
 * The zones the schedule drawer offers: the editorial one, plus EDITORIAL_TIMEZONES
 * (comma-separated) for a newsroom spread over several.
 */
export function offeredTimezones(): string[] {
  const extra = (process.env.EDITORIAL_TIMEZONES ?? '')
    .split(',')
    .map((zone) => zone.trim())
    .filter(Boolean)
    .map((zone) => checked(zone, 'EDITORIAL_TIMEZONES'))
  return [...new Set([editorialTimezone(), ...extra])]
}

/** "Europe/Minsk (GMT+3)": the name an editor recognises, with its offset now. */
export function timezoneLabel(zone: string): string {
  const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value
  return offset ? `${zone} (${offset})` : zone
}

/** A moment as the newsroom reads it: "Mon 30 Nov, 09:00 (Europe/Minsk)". */
export function formatInTimezone(date: Date | string, zone: string, language: string): string {
  const text = new Intl.DateTimeFormat(language === 'be' ? 'be' : language, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(date))
  return `${text} (${zone})`
}
