import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleCard, mediaUrl } from '@/components/ArticleCard'
import { JsonLd } from '@/components/JsonLd'
import { RichText } from '@/components/RichText'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getAnalystBySlug } from '@/lib/analysts'
import { getAnalystArticles } from '@/lib/articles'
import { absoluteUrl, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const analyst = await getAnalystBySlug(slug, locale)
  if (!analyst) return {}
  const photo = mediaUrl(analyst.photo, 'card')
  return pageMetadata({
    locale,
    path: `/analysts/${slug}`,
    title: analyst.name,
    description: analyst.role ?? undefined,
    image: photo,
  })
}

export default async function AnalystPage({ params }: Props) {
  const { locale: raw, slug } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const analyst = await getAnalystBySlug(slug, locale)
  if (!analyst) notFound()
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'analysts' }),
    getAnalystArticles(analyst.id, locale),
  ])
  const photo = mediaUrl(analyst.photo, 'card')
  return (
    <>
      <header
        className="page-head person"
        style={{ border: 0, background: 'none', padding: '1.5rem 0 0' }}
      >
        {photo?.url ? (
          <Image
            src={photo.url}
            alt=""
            width={112}
            height={112}
            style={{ objectFit: 'cover' }}
            priority
          />
        ) : null}
        <div>
          <p className="eyebrow">{t('title')}</p>
          <h1 style={{ margin: 0 }}>{analyst.name}</h1>
          {analyst.role ? (
            <p className="muted" style={{ margin: 0 }}>
              {analyst.role}
            </p>
          ) : null}
        </div>
      </header>
      <RichText data={analyst.bio} className="prose" />
      {analyst.links?.length ? (
        <>
          <h2>{t('links')}</h2>
          <ul>
            {analyst.links.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} rel="noopener noreferrer me">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <section aria-labelledby="analyses-title">
        <h2 id="analyses-title">
          {t('analyses')} <span className="muted">({t('count', { count: articles.length })})</span>
        </h2>
        {articles.length === 0 ? (
          <p className="notice">{t('noAnalyses')}</p>
        ) : (
          <ul className="cards">
            {articles.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} locale={locale} showWeek showImage={false} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: analyst.name,
          jobTitle: analyst.role ?? undefined,
          url: absoluteUrl(`/${locale}/analysts/${slug}`),
          image: photo?.url ? absoluteUrl(photo.url) : undefined,
          sameAs: analyst.links?.map((l) => l.url),
        }}
      />
    </>
  )
}
