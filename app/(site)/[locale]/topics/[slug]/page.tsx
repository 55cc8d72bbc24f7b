import type { Metadata } from 'next'

import type { AppLocale } from '@/i18n/routing'

import { TopicTimeline, topicMetadata } from './TopicTimeline'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return topicMetadata(locale, slug, 1)
}

export default async function TopicPage({ params }: Props) {
  const { locale, slug } = await params
  return <TopicTimeline locale={locale as AppLocale} slug={slug} page={1} />
}
