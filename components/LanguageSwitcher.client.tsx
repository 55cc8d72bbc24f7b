'use client'

import { Link, usePathname } from '@/i18n/navigation'
import { type AppLocale, localeChoiceCookie } from '@/i18n/routing'

type Option = { locale: AppLocale; name: string }

/**
 * Remembered in the browser for a year, so `/` sends the reader back to it. Written here,
 * not by the server: pages set no cookie and a shared cache can keep them for everyone.
 */
function rememberChoice(locale: AppLocale) {
  const secure = window.location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${localeChoiceCookie}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`
}

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
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              title={name}
              onClick={() => rememberChoice(locale)}
            >
              {locale}
              <span className="visually-hidden"> – {name}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  )
}
