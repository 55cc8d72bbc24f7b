import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleCard, mediaUrl } from '@/components/ArticleCard'
import { JsonLd } from '@/components/JsonLd'
import { Pager } from '@/components/Pager'
import { RichText } from '@/components/RichText'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getAnalystBySlug } from '@/lib/analysts'
import { getAnalystArticles } from '@/lib/articles'
import { absoluteUrl, pageMetadata } from '@/lib/seo'

const PER_PAGE = 50

/** Where page `page` of an analyst's analyses lives (page 1 is the analyst's own address). */
export const analystPagePath = (slug: string, page: number) =>
  page === 1 ? `/analysts/${slug}` : `/analysts/${slug}/page/${page}`

export async function analystMetadata(
  locale: string,
  slug: string,
  page: number,
): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const analyst = await getAnalystBySlug(slug, locale)
  if (!analyst) return {}
  const photo = mediaUrl(analyst.photo, 'card')
  const t = await getTranslations({ locale, namespace: 'analysts' })
  return pageMetadata({
    locale,
    path: analystPagePath(slug, page),
    title: page === 1 ? analyst.name : `${analyst.name} · ${t('pageTitle', { page })}`,
    description: analyst.role ?? undefined,
    image: photo,
  })
}

/** An analyst's profile and one page of their analyses, newest first. */
export async function AnalystProfile({
  locale,
  slug,
  page,
}: {
  locale: AppLocale
  slug: string
  page: number
}) {
  setRequestLocale(locale)
  const analyst = await getAnalystBySlug(slug, locale)
  if (!analyst) notFound()
  const [t, { docs: articles, totalDocs, totalPages }] = await Promise.all([
    getTranslations({ locale, namespace: 'analysts' }),
    getAnalystArticles(analyst.id, locale, page, PER_PAGE),
  ])
  if (page > 1 && page > totalPages) notFound()
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
          {t('analyses')}{' '}
          <span className="muted">
            ({t('count', { count: totalDocs })}
            {totalPages > 1 ? ` · ${t('page', { page, total: totalPages })}` : null})
          </span>
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
      <Pager
        page={page}
        totalPages={totalPages}
        href={(p) => analystPagePath(slug, p)}
        label={t('pagination')}
        previous={t('previousPage')}
        next={t('nextPage')}
      />
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
