import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LanguagePreferenceForm } from '@/components/LanguagePreferenceForm'
import { Link } from '@/i18n/navigation'
import type { AppLocale } from '@/i18n/routing'
import { unsubscribeReader } from '@/lib/newsletter'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export const metadata: Metadata = { robots: { index: false } }

/** One click from the e-mail unsubscribes; the page offers the way back. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const raw = (await searchParams).token
  const token = Array.isArray(raw) ? raw[0] : raw
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  const subscriber = await unsubscribeReader(token)
  return (
    <div className="newsletter-page">
      <header className="page-head">
        <h1>{subscriber ? t('unsubscribe.title') : t('unsubscribe.invalidTitle')}</h1>
      </header>
      {subscriber && token ? (
        <>
          <p className="notice" role="status">
            {t('unsubscribe.body', { email: subscriber.email })}
          </p>
          <p>{t('unsubscribe.again')}</p>
          <LanguagePreferenceForm
            locale={locale}
            token={token}
            current={subscriber.locale}
            submitLabel={t('unsubscribe.resubscribe')}
          />
        </>
      ) : (
        <p className="notice">{t('unsubscribe.invalid')}</p>
      )}
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </div>
  )
}
