import { getTranslations } from 'next-intl/server'

import { type AppLocale, locales } from '@/i18n/routing'

/** Sets the digest language from a signed link (a plain form: no JavaScript needed). */
export async function LanguagePreferenceForm({
  locale,
  token,
  current,
  submitLabel,
}: {
  locale: AppLocale
  token: string
  current: AppLocale
  submitLabel: string
}) {
  const [t, tl] = await Promise.all([
    getTranslations({ locale, namespace: 'newsletter' }),
    getTranslations({ locale, namespace: 'language' }),
  ])
  return (
    <form className="newsletter-form" method="post" action="/api/newsletter/preferences">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div className="newsletter-fields">
        <div>
          <label htmlFor="digest-language">{t('languageLabel')}</label>
          <select id="digest-language" name="language" defaultValue={current}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {tl(code)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  )
}
