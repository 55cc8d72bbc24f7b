import type { Metadata } from 'next'

import type { AppLocale } from '@/i18n/routing'

import { archiveMetadata, WeekArchive } from './WeekArchive'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return archiveMetadata((await params).locale, 1)
}

export default async function ArchivePage({ params }: Props) {
  const { locale } = await params
  return <WeekArchive locale={locale as AppLocale} page={1} />
}
