import type { Metadata } from 'next'
import Image from 'next/image'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { mediaUrl } from '@/components/ArticleCard'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getAnalysts } from '@/lib/analysts'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'analysts' })
  return pageMetadata({ locale, path: '/analysts', title: t('title'), description: t('intro') })
}

export default async function AnalystsPage({ params }: Props) {
  const { locale: raw } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const [t, analysts] = await Promise.all([
    getTranslations({ locale, namespace: 'analysts' }),
    getAnalysts(locale),
  ])
  return (
    <>
      <header className="page-head">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      <ul className="people">
        {analysts.map((analyst) => {
          const photo = mediaUrl(analyst.photo, 'card')
          return (
            <li key={analyst.id} className="person">
              {photo?.url ? (
                <Image
                  src={photo.url}
                  alt=""
                  width={72}
                  height={72}
                  style={{ objectFit: 'cover' }}
                />
              ) : null}
              <div>
                <h2 style={{ margin: 0, fontSize: '1.15rem' }}>
                  <Link href={`/analysts/${analyst.slug}`}>{analyst.name}</Link>
                </h2>
                {analyst.role ? (
                  <p className="muted" style={{ margin: 0 }}>
                    {analyst.role}
                  </p>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
    </>
  )
}
