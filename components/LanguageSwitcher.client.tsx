'use client'

import { Link, usePathname } from '@/i18n/navigation'
import type { AppLocale } from '@/i18n/routing'

type Option = { locale: AppLocale; name: string }

/**
 * Same page, other language. Slugs are shared across languages, so the same path leads to
 * the same document; where it is not translated, that page says so and links the others.
 */
export function LanguageSwitcher({
  current,
  options,
  label,
}: {
  current: AppLocale
  options: Option[]
  label: string
}) {
  const pathname = usePathname()
  return (
    <ul className="lang-switcher" aria-label={label}>
      {options.map(({ locale, name }) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" lang={locale} title={name}>
              {locale}
              <span className="visually-hidden"> – {name}</span>
            </span>
          ) : (
            <Link href={pathname} locale={locale} lang={locale} hrefLang={locale} title={name}>
              {locale}
              <span className="visually-hidden"> – {name}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  )
}
