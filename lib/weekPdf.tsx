import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { renderToBuffer } from '@react-pdf/renderer'
import { createTranslator } from 'next-intl'
import sharp from 'sharp'

import { mediaDir } from '@/collections/Media'
import type { Verdict } from '@/components/VerdictBadge'
import type { AppLocale } from '@/i18n/routing'
import be from '@/messages/be.json'
import en from '@/messages/en.json'
import ru from '@/messages/ru.json'
import type { Analyst, Article, Media, Topic } from '@/payload-types'

import { cachedQuery, tags } from './cache'
import { formatDate, formatWeekRange } from './format'
import { getPayload, publicRead } from './payload'
import { preparePdfFonts, typeset } from './pdf/fonts'
import { WeekDocument, type WeekPdfContent } from './pdf/WeekDocument'
import { absoluteUrl } from './seo'
import { getSite } from './site'
import { getTopics } from './topics'
import { getWeekBySlug } from './weeks'

/** The PDF reads the week, its analyses with their topics, authors and pictures, and the site. */
export const weekPdfTags = [
  tags.weeks,
  tags.articles,
  tags.topics,
  tags.analysts,
  tags.media,
  tags.site,
]

const messagesOf = { en, be, ru } as const

/** A week's published analyses in a language, whole (body and key points), in topic order. */
async function findWeekAnalyses(weekId: number | string, locale: AppLocale) {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { week: { equals: weekId } },
    sort: 'title',
    limit: 50,
    depth: 1,
    populate: { topics: { name: true, order: true }, analysts: { name: true } },
    ...publicRead(locale),
  })
  const order = (a: Article) => (typeof a.topic === 'object' ? (a.topic?.order ?? 0) : 0)
  return docs.sort((a, b) => order(a) - order(b))
}

/** The hero picture as a JPEG that fits an A4 column (react-pdf reads JPEG and PNG only). */
async function heroImage(media: Media) {
  const filename = media.sizes?.hero?.filename ?? media.filename
  if (!filename) return null
  try {
    const file = await readFile(path.join(mediaDir(), path.basename(filename)))
    const { data, info } = await sharp(file)
      .resize({ width: 1000, withoutEnlargement: true })
      .jpeg({ quality: 78 })
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height }
  } catch {
    // A picture missing on this server leaves the analysis without it, not without a PDF.
    return null
  }
}

export async function weekPdfContent(
  slug: string,
  locale: AppLocale,
): Promise<WeekPdfContent | null> {
  const week = await getWeekBySlug(slug, locale)
  if (!week) return null
  const analyses = await findWeekAnalyses(week.id, locale)
  if (analyses.length === 0) return null
  // A translator of its own: the PDF is also made outside a request (tests, the benchmark).
  const t = createTranslator({ locale, messages: messagesOf[locale] })
  const [topics, site] = await Promise.all([getTopics(locale), getSite(locale)])
  const range = typeset(formatWeekRange(week.startDate, locale))
  const verdictOf = new Map(
    analyses.map((a) => [String(typeof a.topic === 'object' ? a.topic?.id : a.topic), a.verdict]),
  )
  const byline = (article: Article) => {
    const names = (article.authors ?? [])
      .filter((a): a is Analyst => typeof a === 'object' && a !== null)
      .map((a) => a.name)
    const authors =
      names.length === 0
        ? t('article.editorialTeam')
        : names.length === 1
          ? names[0]
          : `${names.slice(0, -1).join(', ')} ${t('article.and')} ${names[names.length - 1]}`
    const published = article.publishedAt
      ? ` · ${t('article.published', { date: formatDate(article.publishedAt, locale) })}`
      : ''
    return typeset(`${t('article.by')} ${authors}${published}`)
  }
  return {
    locale,
    title: `${t('week.situationIn', { range })} · ${site.siteName}`,
    siteName: site.siteName,
    weekUrl: absoluteUrl(`/${locale}/weeks/${slug}`).replace(/^https?:\/\//, ''),
    eyebrow: t('week.title'),
    range,
    summary: week.summary,
    labels: {
      overview: t('week.overview'),
      analyses: t('week.analyses'),
      keyPoints: t('article.keyPoints'),
      topicMissing: t('week.topicMissing'),
      source: t('article.source'),
      page: (page, total) => t('pdf.page', { page, total }),
    },
    verdictLabel: {
      improved: t('verdict.improved'),
      unchanged: t('verdict.unchanged'),
      worsened: t('verdict.worsened'),
    },
    overview: (topics as Topic[]).map((topic) => ({
      topic: topic.name,
      verdict: (verdictOf.get(String(topic.id)) as Verdict | undefined) ?? null,
    })),
    analyses: await Promise.all(
      analyses.map(async (article) => {
        const media = typeof article.heroImage === 'object' ? article.heroImage : null
        const image = media ? await heroImage(media) : null
        const caption = [
          media?.caption,
          media?.credit ? t('article.photo', { credit: media.credit }) : null,
        ]
          .filter(Boolean)
          .join(' ')
        return {
          id: article.id,
          title: article.title,
          topic: typeof article.topic === 'object' ? (article.topic?.name ?? '') : '',
          verdict: article.verdict,
          byline: byline(article),
          lead: article.lead ?? '',
          keyPoints: (article.keyPoints ?? []).map((p) => p.point),
          body: article.body,
          url: absoluteUrl(`/${locale}/articles/${article.slug}`),
          image: image ? { ...image, caption, sourceUrl: media?.sourceUrl ?? null } : null,
        }
      }),
    ),
  }
}

/** Renders the PDF of a week in a language; null when nothing of the week is published in it. */
export async function renderWeekPdf(slug: string, locale: AppLocale): Promise<Buffer | null> {
  const content = await weekPdfContent(slug, locale)
  if (!content) return null
  await preparePdfFonts()
  return renderToBuffer(<WeekDocument content={content} />)
}

/**
 * The PDF, kept in Next's data cache under the same tags as the week page: a publish,
 * unpublish or edit expires it with the page. Stored as base64 (the cache keeps JSON).
 */
const cachedWeekPdf = cachedQuery(
  'week-pdf',
  weekPdfTags,
  async (slug: string, locale: AppLocale): Promise<string | null> => {
    const pdf = await renderWeekPdf(slug, locale)
    return pdf ? pdf.toString('base64') : null
  },
)

export async function getWeekPdf(slug: string, locale: AppLocale): Promise<Buffer | null> {
  const encoded = await cachedWeekPdf(slug, locale)
  return encoded === null ? null : Buffer.from(encoded, 'base64')
}
