import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LanguagePreferenceForm } from '@/components/LanguagePreferenceForm'
import type { AppLocale } from '@/i18n/routing'
import { getSubscriberByToken } from '@/lib/newsletter'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[]; saved?: string | string[] }>
}

export const metadata: Metadata = { robots: { index: false } }

export default async function PreferencesPage({ params, searchParams }: Props) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const query = await searchParams
  const token = Array.isArray(query.token) ? query.token[0] : query.token
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  const subscriber = await getSubscriberByToken(token)
  if (!subscriber || !token) {
    return (
      <div className="newsletter-page">
        <header className="page-head">
          <h1>{t('unsubscribe.invalidTitle')}</h1>
        </header>
        <p className="notice">{t('unsubscribe.invalid')}</p>
      </div>
    )
  }
  return (
    <div className="newsletter-page">
      <header className="page-head">
        <h1>{t('preferences.title')}</h1>
        <p>{t('preferences.address', { email: subscriber.email })}</p>
      </header>
      {query.saved && subscriber.status === 'confirmed' && (
        <p className="notice newsletter-done" role="status">
          {t('preferences.saved', { language: t(`languages.${subscriber.locale}`) })}
        </p>
      )}
      {subscriber.status === 'pending' ? (
        <p className="notice">{t('preferences.isPending')}</p>
      ) : (
        <>
          {subscriber.status === 'unsubscribed' && (
            <p className="notice">{t('preferences.isUnsubscribed')}</p>
          )}
          <LanguagePreferenceForm
            locale={locale}
            token={token}
            current={subscriber.locale}
            submitLabel={t('preferences.save')}
          />
          {subscriber.status === 'confirmed' && (
            <p>
              {/* A plain link: Next would prefetch a Link, and this page acts when rendered. */}
              <a href={`/${locale}/newsletter/unsubscribe?token=${encodeURIComponent(token)}`}>
                {t('preferences.unsubscribe')}
              </a>
            </p>
          )}
        </>
      )}
    </div>
  )
}
