import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsletterForm } from '@/components/NewsletterForm'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { pageMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ sent?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return pageMetadata({ locale, path: '/subscribe', title: t('pageTitle') })
}

export default async function SubscribePage({ params, searchParams }: Props) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const { sent } = await searchParams
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return (
    <div className="newsletter-page">
      <header className="page-head">
        <h1>{t('pageTitle')}</h1>
        <p className="lede">{t('pageIntro')}</p>
      </header>
      {sent ? (
        <p className="notice newsletter-done" role="status">
          {t('sent')}
        </p>
      ) : (
        <NewsletterForm />
      )}
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </div>
  )
}
