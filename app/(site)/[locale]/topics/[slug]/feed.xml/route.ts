import { isLocale } from '@/i18n/routing'
import { getLatestArticles } from '@/lib/articles'
import { buildRss, rssResponse } from '@/lib/feed'
import { getSite } from '@/lib/site'
import { getTopicBySlug } from '@/lib/topics'

export const dynamic = 'force-static'
export const generateStaticParams = () => []

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) return new Response('Not found', { status: 404 })
  const [site, articles] = await Promise.all([
    getSite(locale),
    getLatestArticles(locale, 50, topic.id),
  ])
  return rssResponse(
    buildRss({
      locale,
      title: `${topic.name} · ${site.siteName}`,
      description: topic.description || topic.name,
      path: `/topics/${slug}`,
      articles,
    }),
  )
}
