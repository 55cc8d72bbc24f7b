import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <section className="page-head">
      <h1>{t('title')}</h1>
      <p className="lead">{t('body')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </section>
  )
}
