import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { type AppLocale, locales } from '@/i18n/routing'
import { getSite } from '@/lib/site'

import { LanguageSwitcher } from './LanguageSwitcher.client'
import { SiteNav } from './SiteNav.client'

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const [t, site] = await Promise.all([getTranslations({ locale }), getSite(locale)])
  const options = locales.map((l) => ({ locale: l, name: t(`language.${l}`) }))
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          {site.siteName}
          {site.tagline ? <small>{site.tagline}</small> : null}
        </Link>
        <SiteNav
          label={t('site.primaryNav')}
          items={[
            { href: '/', label: t('nav.home') },
            { href: '/weeks', label: t('nav.weeks') },
            { href: '/topics', label: t('nav.topics') },
            { href: '/analysts', label: t('nav.analysts') },
            { href: '/search', label: t('nav.search') },
          ]}
        />
        <LanguageSwitcher current={locale} options={options} label={t('language.label')} />
      </div>
    </header>
  )
}
