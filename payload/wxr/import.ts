import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Article, WpSource } from '@/payload-types'
import { toSlug } from '@/payload/fields/slug'
import { uploadMaxMegabytes } from '@/payload/env'

import { htmlToLexical, htmlToText, prepareBody, type BodyImage } from './body'
import { LOCALES, type Locale, type Verdict, type WxrMapping, defaultMapping } from './mapping'
import { readWxr, type WxrAuthor, type WxrChannel, type WxrItem, type WxrTerm } from './parse'
import { normalizeOldPath } from './links'
import { tryUnserializePhp } from './php'
import { weekStartFromDate, weekStartFromText } from './weeks'

export type Problem = { item: string; kind: string; message: string }
export type ImportReport = {
  created: Record<string, number>
  updated: Record<string, number>
  skipped: Record<string, number>
  problems: Problem[]
}
export type ImportProgress = { phase: 'scan' | 'import'; done: number; total: number }
export type ImportOptions = {
  dryRun?: boolean
  uploadsDir?: string
  mapping?: WxrMapping
  onProgress?: (progress: ImportProgress) => void
}

/** Bumped when the mapping code changes what a post becomes, so a re-run updates it. */
const MAPPING_VERSION = '1'
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', be: 'Belarusian', ru: 'Russian' }
const context = { seeding: true, importing: true }

type PostEntry = {
  id: number
  locale: Locale
  group: string
  path: string | null
  slug: string
  title: string
}

type Group = { members: number[]; multilingual: boolean; slug?: string; articleId?: string }

type MappedPost = {
  item: WxrItem
  locale: Locale
  hash: string
}

const label = (item: { id: number; title?: string }, kind = 'post') =>
  `${kind} ${item.id}${item.title ? ` “${item.title.slice(0, 60)}”` : ''}`

const bump = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by
}

/** Ledger ids are text; SQL databases number their documents. */
const asId = (id: string) => (/^\d+$/.test(id) ? Number(id) : id) as number

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex')

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
}

/**
 * Imports a WordPress export (see README "Moving from WordPress"). Reads the file twice as a
 * stream: first an index (languages, translation groups, attachments, the new address of
 * every post), then the posts, writing one analysis per translation group as soon as its
 * last member has been read. Every write is recorded in wp-sources, so a second run changes
 * nothing and an interrupted one carries on.
 */
