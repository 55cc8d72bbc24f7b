import { defineRouting } from 'next-intl/routing'

export const locales = ['en', 'be', 'ru'] as const
export type AppLocale = (typeof locales)[number]

/**
 * The language a reader picked with the switcher, written in the browser (never by the
 * server: public pages set no cookie, so a shared cache can keep them) and read only at `/`.
 */
export const localeChoiceCookie = 'NEXT_LOCALE'

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
  // The URL is the language; hreflang links are in each page's metadata.
  localeCookie: false,
  alternateLinks: false,
})

export const isLocale = (value: string): value is AppLocale =>
  (locales as readonly string[]).includes(value)
