import type { Metadata } from 'next'

import { type AppLocale, locales, routing } from '@/i18n/routing'
import { serverUrl } from '@/payload/env'

export const absoluteUrl = (path: string) => `${serverUrl()}${path}`

const ogLocale: Record<AppLocale, string> = { en: 'en_GB', be: 'be_BY', ru: 'ru_RU' }

type PageMeta = {
  locale: AppLocale
  /** Path after the locale, starting with `/` (or empty for the home page). */
  path: string
  title: string
  description?: string
  /** Languages the page exists in; defaults to all. */
  available?: readonly string[]
  image?: { url: string | null; width?: number; height?: number; alt?: string } | null
  type?: 'website' | 'article'
  noindex?: boolean
  publishedTime?: string
}

/** Canonical URL, hreflang alternates (only for existing languages), Open Graph and Twitter. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  available = locales,
  image,
  type = 'website',
  noindex,
  publishedTime,
}: PageMeta): Metadata {
  const url = (l: string) => absoluteUrl(`/${l}${path}`)
  const languages: Record<string, string> = {}
  for (const l of locales) if (available.includes(l)) languages[l] = url(l)
  if (available.length > 0) {
    languages['x-default'] = url(
      available.includes(routing.defaultLocale) ? routing.defaultLocale : available[0],
    )
  }
  const images = image?.url
    ? [
        {
          url: image.url.startsWith('http') ? image.url : absoluteUrl(image.url),
          width: image.width,
          height: image.height,
          alt: image.alt,
        },
      ]
    : undefined
  return {
    title,
    description,
    alternates: noindex ? { canonical: url(locale) } : { canonical: url(locale), languages },
    robots: noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      type,
      url: url(locale),
      title,
      description,
      locale: ogLocale[locale],
      alternateLocale: locales
        .filter((l) => l !== locale && available.includes(l))
        .map((l) => ogLocale[l]),
      images,
      ...(type === 'article' && publishedTime ? { publishedTime } : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title,
      description,
      images: images?.map((i) => i.url),
    },
  }
}
