import { defineRouting } from 'next-intl/routing'

export const locales = ['en', 'be', 'ru'] as const
export type AppLocale = (typeof locales)[number]

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 },
})

export const isLocale = (value: string): value is AppLocale =>
  (locales as readonly string[]).includes(value)
