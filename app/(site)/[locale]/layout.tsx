import '../site.css'

import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { isLocale, locales } from '@/i18n/routing'
import { getSite } from '@/lib/site'
import { serverUrl } from '@/payload/env'

export const generateStaticParams = () => locales.map((locale) => ({ locale }))

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#15161a' },
  ],
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [site, t] = await Promise.all([
    getSite(locale),
    getTranslations({ locale, namespace: 'meta' }),
  ])
  return {
    metadataBase: new URL(serverUrl()),
    title: { default: site.siteName, template: `%s · ${site.siteName}` },
    description: site.tagline || t('description'),
    alternates: {
      types: { 'application/rss+xml': [{ url: `/${locale}/feed.xml`, title: site.siteName }] },
    },
  }
}

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <html lang={locale}>
      <body>
        {/* Client components get their locale here; the few that translate get their own
            messages (components/NewsletterForm.tsx), not every page all of them. */}
        <NextIntlClientProvider messages={null}>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <SiteHeader locale={locale} />
          <main id="main" className="container" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
