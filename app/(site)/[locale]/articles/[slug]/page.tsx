import type { Metadata } from 'next'
import Image from 'next/image'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleCard, mediaUrl } from '@/components/ArticleCard'
import { JsonLd } from '@/components/JsonLd'
import { NewsletterSlot } from '@/components/NewsletterSlot'
import { PreviewNotice } from '@/components/PreviewNotice'
import { RichText } from '@/components/RichText'
import { VerdictBadge } from '@/components/VerdictBadge'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getArticleBySlug, getArticleLocales, getRelatedArticles } from '@/lib/articles'
import { formatDate, formatWeekRange } from '@/lib/format'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import { getArticlePreview } from '@/lib/preview'
import { getSite } from '@/lib/site'
import type { Analyst, Article } from '@/payload-types'
import { countWords, lexicalToPlainText } from '@/payload/utilities/lexicalText'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

const WORDS_PER_MINUTE = 200

const authorsOf = (article: Article) =>
  (article.authors ?? []).filter((a): a is Analyst => typeof a === 'object' && a !== null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const [article, available] = await Promise.all([
    getArticleBySlug(slug, locale),
    getArticleLocales(slug),
  ])
  if (!article) {
    if (available.length === 0) return {}
    const t = await getTranslations({ locale, namespace: 'missing' })
    return pageMetadata({
      locale,
      path: `/articles/${slug}`,
      title: t('title'),
      available,
      noindex: true,
    })
  }
  const image = mediaUrl(
    article.meta?.image && typeof article.meta.image === 'object'
      ? article.meta.image
      : article.heroImage,
    'social',
  )
  return pageMetadata({
    locale,
    path: `/articles/${slug}`,
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.lead,
    available,
    image: image?.url
      ? { url: image.url, width: image.width, height: image.height, alt: image.alt }
      : null,
    type: 'article',
    publishedTime: article.publishedAt ?? undefined,
  })
}