export async function importWxr(
  payloadOrBoot: Payload | (() => Promise<Payload>),
  file: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const mapping = options.mapping ?? defaultMapping
  const dryRun = Boolean(options.dryRun)
  const report: ImportReport = { created: {}, updated: {}, skipped: {}, problems: [] }
  const problem = (item: string, kind: string, message: string) =>
    report.problems.push({ item, kind, message })

  // ---- pass 1: the index ----
  let channel: WxrChannel | null = null
  const authors = new Map<string, WxrAuthor>()
  const terms = new Map<number, WxrTerm>()
  const termBySlug = new Map<string, WxrTerm>()
  const termGroup = new Map<number, { key: string; members: Record<string, number> }>()
  const postGroupMembers = new Map<string, Record<string, number>>()
  const languageTerms = new Map<string, Locale>()
  const attachments = new Map<
    number,
    { url: string; file: string; alt: string; caption: string; title: string }
  >()
  const posts = new Map<number, PostEntry>()
  const groups = new Map<string, Group>()
  let multilingualSite = false
  let scanned = 0

  const languageOf = (code: string): Locale | null => {
    const key = code.trim().toLowerCase().replace('-', '_')
    return mapping.languages[key] ?? mapping.languages[key.split('_')[0]] ?? null
  }
  const itemLanguage = (item: WxrItem, site: string): Locale => {
    const pll = item.terms.find((t) => t.domain === 'language')
    if (pll) {
      const found = languageTerms.get(pll.nicename) ?? languageOf(pll.nicename)
      if (found) return found
    }
    const wpml = item.meta._wpml_import_language_code ?? item.meta._wpml_language
    if (wpml && languageOf(wpml)) return languageOf(wpml) as Locale
    try {
      const url = new URL(item.link, site || 'http://localhost')
      const lang = url.searchParams.get('lang')
      if (lang && languageOf(lang)) return languageOf(lang) as Locale
      const sitePath = site ? new URL(site).pathname.replace(/\/+$/, '') : ''
      const first = url.pathname.slice(sitePath.length).split('/').filter(Boolean)[0]
      if (first && languageOf(first)) return languageOf(first) as Locale
    } catch {
      // an unusable link: the default language
    }
    return mapping.defaultLanguage
  }
  const oldPathOf = (link: string, site: string): string | null => {
    try {
      const url = new URL(link, site || 'http://localhost')
      if (url.pathname === '/' || url.pathname === '') return null
      return normalizeOldPath(url.pathname)
    } catch {
      return null
    }
  }

  await readWxr(file, (record) => {
    if (record.kind === 'channel') {
      channel = record.channel
      if (record.channel.versionFromNamespace) {
        problem(
          'file',
          'no-version',
          `The file has no wxr_version tag; it was read as WXR ${record.channel.version}, the version its namespace names.`,
        )
      }
    } else if (record.kind === 'author') {
      if (record.author.login) authors.set(record.author.login, record.author)
    } else if (record.kind === 'term') {
      const term = record.term
      if (term.id !== null) terms.set(term.id, term)
      termBySlug.set(`${term.taxonomy}:${term.slug}`, term)
      if (term.taxonomy === 'language') {
        multilingualSite = true
        const described = tryUnserializePhp(term.description)
        const locale =
          languageOf(term.slug) ??
          (described && typeof described === 'object' && !Array.isArray(described)
            ? languageOf(String(described.locale ?? ''))
            : null)
        if (locale) languageTerms.set(term.slug, locale)
      }
      if (term.taxonomy === 'term_translations' || term.taxonomy === 'post_translations') {
        const map = tryUnserializePhp(term.description)
        if (map && typeof map === 'object' && !Array.isArray(map)) {
          const members: Record<string, number> = {}
          for (const [lang, id] of Object.entries(map)) {
            if (typeof id === 'number') members[lang] = id
          }
          if (term.taxonomy === 'term_translations') {
            for (const id of Object.values(members)) {
              termGroup.set(id, { key: `pll:${term.slug}`, members })
            }
          } else {
            postGroupMembers.set(term.slug, members)
          }
        }
      }
    } else {
      const item = record.item
      scanned++
      if (scanned % 500 === 0) options.onProgress?.({ phase: 'scan', done: scanned, total: 0 })
      const site = (channel as WxrChannel | null)?.siteUrl ?? ''
      if (item.type === 'attachment') {
        attachments.set(item.id, {
          url: item.attachmentUrl || item.guid,
          file: item.meta._wp_attached_file ?? '',
          alt: item.meta._wp_attachment_image_alt ?? '',
          caption: item.excerpt,
          title: item.title,
        })
        return
      }
      if (!mapping.postTypes.includes(item.type) || item.status === 'auto-draft' || !item.id) {
        bump(report.skipped, item.type || 'unknown')
        return
      }
      const locale = itemLanguage(item, site)
      const pll = item.terms.find((t) => t.domain === 'post_translations')
      const wpmlGroup = item.meta._wpml_import_translation_group
      if (pll || wpmlGroup) multilingualSite = true
      let group = pll ? `pll:${pll.nicename}` : wpmlGroup ? `wpml:${wpmlGroup}` : `post:${item.id}`
      const existing = groups.get(group)
      if (existing?.members.some((id) => posts.get(id)?.locale === locale)) {
        problem(
          label(item),
          'duplicate-translation',
          `Its translation group already has a ${LANGUAGE_NAMES[locale]} post; it is imported as an analysis of its own.`,
        )
        group = `post:${item.id}`
      }
      const entry: PostEntry = {
        id: item.id,
        locale,
        group,
        path: oldPathOf(item.link, site),
        slug: item.slug,
        title: item.title,
      }
      posts.set(item.id, entry)
      const g = groups.get(group) ?? { members: [], multilingual: Boolean(pll || wpmlGroup) }
      g.members.push(item.id)
      groups.set(group, g)
    }
  })
  // Payload is started only for a readable export: a refused file costs no start-up.
  const payload = typeof payloadOrBoot === 'function' ? await payloadOrBoot() : payloadOrBoot
  const site = (channel as WxrChannel | null)?.siteUrl || 'wordpress'
  const keyOf = (kind: string, id: string | number) => `${site}#${kind}#${id}`

  // ---- the new addresses: existing analyses keep theirs, new ones get a free slug ----
  const ledger = async (keys: string[]): Promise<Map<string, WpSource>> => {
    const found = new Map<string, WpSource>()
    for (let i = 0; i < keys.length; i += 200) {
      const { docs } = await payload.find({
        collection: 'wp-sources',
        where: { key: { in: keys.slice(i, i + 200) } },
        limit: 200,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const doc of docs) found.set(doc.key, doc)
    }
    return found
  }
  const known = await ledger([...posts.keys()].map((id) => keyOf('post', id)))
  const existingIds = new Set<string>()
  for (const g of groups.values()) {
    for (const id of g.members) {
      const docId = known.get(keyOf('post', id))?.docId
      if (docId) g.articleId = docId
    }
    if (g.articleId) existingIds.add(g.articleId)
  }
  const slugOfArticle = new Map<string, string>()
  const idList = [...existingIds]
  for (let i = 0; i < idList.length; i += 200) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { id: { in: idList.slice(i, i + 200) } },
      limit: 200,
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: true,
      select: { slug: true },
    })
    for (const doc of docs) if (doc.slug) slugOfArticle.set(String(doc.id), doc.slug)
  }
  const wanted: { group: Group; base: string }[] = []
  for (const [key, g] of groups) {
    if (g.articleId && slugOfArticle.has(g.articleId)) {
      g.slug = slugOfArticle.get(g.articleId)
      continue
    }
    if (g.articleId) g.articleId = undefined // its analysis was deleted: make it again
    const members = g.members.map((id) => posts.get(id) as PostEntry)
    const preferred =
      members.find((m) => m.locale === 'en' && m.slug) ?? members.find((m) => m.slug)
    const base =
      toSlug(preferred ? normalizeOldPath(preferred.slug).slice(1) : '') ||
      toSlug(members[0]?.title ?? '') ||
      `wp-${key.replace(/\W+/g, '-')}`
    wanted.push({ group: g, base })
  }
  const taken = new Set<string>(slugOfArticle.values())
  for (let i = 0; i < wanted.length; i += 200) {
    const batch = wanted.slice(i, i + 200)
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { in: batch.map((w) => w.base) } },
      limit: 200,
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: true,
      select: { slug: true },
    })
    for (const doc of docs) if (doc.slug) taken.add(doc.slug)
    for (const w of batch) {
      let slug = w.base
      for (let n = 2; taken.has(slug); n++) slug = `${w.base}-${n}`.slice(0, 96)
      // A numbered slug may itself be used by an older analysis.
      while (
        slug !== w.base &&
        (
          await payload.count({
            collection: 'articles',
            where: { slug: { equals: slug } },
            overrideAccess: true,
          })
        ).totalDocs > 0
      ) {
        taken.add(slug)
        slug = `${slug}-x`
      }
      taken.add(slug)
      w.group.slug = slug
    }
  }
  const targetOfPost = (id: number): string | null => {
    const entry = posts.get(id)
    const slug = entry && groups.get(entry.group)?.slug
    return entry && slug ? `/${entry.locale}/articles/${slug}` : null
  }
  const byPath = new Map<string, number>()
  for (const entry of posts.values()) if (entry.path) byPath.set(entry.path, entry.id)
  const siteUrl = (() => {
    try {
      return new URL(site)
    } catch {
      return null
    }
  })()
  const rewriteLink = (href: string): string => {
    try {
      const url = new URL(href, siteUrl ?? 'http://localhost')
      if (siteUrl && url.host !== siteUrl.host) return href
      const p = Number(url.searchParams.get('p'))
      const id = Number.isInteger(p) && p > 0 ? p : byPath.get(normalizeOldPath(url.pathname))
      const target = id !== undefined ? targetOfPost(id) : null
      return target ? `${target}${url.hash}` : href
    } catch {
      return href
    }
  }

  // ---- shared lookups and writers ----
  let editorConfig: SanitizedServerEditorConfig | null = null
  const editor = async () =>
    (editorConfig ??= await editorConfigFactory.default({ config: payload.config }))

  /** Writes a ledger row; `known` is its id when the caller has just read or made it. */
  const record = async (
    data: Omit<WpSource, 'id' | 'createdAt' | 'updatedAt'>,
    known?: WpSource['id'] | null,
  ): Promise<WpSource['id'] | null> => {
    if (dryRun) return null
    const id =
      known !== undefined
        ? known
        : ((
            await payload.find({
              collection: 'wp-sources',
              where: { key: { equals: data.key } },
              limit: 1,
              depth: 0,
              overrideAccess: true,
              select: { key: true },
            })
          ).docs[0]?.id ?? null)
    if (id !== null) {
      await payload.update({ collection: 'wp-sources', id, data, overrideAccess: true, context })
      return id
    }
    return (await payload.create({ collection: 'wp-sources', data, overrideAccess: true, context }))
      .id
  }

  const adopted = new Map<string, string | null>()
  /** A document found by its ledger key, else by slug (made by hand before the import). */
  const findOrMake = async (
    collection: 'topics' | 'analysts',
    key: string,
    slug: string,
    make: () => Promise<string | null>,
  ): Promise<string | null> => {
    if (adopted.has(key)) return adopted.get(key) ?? null
    const inLedger = (await ledger([key])).get(key)
    let id: string | null = inLedger?.docId ?? null
    if (id) {
      const still = await payload.count({
        collection,
        where: { id: { equals: id } },
        overrideAccess: true,
      })
      if (still.totalDocs === 0) id = null
    }
    if (!id && slug) {
      const bySlug = await payload.find({
        collection,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (bySlug.docs[0]) id = String(bySlug.docs[0].id)
    }
    let made = false
    if (!id) {
      id = await make()
      made = id !== null
      if (made) bump(report.created, collection)
    }
    if (id && !inLedger) {
      // "adopted": made by hand before the import, so never the import's to change or remove.
      await record({
        key,
        site,
        kind: collection,
        collection,
        docId: id,
        title: slug,
        contentHash: made ? undefined : 'adopted',
      })
    }
    adopted.set(key, id)
    return id
  }

  const ensureTopic = async (termId: number, postLocale: Locale): Promise<string | null> => {
    const term = terms.get(termId)
    if (!term) return null
    const group = termGroup.get(termId)
    const members = group?.members ?? { [postLocale]: termId }
    const names: Partial<Record<Locale, string>> = {}
    const descriptions: Partial<Record<Locale, string>> = {}
    for (const [lang, id] of Object.entries(members)) {
      const locale = languageTerms.get(lang) ?? languageOf(lang)
      const t = terms.get(id)
      if (locale && t) {
        names[locale] = t.name
        if (t.description) descriptions[locale] = t.description
      }
    }
    const enTerm = members.en !== undefined ? terms.get(members.en) : undefined
    const slug = toSlug(enTerm?.slug ?? term.slug) || toSlug(term.name)
    const key = keyOf('topic', group?.key ?? `term:${termId}`)
    return findOrMake('topics', key, slug, async () => {
      if (dryRun) return 'dry-run'
      const first = (Object.keys(names)[0] as Locale | undefined) ?? postLocale
      const fallbackName = names[first] ?? term.name
      const doc = await payload.create({
        collection: 'topics',
        locale: first,
        data: { name: fallbackName, slug, description: descriptions[first], order: 0 },
        overrideAccess: true,
        context,
      })
      // A topic named in one language only carries that name everywhere until translated.
      for (const locale of LOCALES.filter((l) => l !== first)) {
        await payload.update({
          collection: 'topics',
          id: doc.id,
          locale,
          data: { name: names[locale] ?? fallbackName, description: descriptions[locale] },
          overrideAccess: true,
          context,
        })
      }
      return String(doc.id)
    })
  }

  const ensureAnalyst = async (login: string): Promise<string | null> => {
    if (!login) return null
    const author = authors.get(login)
    const name = author?.displayName || login
    const slug = toSlug(name) || toSlug(login)
    return findOrMake('analysts', keyOf('author', login), slug, async () => {
      if (dryRun) return 'dry-run'
      const doc = await payload.create({
        collection: 'analysts',
        locale: 'en',
        data: { name, slug },
        overrideAccess: true,
        context,
      })
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        await payload.update({
          collection: 'analysts',
          id: doc.id,
          locale,
          data: { name },
          overrideAccess: true,
          context,
        })
      }
      return String(doc.id)
    })
  }

  const weekIds = new Map<string, { id: string; published: boolean }>()
  const ensureWeek = async (monday: string, publish: boolean): Promise<string | null> => {
    let week = weekIds.get(monday)
    if (!week) {
      const found = await payload.find({
        collection: 'weeks',
        where: { slug: { equals: monday } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
      const doc = found.docs[0]
      if (doc) {
        week = { id: String(doc.id), published: doc._status === 'published' }
      } else if (dryRun) {
        bump(report.created, 'weeks')
        week = { id: 'dry-run', published: publish }
      } else {
        const made = await payload.create({
          collection: 'weeks',
          data: { startDate: `${monday}T00:00:00.000Z`, _status: publish ? 'published' : 'draft' },
          draft: !publish,
          overrideAccess: true,
          context,
        })
        bump(report.created, 'weeks')
        await record({
          key: keyOf('week', monday),
          site,
          kind: 'weeks',
          collection: 'weeks',
          docId: String(made.id),
          title: monday,
        })
        week = { id: String(made.id), published: publish }
      }
      weekIds.set(monday, week)
    }
    if (publish && !week.published && !dryRun) {
      // Only weeks this import made are published by it; an editor's draft week stays theirs.
      const ours = (await ledger([keyOf('week', monday)])).get(keyOf('week', monday))
      if (ours) {
        await payload.update({
          collection: 'weeks',
          id: week.id,
          data: { _status: 'published' },
          overrideAccess: true,
          context,
        })
        week.published = true
      }
    }
    return week.id
  }

  const mediaIds = new Map<string, string | null>()
  const uploadsRelative = (url: string): string | null => {
    const match = /\/wp-content\/uploads\/(.+)$|\/uploads\/(.+)$/.exec(url.split(/[?#]/)[0])
    return match ? decodeURIComponent(match[1] ?? match[2]) : null
  }
  const readImage = async (
    candidates: string[],
    url: string,
  ): Promise<{ data: Buffer; name: string } | { error: string }> => {
    if (options.uploadsDir) {
      for (const rel of candidates) {
        const full = path.resolve(options.uploadsDir, rel)
        if (!full.startsWith(path.resolve(options.uploadsDir))) continue
        try {
          return { data: await fs.promises.readFile(full), name: path.basename(full) }
        } catch {
          // try the next candidate
        }
      }
    }
    if (!/^https?:\/\//.test(url)) {
      return { error: `${url || 'An image'} is not in the uploads folder and has no web address` }
    }
    if (dryRun) return { data: Buffer.alloc(0), name: path.basename(new URL(url).pathname) }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000) })
      if (!response.ok) return { error: `${url} answered ${response.status}` }
      const data = Buffer.from(await response.arrayBuffer())
      if (data.length > uploadMaxMegabytes() * 1024 * 1024) {
        return { error: `${url} is larger than ${uploadMaxMegabytes()} MB` }
      }
      return { data, name: path.basename(new URL(url).pathname) }
    } catch (error) {
      return { error: `${url} could not be downloaded (${(error as Error).message})` }
    }
  }
  /** The media item of an attachment or image URL: local copy, else download; deduplicated. */
  const ensureMedia = async (
    image: { attachmentId: number | null; src: string; alt: string; caption: string },
    item: string,
  ): Promise<string | null> => {
    const attachment = image.attachmentId ? attachments.get(image.attachmentId) : undefined
    const url = attachment?.url || image.src
    const cacheKey = image.attachmentId
      ? keyOf('attachment', image.attachmentId)
      : keyOf('image', url.split(/[?#]/)[0])
    if (mediaIds.has(cacheKey)) return mediaIds.get(cacheKey) ?? null
    const known = (await ledger([cacheKey])).get(cacheKey)
    if (known?.docId) {
      mediaIds.set(cacheKey, known.docId)
      return known.docId
    }
    const candidates: string[] = []
    if (attachment?.file) candidates.push(attachment.file)
    const rel = uploadsRelative(url) ?? uploadsRelative(image.src)
    if (rel) {
      candidates.push(rel)
      // "photo-300x200.jpg" is WordPress's resized copy of "photo.jpg".
      const original = rel.replace(/-\d+x\d+(\.\w+)$/, '$1')
      if (original !== rel) candidates.push(original)
    }
    const got = await readImage(candidates, url)
    if ('error' in got) {
      problem(item, 'missing-image', `The image was left out: ${got.error}.`)
      mediaIds.set(cacheKey, null)
      return null
    }
    const extension = path.extname(got.name).slice(1).toLowerCase()
    const mimetype = MIME[extension]
    if (!mimetype) {
      problem(
        item,
        'missing-image',
        `The image was left out: ${got.name} is not a picture the site accepts.`,
      )
      mediaIds.set(cacheKey, null)
      return null
    }
    if (dryRun) {
      bump(report.created, 'media')
      mediaIds.set(cacheKey, 'dry-run')
      return 'dry-run'
    }
    const fileKey = `file#sha256#${sha256(got.data)}`
    let id = (await ledger([fileKey])).get(fileKey)?.docId ?? null
    if (!id) {
      const alt = image.alt || attachment?.alt || attachment?.title || got.name
      const caption = image.caption || attachment?.caption || undefined
      const doc = await payload.create({
        collection: 'media',
        locale: 'en',
        data: { alt, caption, sourceUrl: /^https?:\/\//.test(url) ? url : undefined },
        file: { data: got.data, mimetype, name: got.name, size: got.data.length },
        overrideAccess: true,
        context,
      })
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        await payload.update({
          collection: 'media',
          id: doc.id,
          locale,
          data: { alt, caption },
          overrideAccess: true,
          context,
        })
      }
      id = String(doc.id)
      bump(report.created, 'media')
      await record({
        key: fileKey,
        site,
        kind: 'file',
        collection: 'media',
        docId: id,
        title: got.name,
      })
    }
    await record({
      key: cacheKey,
      site,
      kind: 'attachment',
      wpId: image.attachmentId ?? undefined,
      collection: 'media',
      docId: id,
      title: got.name,
    })
    mediaIds.set(cacheKey, id)
    return id
  }

  // ---- pass 2: the posts, one translation group at a time ----
  const pending = new Map<string, MappedPost[]>()
  const total = posts.size
  let done = 0

  const hashOf = (item: WxrItem) =>
    sha256(
      JSON.stringify([
        MAPPING_VERSION,
        mapping,
        item.title,
        item.content,
        item.excerpt,
        item.status,
        item.slug,
        item.link,
        item.date,
        item.dateGmt,
        item.creator,
        item.terms,
        item.meta._thumbnail_id ?? '',
        mapping.week.meta ? (item.meta[mapping.week.meta] ?? '') : '',
        mapping.verdict.meta ? (item.meta[mapping.verdict.meta] ?? '') : '',
        // The new address of every post it links to.
        [...item.content.matchAll(/href=["']([^"']+)["']/g)].map((m) => rewriteLink(m[1])),
      ]),
    )

  const weekOf = (item: WxrItem): { monday: string | null; unreadable?: string } => {
    const written =
      (mapping.week.meta && item.meta[mapping.week.meta]) ||
      (mapping.week.taxonomy && item.terms.find((t) => t.domain === mapping.week.taxonomy)?.name) ||
      ''
    if (written) {
      const parsed = weekStartFromText(written)
      if (parsed) return { monday: parsed.monday }
      return {
        monday: weekStartFromDate(item.dateGmt) ?? weekStartFromDate(item.date),
        unreadable: written,
      }
    }
    return { monday: weekStartFromDate(item.dateGmt) ?? weekStartFromDate(item.date) }
  }
  const verdictOf = (item: WxrItem): Verdict | null => {
    const values = mapping.verdict.values
    const lookup = (text: string) =>
      values[text] ?? values[text.toLowerCase()] ?? values[toSlug(text)]
    if (mapping.verdict.taxonomy) {
      for (const t of item.terms.filter((t) => t.domain === mapping.verdict.taxonomy)) {
        const found = lookup(t.nicename) ?? lookup(t.name)
        if (found) return found
      }
    }
    const meta = mapping.verdict.meta ? item.meta[mapping.verdict.meta] : undefined
    return meta ? (lookup(meta.trim()) ?? null) : null
  }
  const topicTermOf = (item: WxrItem): number | null => {
    for (const t of item.terms.filter((t) => t.domain === mapping.topics.taxonomy)) {
      if (mapping.topics.ignore.includes(t.nicename)) continue
      const term = termBySlug.get(`${mapping.topics.taxonomy}:${t.nicename}`)
      if (term?.id !== null && term?.id !== undefined) return term.id
    }
    return null
  }
  const publishedAtOf = (item: WxrItem): string | undefined => {
    const gmt =
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(item.dateGmt) && !item.dateGmt.startsWith('0000')
    const text = gmt
      ? `${item.dateGmt.replace(' ', 'T')}Z`
      : item.date
        ? `${item.date.replace(' ', 'T')}Z`
        : ''
    const date = new Date(text)
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
  }

  const processGroup = async (groupKey: string, members: MappedPost[]) => {
    const group = groups.get(groupKey) as Group
    members.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale))
    const main = members[0]
    const name = label(main.item)
    const keys = members.map((m) => keyOf('post', m.item.id))
    const entries = await ledger(keys)
    // The ledger rows already there, by key: written again without being looked up.
    const rowIds = new Map<string, WpSource['id'] | null>(
      keys.map((k) => [k, entries.get(k)?.id ?? null]),
    )

    if (group.multilingual || multilingualSite) {
      const present = new Set(members.map((m) => m.locale))
      const missing = LOCALES.filter((l) => !present.has(l))
      if (missing.length > 0) {
        problem(
          name,
          'missing-translation',
          `No ${missing.map((l) => LANGUAGE_NAMES[l]).join(' or ')} version: the analysis is imported without it.`,
        )
      }
    }

    let articleId = group.articleId ?? null
    if (
      articleId &&
      members.every((m) => entries.get(keyOf('post', m.item.id))?.contentHash === m.hash)
    ) {
      bump(report.skipped, 'articles')
      return
    }
    if (articleId) {
      const current = await payload.findByID({
        collection: 'articles',
        id: articleId,
        draft: true,
        depth: 0,
        overrideAccess: true,
        select: { updatedAt: true },
        disableErrors: true,
      })
      const importedAt = [...entries.values()]
        .map((e) => e.docUpdatedAt ?? '')
        .filter(Boolean)
        .sort()
        .at(-1)
      if (current && importedAt && current.updatedAt > importedAt) {
        problem(
          name,
          'edited-since-import',
          `The analysis was edited in the admin after it was imported (${current.updatedAt}); the newer WordPress version was not applied over that edit.`,
        )
        bump(report.skipped, 'articles')
        return
      }
      if (!current) articleId = null
    }

    // What the group maps to.
    const reasons: string[] = []
    const weeks = members.map((m) => ({ m, ...weekOf(m.item) }))
    const week = weeks.find((w) => w.monday && !w.unreadable) ?? weeks.find((w) => w.monday)
    for (const w of weeks) {
      if (w.unreadable) {
        problem(
          label(w.m.item),
          'week-unreadable',
          `Its week “${w.unreadable}” could not be read; the Monday of its date was used.`,
        )
      }
    }
    if (!week?.monday) reasons.push('no week')
    else if (week.unreadable) reasons.push('week unreadable')
    const verdict = members.map((m) => verdictOf(m.item)).find(Boolean) ?? null
    if (!verdict) reasons.push('no verdict')
    const topicTerm = members.map((m) => ({ m, t: topicTermOf(m.item) })).find((x) => x.t !== null)
    const topic = topicTerm ? await ensureTopic(topicTerm.t as number, topicTerm.m.locale) : null
    if (!topic) reasons.push('no topic')
    const authorIds: string[] = []
    for (const m of members) {
      const id = await ensureAnalyst(m.item.creator)
      if (id && !authorIds.includes(id)) authorIds.push(id)
    }
    const thumb = members.map((m) => Number(m.item.meta._thumbnail_id)).find((n) => n > 0)
    const hero = thumb
      ? await ensureMedia({ attachmentId: thumb, src: '', alt: '', caption: '' }, name)
      : null

    type Localized = { locale: Locale; publish: boolean; data: Partial<Article> }
    const localized: Localized[] = []
    for (const m of members) {
      const item = m.item
      const itemName = label(item)
      const prepared = prepareBody(item.content, (id) => {
        const a = attachments.get(id)
        return a ? { src: a.url, alt: a.alt || a.title, caption: a.caption } : null
      })
      for (const code of prepared.unknownShortcodes) {
        problem(
          itemName,
          'unknown-shortcode',
          `The shortcode [${code}] has no equivalent here; it was kept as text.`,
        )
      }
      const imageIds = new Map<BodyImage, string | null>()
      for (const image of prepared.images) imageIds.set(image, await ensureMedia(image, itemName))
      const body = htmlToLexical(
        prepared,
        await editor(),
        (image) => {
          const id = imageIds.get(image)
          return id && id !== 'dry-run' ? asId(id) : null
        },
        rewriteLink,
      )
      let lead = htmlToText(item.excerpt)
      if (!lead) {
        const text = htmlToText(prepared.html.replace(/WXRIMAGE\d+WXR/g, ''))
        const first = /^(.{1,300}?[.!?…])(\s|$)/.exec(text)?.[1] ?? text.slice(0, 300)
        lead = first.trim()
        if (lead)
          problem(
            itemName,
            'lead-from-body',
            'It has no excerpt; its first sentence became the lead.',
          )
      }
      if (!lead) reasons.push(`no lead in ${LANGUAGE_NAMES[m.locale]}`)
      let title = item.title.trim()
      if (!title) {
        title = `WordPress post ${item.id}`
        problem(itemName, 'no-title', `It has no title; “${title}” was used.`)
      }
      localized.push({
        locale: m.locale,
        publish: item.status === 'publish',
        data: { title, lead, body },
      })
    }
    const needsReview = reasons.length > 0
    if (needsReview) {
      problem(
        name,
        'needs-review',
        `Imported as a draft marked “Needs review”: ${reasons.join(', ')}.`,
      )
    }
    const publishing = needsReview ? [] : localized.filter((l) => l.publish)
    const weekId = week?.monday ? await ensureWeek(week.monday, publishing.length > 0) : null

    if (dryRun) {
      bump(articleId ? report.updated : report.created, 'articles')
      return
    }

    const shared: Partial<Article> = {
      week: weekId ? asId(weekId) : undefined,
      topic: topic ? asId(topic) : undefined,
      verdict: verdict ?? 'unchanged',
      authors: authorIds.map(asId),
      heroImage: hero ? asId(hero) : undefined,
      publishedAt: members
        .map((m) => (m.item.status === 'publish' ? publishedAtOf(m.item) : undefined))
        .filter(Boolean)
        .sort()[0],
      needsReview,
    }
    const ledgerEntry = (m: MappedPost, docId: string, hash: string, docUpdatedAt: string) => ({
      key: keyOf('post', m.item.id),
      site,
      kind: 'post',
      wpId: m.item.id,
      guid: m.item.guid,
      title: m.item.title,
      locale: m.locale,
      collection: 'articles',
      docId,
      contentHash: hash,
      docUpdatedAt,
      oldPath: posts.get(m.item.id)?.path ?? undefined,
    })

    const isNew = !articleId
    const allPublished = publishing.length === localized.length
    if (isNew) {
      const first = localized[0]
      const doc = await payload.create({
        collection: 'articles',
        locale: first.locale,
        data: {
          ...shared,
          ...first.data,
          slug: group.slug,
          _status: allPublished ? 'published' : 'draft',
        } as Article,
        draft: !allPublished,
        overrideAccess: true,
        context,
      })
      articleId = String(doc.id)
      // Written before the other languages: an interrupted run finds and finishes it.
      for (const m of members) {
        const key = keyOf('post', m.item.id)
        rowIds.set(
          key,
          await record(ledgerEntry(m, articleId, 'pending', ''), rowIds.get(key) ?? null),
        )
      }
    }
    const id = articleId as string
    for (const [index, l] of localized.entries()) {
      if (isNew && index === 0) continue
      const entry = entries.get(keyOf('post', members[index].item.id))
      if (!isNew && entry?.contentHash === members[index].hash) continue
      await payload.update({
        collection: 'articles',
        id,
        locale: l.locale,
        data: {
          ...(isNew ? {} : shared),
          ...l.data,
          _status: allPublished && isNew ? 'published' : 'draft',
        },
        draft: !(allPublished && isNew),
        overrideAccess: true,
        context,
      })
    }
    if (!(isNew && allPublished)) {
      for (const l of publishing) {
        await payload.update({
          collection: 'articles',
          id,
          locale: l.locale,
          data: { _status: 'published' },
          publishSpecificLocale: l.locale,
          overrideAccess: true,
          context,
        })
      }
    }
    const after = await payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      select: { updatedAt: true },
    })
    for (const m of members) {
      const key = keyOf('post', m.item.id)
      await record(ledgerEntry(m, id, m.hash, after.updatedAt), rowIds.get(key) ?? null)
    }
    bump(isNew ? report.created : report.updated, 'articles')
  }

  await readWxr(file, async (rec) => {
    if (rec.kind !== 'item') return
    const entry = posts.get(rec.item.id)
    if (!entry || rec.item.type === 'attachment') return
    const list = pending.get(entry.group) ?? []
    list.push({ item: rec.item, locale: entry.locale, hash: hashOf(rec.item) })
    const group = groups.get(entry.group) as Group
    if (list.length < group.members.length) {
      pending.set(entry.group, list)
      return
    }
    pending.delete(entry.group)
    await processGroup(entry.group, list)
    done += list.length
    options.onProgress?.({ phase: 'import', done, total })
  })
  // Only a file changed between the passes could leave a group unfinished.
  for (const [key, list] of pending) await processGroup(key, list)

  if (!dryRun) {
    try {
      const { revalidateContent, cacheTags } = await import('@/payload/revalidate')
      await revalidateContent(Object.values(cacheTags), { warn: () => undefined })
    } catch {
      // no web server to tell: its pages are made fresh when it starts
    }
  }
  return report
}
