import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { AppLocale } from '@/i18n/routing'
import { getSite } from '@/lib/site'

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    getSite(locale),
  ])
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <strong>{site.siteName}</strong> — {t('footerNote')}
        </p>
        <ul>
          <li>
            <Link href="/subscribe">{t('subscribe')}</Link>
          </li>
          <li>
            <a href={`/${locale}/feed.xml`}>{t('rss')}</a>
          </li>
          {(site.socialLinks ?? []).map((link) => (
            <li key={link.id ?? link.url}>
              <a href={link.url} rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
          <li>
            <NextLink href="/admin" prefetch={false}>
              {t('admin')}
            </NextLink>
          </li>
        </ul>
      </div>
    </footer>
  )
}