export default async function ArticlePage({ params }: Props) {
  const { locale: raw, slug } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const preview = (await draftMode()).isEnabled
  const [article, available] = await Promise.all([
    preview ? getArticlePreview(slug, locale) : getArticleBySlug(slug, locale),
    getArticleLocales(slug),
  ])
  if (!article) {
    if (available.length === 0) notFound()
    return <MissingTranslation locale={locale} slug={slug} available={available as AppLocale[]} />
  }
  const week = typeof article.week === 'object' ? article.week : null
  const topic = typeof article.topic === 'object' ? article.topic : null
  const authors = authorsOf(article)
  const [t, tNav, site, related] = await Promise.all([
    getTranslations({ locale, namespace: 'article' }),
    getTranslations({ locale, namespace: 'nav' }),
    getSite(locale),
    topic && article.weekStart
      ? getRelatedArticles(article.id, topic.id, article.weekStart, locale)
      : Promise.resolve([]),
  ])
  const hero = mediaUrl(article.heroImage, 'hero')
  const heroMedia = typeof article.heroImage === 'object' ? article.heroImage : null
  const words = countWords(
    [
      article.title,
      article.lead ?? '',
      ...(article.keyPoints ?? []).map((p) => p.point),
      lexicalToPlainText(article.body),
    ].join(' '),
  )
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE))
  const url = absoluteUrl(`/${locale}/articles/${slug}`)
  const social = mediaUrl(article.heroImage, 'social')

  return (
    <article>
      {preview ? <PreviewNotice locale={locale} path={`/${locale}/articles/${slug}`} /> : null}
      <header className="page-head article-header">
        <p className="card__meta">
          {week ? (
            <Link href={`/weeks/${week.slug}`}>{formatWeekRange(week.startDate, locale)}</Link>
          ) : null}
          {topic ? <Link href={`/topics/${topic.slug}`}>{topic.name}</Link> : null}
          <VerdictBadge verdict={article.verdict} locale={locale} />
        </p>
        <h1>{article.title}</h1>
        <p className="byline">
          {t('by')}{' '}
          {authors.length === 0
            ? t('editorialTeam')
            : authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 ? (i === authors.length - 1 ? ` ${t('and')} ` : ', ') : null}
                  <Link href={`/analysts/${a.slug}`}>{a.name}</Link>
                </span>
              ))}
          {' · '}
          {t('readingTime', { minutes })}
          {article.publishedAt ? (
            <>
              {' · '}
              <time dateTime={article.publishedAt}>
                {t('published', { date: formatDate(article.publishedAt, locale) })}
              </time>
            </>
          ) : null}
        </p>
      </header>

      {hero?.url ? (
        <figure className="hero">
          <Image
            src={hero.url}
            alt={hero.alt}
            width={hero.width ?? 1600}
            height={hero.height ?? 900}
            sizes="(min-width: 72rem) 70rem, 100vw"
            priority
          />
          {heroMedia?.caption || heroMedia?.credit ? (
            <figcaption>
              {heroMedia.caption}
              {heroMedia.credit ? ` ${t('photo', { credit: heroMedia.credit })}` : null}
              {heroMedia.sourceUrl ? (
                <>
                  {' · '}
                  <a href={heroMedia.sourceUrl} rel="noopener noreferrer">
                    {t('source')}
                  </a>
                </>
              ) : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}

      <p className="lead">{article.lead}</p>

      {article.keyPoints?.length ? (
        <section className="key-points" aria-labelledby="key-points-title">
          <h2 id="key-points-title">{t('keyPoints')}</h2>
          <ul>
            {article.keyPoints.map((p) => (
              <li key={p.id ?? p.point}>{p.point}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <RichText data={article.body} className="prose" />

      {related.length > 0 ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t('related')}</h2>
          <ul className="cards">
            {related.map((r) => (
              <li key={r.id}>
                <ArticleCard article={r} locale={locale} showWeek showImage={false} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <NewsletterSlot locale={locale} />

      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          description: article.lead,
          inLanguage: locale,
          mainEntityOfPage: url,
          url,
          datePublished: article.publishedAt ?? undefined,
          dateModified: article.updatedAt,
          image: social?.url ? [absoluteUrl(social.url)] : undefined,
          articleSection: topic?.name,
          author:
            authors.length > 0
              ? authors.map((a) => ({
                  '@type': 'Person',
                  name: a.name,
                  url: absoluteUrl(`/${locale}/analysts/${a.slug}`),
                }))
              : [{ '@type': 'Organization', name: site.siteName }],
          publisher: {
            '@type': 'Organization',
            name: site.siteName,
            url: absoluteUrl(`/${locale}`),
          },
        }}
      />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: [
            {
              '@type': 'ListItem',
              position: 1,
              name: tNav('home'),
              item: absoluteUrl(`/${locale}`),
            },
            ...(topic
              ? [
                  {
                    '@type': 'ListItem',
                    position: 2,
                    name: topic.name,
                    item: absoluteUrl(`/${locale}/topics/${topic.slug}`),
                  },
                ]
              : []),
            { '@type': 'ListItem', position: topic ? 3 : 2, name: article.title, item: url },
          ],
        }}
      />
    </article>
  )
}

async function MissingTranslation({
  locale,
  slug,
  available,
}: {
  locale: AppLocale
  slug: string
  available: AppLocale[]
}) {
  const [t, tLang] = await Promise.all([
    getTranslations({ locale, namespace: 'missing' }),
    getTranslations({ locale, namespace: 'language' }),
  ])
  return (
    <section className="page-head">
      <h1>{t('title')}</h1>
      <div className="notice">
        <p>{t('body', { language: tLang(locale) })}</p>
        <ul>
          {available.map((l) => (
            <li key={l}>
              <Link href={`/articles/${slug}`} locale={l} hrefLang={l} lang={l}>
                {tLang(l)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
