import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { AppLocale } from '@/i18n/routing'
import { confirmSubscription } from '@/lib/newsletter'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export const metadata: Metadata = { robots: { index: false } }

export default async function ConfirmPage({ params, searchParams }: Props) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const { token } = await searchParams
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  const subscriber = await confirmSubscription(Array.isArray(token) ? token[0] : token)
  return (
    <div className="newsletter-page">
      <header className="page-head">
        <h1>{subscriber ? t('confirm.title') : t('confirm.invalidTitle')}</h1>
      </header>
      {subscriber ? (
        <>
          <p className="notice newsletter-done" role="status">
            {t('confirm.body', {
              email: subscriber.email,
              language: t(`languages.${subscriber.locale}`),
            })}
          </p>
          <p>
            {/* A plain link: the pages behind it act on the token. */}
            <a
              href={`/${locale}/newsletter/preferences?token=${encodeURIComponent(subscriber.token)}`}
            >
              {t('confirm.manage')}
            </a>
          </p>
        </>
      ) : (
        <p className="notice">
          {t('confirm.invalid')} <Link href="/subscribe">{t('pageTitle')}</Link>
        </p>
      )}
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </div>
  )
}
