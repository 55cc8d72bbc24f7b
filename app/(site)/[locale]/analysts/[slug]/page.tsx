import type { Metadata } from 'next'

import type { AppLocale } from '@/i18n/routing'

import { AnalystProfile, analystMetadata } from './AnalystProfile'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return analystMetadata(locale, slug, 1)
}

export default async function AnalystPage({ params }: Props) {
  const { locale, slug } = await params
  return <AnalystProfile locale={locale as AppLocale} slug={slug} page={1} />
}
