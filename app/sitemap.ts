import type { MetadataRoute } from 'next'

import { locales } from '@/i18n/routing'
import { getArticleSlugs } from '@/lib/articles'
import { getAnalysts } from '@/lib/analysts'
import { absoluteUrl } from '@/lib/seo'
import { getTopics } from '@/lib/topics'
import { getAllWeeks } from '@/lib/weeks'

type Entry = MetadataRoute.Sitemap[number]

/** One entry per page and language, each listing the languages it exists in. */
function entry(path: string, available: readonly string[], lastModified?: string): Entry[] {
  const languages = Object.fromEntries(available.map((l) => [l, absoluteUrl(`/${l}${path}`)]))
  return available.map((l) => ({
    url: absoluteUrl(`/${l}${path}`),
    lastModified,
    alternates: { languages },
  }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [weeks, topics, analysts, ...articleLists] = await Promise.all([
    getAllWeeks(),
    getTopics('en'),
    getAnalysts('en'),
    ...locales.map((l) => getArticleSlugs(l)),
  ])
  const articleLocales = new Map<string, { locales: string[]; updatedAt: string }>()
  locales.forEach((l, i) => {
    for (const a of articleLists[i]) {
      const known = articleLocales.get(a.slug) ?? { locales: [], updatedAt: a.updatedAt }
      known.locales.push(l)
      articleLocales.set(a.slug, known)
    }
  })
  return [
    ...entry('', locales, weeks[0]?.updatedAt),
    ...['/weeks', '/topics', '/analysts'].flatMap((p) => entry(p, locales)),
    ...weeks.flatMap((w) => entry(`/weeks/${w.slug}`, locales, w.updatedAt)),
    ...topics.flatMap((t) => entry(`/topics/${t.slug}`, locales)),
    ...analysts.flatMap((a) => entry(`/analysts/${a.slug}`, locales)),
    ...[...articleLocales].flatMap(([slug, a]) =>
      entry(`/articles/${slug}`, a.locales, a.updatedAt),
    ),
  ]
}
