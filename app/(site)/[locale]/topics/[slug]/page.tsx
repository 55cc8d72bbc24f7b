import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleCard } from '@/components/ArticleCard'
import { JsonLd } from '@/components/JsonLd'
import { NewsletterSlot } from '@/components/NewsletterSlot'
import { TopicChart } from '@/components/TopicChart'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { getTopicArticles } from '@/lib/articles'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import { getTopicBySlug, getTopicVerdicts } from '@/lib/topics'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) return {}
  return pageMetadata({
    locale,
    path: `/topics/${slug}`,
    title: topic.name,
    description: topic.description ?? undefined,
  })
}

export default async function TopicPage({ params }: Props) {
  const { locale: raw, slug } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) notFound()
  const [t, tNav, verdicts, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'topics' }),
    getTranslations({ locale, namespace: 'nav' }),
    getTopicVerdicts(topic.id, locale),
    getTopicArticles(topic.id, locale, 1, 60),
  ])
  return (
    <>
      <header className="page-head">
        <p className="eyebrow">{tNav('topics')}</p>
        <h1>{topic.name}</h1>
        {topic.description ? <p className="lead">{topic.description}</p> : null}
        <p>
          <a href={`/${locale}/topics/${slug}/feed.xml`}>{t('feed')}</a>
        </p>
      </header>
      <TopicChart points={verdicts} locale={locale} />
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        {articles.docs.length === 0 ? (
          <p className="notice">{t('noAnalyses')}</p>
        ) : (
          <ul className="cards">
            {articles.docs.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} locale={locale} showWeek showImage={false} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewsletterSlot locale={locale} />
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
            {
              '@type': 'ListItem',
              position: 2,
              name: tNav('topics'),
              item: absoluteUrl(`/${locale}/topics`),
            },
            {
              '@type': 'ListItem',
              position: 3,
              name: topic.name,
              item: absoluteUrl(`/${locale}/topics/${slug}`),
            },
          ],
        }}
      />
    </>
  )
}
