import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import type { AppLocale } from '@/i18n/routing'
import { parsePageParam } from '@/lib/pagination'

import { archiveMetadata, archivePagePath, WeekArchive } from '../../WeekArchive'

type Props = { params: Promise<{ locale: string; n: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, n } = await params
  const page = parsePageParam(n)
  return page ? archiveMetadata(locale, page) : {}
}

export default async function ArchivePageN({ params }: Props) {
  const { locale, n } = await params
  const page = parsePageParam(n)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(`/${locale}${archivePagePath(1)}`)
  return <WeekArchive locale={locale as AppLocale} page={page} />
}
