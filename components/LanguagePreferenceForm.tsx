import { getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/i18n/routing'

import { DigestLanguageField } from './DigestLanguageField'

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
        <DigestLanguageField
          id="digest-language"
          label={t('languageLabel')}
          names={{ en: tl('en'), be: tl('be'), ru: tl('ru') }}
          defaultValue={current}
        />
      </div>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  )
}
