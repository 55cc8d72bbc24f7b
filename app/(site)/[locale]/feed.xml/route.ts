import { getTranslations } from 'next-intl/server'

import { isLocale, locales } from '@/i18n/routing'
import { getLatestArticles } from '@/lib/articles'
import { buildRss, rssResponse } from '@/lib/feed'
import { getSite } from '@/lib/site'

export const dynamic = 'force-static'
export const generateStaticParams = () => locales.map((locale) => ({ locale }))

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [site, articles, t] = await Promise.all([
    getSite(locale),
    getLatestArticles(locale, 50),
    getTranslations({ locale, namespace: 'meta' }),
  ])
  return rssResponse(
    buildRss({
      locale,
      title: site.siteName,
      description: site.tagline || t('description'),
      path: '',
      articles,
    }),
  )
}
