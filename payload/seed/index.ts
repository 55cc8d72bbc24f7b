import type { Payload } from 'payload'

import type { Media } from '@/payload-types'

import { analysts, site, topics } from './content/taxonomy'
import type { Locale, Localized, SeedArticle, SeedImage, SeedWeek } from './content/types'
import { weeks1to9 } from './content/weeks-01-09'
import { weeks10 } from './content/weeks-10'
import { weeks11to12 } from './content/weeks-11-12'
import { heroImage, portrait } from './images'
import { paragraphsToLexical, toLexical } from './lexical'

export const demoWeeks: SeedWeek[] = [...weeks1to9, ...weeks10, ...weeks11to12]

const TRANSLATIONS: Locale[] = ['be', 'ru']

/** Demo logins printed by `npm run demo`; change them before going public. */
export const demoUsers = [
  { email: 'admin@monitor.local', password: 'demo-admin', name: 'Site Admin', role: 'admin' },
  {
    email: 'editor@monitor.local',
    password: 'demo-editor',
    name: 'Yauhen Zhuk',
    role: 'editor',
    analyst: 'yauhen-zhuk',
  },
  {
    email: 'alena@monitor.local',
    password: 'demo-analyst',
    name: 'Alena Kryvitskaya',
    role: 'analyst',
    analyst: 'alena-kryvitskaya',
  },
  {
    email: 'pavel@monitor.local',
    password: 'demo-analyst',
    name: 'Pavel Lahvinets',
    role: 'analyst',
    analyst: 'pavel-lahvinets',
  },
] as const

export type SeedResult = { seeded: boolean; articles: number; weeks: number }

type SeedOptions = {
  log?: (message: string) => void
  /** Limit the number of weeks (newest kept), for fast tests. */
  weeks?: number
}

/**
 * Loads the demo content into an empty database. A database that already has users or
 * topics is left alone, so running the demo twice never duplicates or resets anything.
 */
export async function seedDemoContent(
  payload: Payload,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const log = options.log ?? ((message: string) => payload.logger.info(message))
  const [users, existingTopics] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'topics', overrideAccess: true }),
  ])
  if (users.totalDocs > 0 || existingTopics.totalDocs > 0) {
    log('The database already has content: demo seeding skipped.')
    return { seeded: false, articles: 0, weeks: 0 }
  }

  const weeks = options.weeks ? demoWeeks.slice(-options.weeks) : demoWeeks
  const common = { overrideAccess: true, context: { seeding: true } } as const

  log('Seeding topics, analysts and site settings…')
  const topicIds = new Map<string, number | string>()
  for (const topic of topics) {
    const doc = await payload.create({
      collection: 'topics',
      locale: 'en',
      data: {
        name: topic.name.en,
        slug: topic.slug,
        description: topic.description.en,
        order: topic.order,
      },
      ...common,
    })
    for (const locale of TRANSLATIONS) {
      await payload.update({
        collection: 'topics',
        id: doc.id,
        locale,
        data: { name: topic.name[locale], description: topic.description[locale] },
        ...common,
      })
    }
    topicIds.set(topic.slug, doc.id)
  }

  const analystIds = new Map<string, number | string>()
  for (const [index, analyst] of analysts.entries()) {
    const initials = analyst.name.en
      .split(/\s+/)
      .map((part) => part[0])
      .join('')
    const photo = await payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: analyst.name.en, credit: 'Weekly Monitor' },
      file: jpegFile(await portrait(initials, (index * 53) % 360), `${analyst.slug}.jpg`),
      ...common,
    })
    const doc = await payload.create({
      collection: 'analysts',
      locale: 'en',
      data: {
        name: analyst.name.en,
        slug: analyst.slug,
        role: analyst.role.en,
        bio: paragraphsToLexical(analyst.bio.en),
        photo: photo.id as number,
        links: analyst.links,
      },
      ...common,
    })
    for (const locale of TRANSLATIONS) {
      await payload.update({
        collection: 'media',
        id: photo.id,
        locale,
        data: { alt: analyst.name[locale] },
        ...common,
      })
      await payload.update({
        collection: 'analysts',
        id: doc.id,
        locale,
        data: {
          name: analyst.name[locale],
          role: analyst.role[locale],
          bio: paragraphsToLexical(analyst.bio[locale]),
        },
        ...common,
      })
    }
    analystIds.set(analyst.slug, doc.id)
  }

  await payload.updateGlobal({
    slug: 'site',
    locale: 'en',
    data: {
      siteName: site.siteName.en,
      tagline: site.tagline.en,
      newsletterBlurb: site.newsletterBlurb.en,
      socialLinks: site.socialLinks,
    },
    ...common,
  })
  for (const locale of TRANSLATIONS) {
    await payload.updateGlobal({
      slug: 'site',
      locale,
      data: {
        siteName: site.siteName[locale],
        tagline: site.tagline[locale],
        newsletterBlurb: site.newsletterBlurb[locale],
      },
      ...common,
    })
  }

  log('Seeding users…')
  for (const user of demoUsers) {
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password: user.password,
        name: user.name,
        role: user.role,
        analyst: 'analyst' in user ? (analystIds.get(user.analyst) as number) : undefined,
      },
      ...common,
    })
  }

  let articleCount = 0
  for (const week of weeks) {
    log(`Seeding the week of ${week.startDate}…`)
    const weekDoc = await payload.create({
      collection: 'weeks',
      locale: 'en',
      data: {
        startDate: week.startDate,
        summary: paragraphsToLexical(week.summary.en),
        _status: 'published',
      },
      ...common,
    })
    for (const locale of TRANSLATIONS) {
      const summary = week.summary[locale]
      if (!summary) continue
      await payload.update({
        collection: 'weeks',
        id: weekDoc.id,
        locale,
        data: { summary: paragraphsToLexical(summary), _status: 'published' },
        ...common,
      })
    }
    const publishedAt = new Date(`${week.startDate}T00:00:00.000Z`)
    publishedAt.setUTCDate(publishedAt.getUTCDate() + 7)
    publishedAt.setUTCHours(9)
    for (const article of week.articles) {
      await seedArticle(payload, article, {
        week: weekDoc.id,
        topic: topicIds.get(article.topic),
        authors: article.authors.map((slug) => analystIds.get(slug)),
        publishedAt: publishedAt.toISOString(),
        common,
      })
      articleCount++
    }
  }
  log(`Demo content ready: ${weeks.length} weeks, ${articleCount} analyses.`)
  return { seeded: true, articles: articleCount, weeks: weeks.length }
}

