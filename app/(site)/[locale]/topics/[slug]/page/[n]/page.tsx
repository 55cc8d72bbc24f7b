import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import type { AppLocale } from '@/i18n/routing'
import { parsePageParam } from '@/lib/pagination'

import { TopicTimeline, topicMetadata, topicPagePath } from '../../TopicTimeline'

type Props = { params: Promise<{ locale: string; slug: string; n: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, n } = await params
  const page = parsePageParam(n)
  return page ? topicMetadata(locale, slug, page) : {}
}

export default async function TopicTimelinePage({ params }: Props) {
  const { locale, slug, n } = await params
  const page = parsePageParam(n)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(`/${locale}${topicPagePath(slug, 1)}`)
  return <TopicTimeline locale={locale as AppLocale} slug={slug} page={page} />
}
