import Image from 'next/image'

import { Link } from '@/i18n/navigation'
import type { AppLocale } from '@/i18n/routing'
import type { ArticleCard as ArticleCardData } from '@/lib/articles'
import { formatWeekRangeShort } from '@/lib/format'
import type { Media } from '@/payload-types'

import { VerdictBadge } from './VerdictBadge'

export function mediaUrl(
  media: Media | number | null | undefined,
  size?: 'card' | 'hero' | 'social',
) {
  if (!media || typeof media !== 'object') return null
  const sized = size ? media.sizes?.[size] : undefined
  const url = sized?.url ?? media.url ?? null
  return {
    // Payload answers with absolute URLs on this server; next/image wants them local.
    url: url?.replace(/^https?:\/\/[^/]+(?=\/api\/media\/)/, '') ?? null,
    width: sized?.width ?? media.width ?? undefined,
    height: sized?.height ?? media.height ?? undefined,
    alt: media.alt ?? '',
  }
}

export async function ArticleCard({
  article,
  locale,
  headingLevel = 3,
  showWeek = false,
  showImage = true,
  priority = false,
}: {
  article: ArticleCardData
  locale: AppLocale
  headingLevel?: 2 | 3
  showWeek?: boolean
  showImage?: boolean
  priority?: boolean
}) {
  const Heading = `h${headingLevel}` as const
  const image = showImage ? mediaUrl(article.heroImage, 'card') : null
  const topic = typeof article.topic === 'object' ? article.topic : null
  return (
    <article className="card">
      {image?.url ? (
        <Image
          className="card__image"
          src={image.url}
          alt={image.alt}
          width={image.width ?? 640}
          height={image.height ?? 400}
          sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 92vw"
          priority={priority}
        />
      ) : null}
      <div className="card__body">
        <div className="card__meta">
          <VerdictBadge verdict={article.verdict} locale={locale} />
          {topic ? <span>{topic.name}</span> : null}
          {showWeek && article.weekStart ? (
            <span>{formatWeekRangeShort(article.weekStart, locale)}</span>
          ) : null}
        </div>
        <Heading>
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </Heading>
        <p>{article.lead}</p>
      </div>
    </article>
  )
}