async function seedArticle(
  payload: Payload,
  article: SeedArticle,
  refs: {
    week: number | string
    topic: number | string | undefined
    authors: (number | string | undefined)[]
    publishedAt: string
    common: { overrideAccess: true; context: { seeding: boolean } }
  },
): Promise<void> {
  if (refs.topic === undefined)
    throw new Error(`Demo article ${article.slug} names an unknown topic ${article.topic}.`)
  const media = await createImage(payload, article.image, article.slug, refs.common)
  const en = article.text.en
  const doc = await payload.create({
    collection: 'articles',
    locale: 'en',
    data: {
      title: en.title,
      slug: article.slug,
      lead: en.lead,
      keyPoints: en.keyPoints.map((point) => ({ point })),
      body: toLexical(en.body),
      week: refs.week as number,
      topic: refs.topic as number,
      verdict: article.verdict,
      authors: refs.authors.filter((id): id is number => id !== undefined),
      heroImage: media.id,
      publishedAt: refs.publishedAt,
      _status: 'published',
    },
    ...refs.common,
  })
  for (const locale of TRANSLATIONS) {
    const text = article.text[locale]
    if (!text) continue
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale,
      data: {
        title: text.title,
        lead: text.lead,
        keyPoints: text.keyPoints.map((point) => ({ point })),
        body: toLexical(text.body),
        _status: 'published',
      },
      ...refs.common,
    })
  }
}

async function createImage(
  payload: Payload,
  image: SeedImage,
  name: string,
  common: { overrideAccess: true; context: { seeding: boolean } },
): Promise<Media> {
  const doc = await payload.create({
    collection: 'media',
    locale: 'en',
    data: {
      alt: image.alt.en,
      caption: image.caption.en,
      credit: image.credit,
      sourceUrl: image.sourceUrl,
    },
    file: jpegFile(await heroImage(image), `${name}.jpg`),
    ...common,
  })
  for (const locale of TRANSLATIONS) {
    const alt = pick(image.alt, locale)
    if (!alt) continue
    await payload.update({
      collection: 'media',
      id: doc.id,
      locale,
      data: { alt, caption: pick(image.caption, locale) },
      ...common,
    })
  }
  return doc
}

const pick = <T>(value: Localized<T>, locale: Locale): T | undefined => value[locale]

const jpegFile = (data: Buffer, name: string) => ({
  data,
  mimetype: 'image/jpeg',
  name,
  size: data.length,
})
