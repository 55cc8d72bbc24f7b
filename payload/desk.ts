import type { Payload, Where } from 'payload'

import { locales } from '@/i18n/routing'
import type { Article, User } from '@/payload-types'
import { ownArticles } from '@/payload/access/predicates'
import { analystIdOf, isAnalystUser } from '@/payload/access/roles'

import type { Locale } from './editorial'

/**
 * The admin dashboard's questions. Each is a fixed number of Local API queries with a limit,
 * on indexed columns (articles: week, updatedAt, publishedAt, createdBy; versions: parent,
 * latest; payload-jobs: taskSlug, completedAt, waitUntil), so the dashboard costs the same
 * at 60 analyses and at 10,000.
 */

type Id = number | string
type Localized = Record<string, string | null | undefined> | string | null | undefined

export type LanguageState =
  | { state: 'published' }
  | { state: 'changed' }
  | { state: 'draft' }
  | { state: 'scheduled'; at: string }
  | { state: 'missing' }

export type ScheduledItem = {
  jobId: Id
  type: 'publish' | 'unpublish'
  collection: 'articles' | 'weeks'
  docId: Id
  title: string
  /** The one language scheduled, or null for all of them. */
  locale: Locale | null
  at: string
  overdue: boolean
}

export type DeskAnalysis = {
  id: Id
  title: string
  verdict: string | null
  languages: Record<Locale, LanguageState>
  /** False for a colleague's unpublished draft an analyst may not open: no title, no link. */
  readable: boolean
}

export type WeekDeskView = {
  week: { id: Id; slug: string; startDate: string; endDate: string | null; status: string }
  /** current: the week holding today; next: the first one after it; latest: the newest. */
  relation: 'current' | 'next' | 'latest'
  rows: { topic: { id: Id; name: string }; analysis: DeskAnalysis | null }[]
}

/** A schedule that has not run this long after its time means the queue is not working. */
export const OVERDUE_AFTER_MS = 2 * 60_000

const textIn = (value: Localized, locale: string): string | null => {
  if (!value) return null
  if (typeof value === 'string') return locale === 'en' ? value : null
  const text = value[locale]
  return text && text.trim() ? text : null
}

const anyText = (value: Localized, language: string): string => {
  if (!value) return ''
  if (typeof value === 'string') return value
  return textIn(value, language) ?? textIn(value, 'en') ?? Object.values(value).find(Boolean) ?? ''
}

const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null
  return value as Id
}

/** Every publish and unpublish waiting in the queue, soonest first (at most `limit`). */
export async function pendingSchedules(
  payload: Payload,
  { limit = 100, now = new Date(), language = 'en' } = {},
): Promise<ScheduledItem[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const items = jobs.docs.flatMap((job) => {
    const input = (job.input ?? {}) as {
      type?: string
      locale?: string | null
      doc?: { relationTo?: string; value?: unknown } | null
    }
    const collection = input.doc?.relationTo
    const docId = idOf(input.doc?.value)
    if ((collection !== 'articles' && collection !== 'weeks') || docId === null) return []
    const at = job.waitUntil ?? job.createdAt
    return [
      {
        jobId: job.id,
        type: input.type === 'unpublish' ? ('unpublish' as const) : ('publish' as const),
        collection: collection as 'articles' | 'weeks',
        docId,
        title: '',
        locale: (locales as readonly string[]).includes(input.locale ?? '')
          ? (input.locale as Locale)
          : null,
        at,
        overdue: new Date(at).getTime() < now.getTime() - OVERDUE_AFTER_MS,
      },
    ]
  })
  const idsOf = (collection: 'articles' | 'weeks') => [
    ...new Set(items.filter((i) => i.collection === collection).map((i) => i.docId)),
  ]
  const [articles, weeks] = await Promise.all([
    idsOf('articles').length
      ? payload.find({
          collection: 'articles',
          where: { id: { in: idsOf('articles') } },
          draft: true,
          locale: 'all',
          limit,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          select: { title: true },
        })
      : null,
    idsOf('weeks').length
      ? payload.find({
          collection: 'weeks',
          where: { id: { in: idsOf('weeks') } },
          draft: true,
          limit,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          select: { slug: true },
        })
      : null,
  ])
  const titles = new Map<string, string>()
  for (const doc of articles?.docs ?? [])
    titles.set(`articles:${doc.id}`, anyText(doc.title as Localized, language))
  for (const doc of weeks?.docs ?? []) titles.set(`weeks:${doc.id}`, doc.slug ?? String(doc.id))
  return items.map((item) => ({
    ...item,
    title: titles.get(`${item.collection}:${item.docId}`) || `#${item.docId}`,
  }))
}

/**
 * Published and draft text per language for a set of analyses, in two queries: the
 * published documents, and the newest version of each.
 */
async function languageStates(
  payload: Payload,
  ids: Id[],
  schedules: ScheduledItem[],
): Promise<Map<string, Record<Locale, LanguageState>>> {
  const result = new Map<string, Record<Locale, LanguageState>>()
  if (!ids.length) return result
  const [published, latest] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      locale: 'all',
      limit: ids.length,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { title: true },
    }),
    payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }] },
      locale: 'all',
      limit: ids.length,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { parent: true, version: { title: true, _status: true } },
    }),
  ])
  const live = new Map(published.docs.map((doc) => [String(doc.id), doc.title as Localized]))
  const drafts = new Map(
    latest.docs.map((v) => [
      String(idOf(v.parent)),
      v.version as { title?: Localized; _status?: string },
    ]),
  )
  for (const id of ids) {
    const states = {} as Record<Locale, LanguageState>
    for (const locale of locales) {
      const liveText = textIn(live.get(String(id)), locale)
      const version = drafts.get(String(id))
      const draftText = version?._status === 'draft' ? textIn(version.title, locale) : null
      const scheduled = schedules.find(
        (s) =>
          s.collection === 'articles' &&
          String(s.docId) === String(id) &&
          s.type === 'publish' &&
          (s.locale === null || s.locale === locale),
      )
      states[locale] = liveText
        ? draftText && draftText !== liveText
          ? { state: 'changed' }
          : { state: 'published' }
        : scheduled && (draftText || textIn(version?.title, locale))
          ? { state: 'scheduled', at: scheduled.at }
          : draftText || textIn(version?.title, locale)
            ? { state: 'draft' }
            : { state: 'missing' }
    }
    result.set(String(id), states)
  }
  return result
}

/** The week the desk is about: the one holding today, else the next, else the newest. */
export async function deskWeek(payload: Payload, now = new Date()) {
  const today = now.toISOString().slice(0, 10)
  const common = { depth: 0, limit: 1, draft: true, overrideAccess: true, pagination: false }
  const [started, upcoming] = await Promise.all([
    payload.find({
      collection: 'weeks',
      where: { startDate: { less_than_equal: `${today}T23:59:59.999Z` } },
      sort: '-startDate',
      ...common,
    }),
    payload.find({
      collection: 'weeks',
      where: { startDate: { greater_than: `${today}T23:59:59.999Z` } },
      sort: 'startDate',
      ...common,
    }),
  ])
  const last = started.docs[0]
  const next = upcoming.docs[0]
  const holdsToday = last && (last.endDate ?? last.startDate).slice(0, 10) >= today
  if (holdsToday) return { week: last, relation: 'current' as const }
  if (next) return { week: next, relation: 'next' as const }
  if (last) return { week: last, relation: 'latest' as const }
  return null
}

export async function weekDeskView(
  payload: Payload,
  {
    now = new Date(),
    language = 'en',
    schedules,
    viewer,
  }: {
    now?: Date
    language?: string
    schedules?: ScheduledItem[]
    /** Who looks: an analyst sees that a colleague has a draft, not what it says. */
    viewer?: Pick<User, 'id' | 'role' | 'analyst'>
  } = {},
): Promise<WeekDeskView | null> {
  const found = await deskWeek(payload, now)
  if (!found) return null
  const { week, relation } = found
  const [topics, analyses, queued] = await Promise.all([
    payload.find({
      collection: 'topics',
      sort: 'order',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      locale: language as 'en',
      select: { name: true },
    }),
    payload.find({
      collection: 'articles',
      where: { week: { equals: week.id } },
      draft: true,
      locale: 'all',
      limit: 100,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: {
        title: true,
        topic: true,
        verdict: true,
        _status: true,
        createdBy: true,
        authors: true,
      },
    }),
    schedules ? Promise.resolve(schedules) : pendingSchedules(payload, { now, language }),
  ])
  const states = await languageStates(
    payload,
    analyses.docs.map((doc) => doc.id),
    queued,
  )
  return {
    week: {
      id: week.id,
      slug: week.slug ?? week.startDate.slice(0, 10),
      startDate: week.startDate,
      endDate: week.endDate ?? null,
      status: week._status ?? 'draft',
    },
    relation,
    rows: topics.docs.map((topic) => {
      // Two analyses of one topic in a week is a slip; the published one is the week's.
      const ofTopic = analyses.docs.filter((a) => String(idOf(a.topic)) === String(topic.id))
      const doc = ofTopic.find((a) => a._status === 'published') ?? ofTopic[0]
      const languages = doc ? (states.get(String(doc.id)) as Record<Locale, LanguageState>) : null
      const readable =
        !doc ||
        !viewer ||
        !isAnalystUser(viewer) ||
        Object.values(languages ?? {}).some(
          (l) => l.state === 'published' || l.state === 'changed',
        ) ||
        String(idOf(doc.createdBy)) === String(viewer.id) ||
        (doc.authors ?? []).some((a) => String(idOf(a)) === String(analystIdOf(viewer)))
      return {
        topic: { id: topic.id, name: topic.name },
        analysis: doc
          ? {
              id: doc.id,
              title: readable ? anyText(doc.title as Localized, language) : '',
              verdict: doc.verdict ?? null,
              languages: languages as Record<Locale, LanguageState>,
              readable,
            }
          : null,
      }
    }),
  }
}

/** The fields an analyst is told about when someone else changed them. */
export const TRACKED_FIELDS = [
  'title',
  'lead',
  'keyPoints',
  'body',
  'heroImage',
  'meta',
  'week',
  'topic',
  'verdict',
  'authors',
] as const
export type TrackedField = (typeof TRACKED_FIELDS)[number]

/** What others changed since the analyst's own last save: who, when, which fields in which language. */
export type ChangesSinceMine = {
  by: string
  at: string
  fields: { field: TrackedField; locales: Locale[] }[]
}

export type WorkItem = DeskAnalysis & {
  updatedAt: string
  week: string | null
  changedSinceMine: ChangesSinceMine | null
}

const isLocalized = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every((key) => (locales as readonly string[]).includes(key))

/** Ids and row ids aside, the same value (relationships compare by id). */
const same = (a: unknown, b: unknown): boolean => {
  const plain = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plain)
    if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>
      if ('relationTo' in object || ('id' in object && 'updatedAt' in object)) return idOf(object)
      return Object.fromEntries(
        Object.entries(object)
          .filter(([key, v]) => key !== 'id' && v !== null && v !== undefined)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([key, v]) => [key, plain(v)]),
      )
    }
    return value === undefined ? null : value
  }
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b))
}

/** The tracked fields that differ between two versions, with the languages where they do. */
export function changedFields(
  before: Partial<Article>,
  after: Partial<Article>,
): ChangesSinceMine['fields'] {
  const entry = (value: unknown, key: string) =>
    value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  /** The languages a value differs in; 'all' for an unlocalized difference; [] for none. */
  const differs = (a: unknown, b: unknown): Locale[] | 'all' => {
    if (isLocalized(a) || isLocalized(b))
      return locales.filter((locale) => !same(entry(a, locale), entry(b, locale)))
    const group = (v: unknown) => Boolean(v) && typeof v === 'object' && !Array.isArray(v)
    if ((group(a) || group(b)) && !('relationTo' in Object(a ?? b))) {
      // A group (meta): its localized fields count per language.
      const keys = new Set([...Object.keys(Object(a ?? {})), ...Object.keys(Object(b ?? {}))])
      const found = [...keys].map((key) => differs(entry(a, key), entry(b, key)))
      if (found.includes('all')) return 'all'
      return locales.filter((locale) => found.some((f) => f !== 'all' && f.includes(locale)))
    }
    return same(a, b) ? [] : 'all'
  }
  return TRACKED_FIELDS.flatMap((field) => {
    const found = differs(before[field], after[field])
    if (found === 'all') return [{ field, locales: [] }]
    return found.length ? [{ field, locales: found }] : []
  })
}

/**
 * For analyses someone else saved last: what they changed since the viewer's own newest
 * version (versions remember who saved them in lastSavedBy). Two queries per such analysis,
 * at most `limit` of them; an analysis without a version of the viewer's (never saved by
 * her, or pruned past the versions kept) has nothing to compare with.
 */
async function changesSinceMine(
  payload: Payload,
  viewer: Pick<User, 'id'>,
  ids: Id[],
): Promise<Map<string, ChangesSinceMine>> {
  const result = new Map<string, ChangesSinceMine>()
  const pairs = await Promise.all(
    ids.map(async (id) => {
      const [mine, latest] = await Promise.all(
        [{ 'version.lastSavedBy': { equals: viewer.id } }, { latest: { equals: true } }].map(
          (only) =>
            payload.findVersions({
              collection: 'articles',
              where: { and: [{ parent: { equals: id } }, only] } as Where,
              sort: '-updatedAt',
              locale: 'all',
              limit: 1,
              depth: 0,
              overrideAccess: true,
              pagination: false,
            }),
        ),
      )
      return { id, mine: mine.docs[0], latest: latest.docs[0] }
    }),
  )
  const compared = pairs.flatMap(({ id, mine, latest }) => {
    if (!mine || !latest || mine.id === latest.id) return []
    const by = idOf(latest.version.lastSavedBy)
    if (by === null || String(by) === String(viewer.id)) return []
    const fields = changedFields(mine.version, latest.version)
    return fields.length ? [{ id, by, at: latest.updatedAt, fields }] : []
  })
  if (!compared.length) return result
  const people = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(compared.map((c) => c.by))] } },
    depth: 0,
    limit: compared.length,
    overrideAccess: true,
    pagination: false,
    select: { name: true, email: true },
  })
  const names = new Map(people.docs.map((u) => [String(u.id), u.name || u.email]))
  for (const { id, by, at, fields } of compared)
    result.set(String(id), { by: names.get(String(by)) ?? `#${by}`, at, fields })
  return result
}

/** An analyst's own analyses that are not yet out in every language, newest first. */
export async function myWork(
  payload: Payload,
  user: Pick<User, 'id' | 'analyst'>,
  {
    limit = 15,
    language = 'en',
    schedules,
  }: { limit?: number; language?: string; schedules?: ScheduledItem[] } = {},
): Promise<WorkItem[]> {
  const own = await payload.find({
    collection: 'articles',
    where: ownArticles(user) as Where,
    draft: true,
    locale: 'all',
    sort: '-updatedAt',
    // Finished work is skipped below; reading a few more keeps the list full.
    limit: limit * 3,
    depth: 1,
    overrideAccess: true,
    pagination: false,
    select: { title: true, verdict: true, updatedAt: true, week: true, lastSavedBy: true },
    populate: { weeks: { slug: true } },
  })
  const states = await languageStates(
    payload,
    own.docs.map((doc) => doc.id),
    schedules ?? [],
  )
  const items = own.docs
    .map((doc) => ({
      id: doc.id,
      title: anyText(doc.title as Localized, language),
      verdict: doc.verdict ?? null,
      updatedAt: doc.updatedAt,
      week: typeof doc.week === 'object' && doc.week ? (doc.week.slug ?? null) : null,
      languages: states.get(String(doc.id)) as Record<Locale, LanguageState>,
      readable: true,
      savedBy: idOf(doc.lastSavedBy),
    }))
    .filter((item) => Object.values(item.languages).some((l) => l.state !== 'published'))
    .slice(0, limit)
  const changes = await changesSinceMine(
    payload,
    user,
    items
      .filter((item) => item.savedBy !== null && String(item.savedBy) !== String(user.id))
      .map((item) => item.id),
  )
  return items.map(({ savedBy: _savedBy, ...item }) => ({
    ...item,
    changedSinceMine: changes.get(String(item.id)) ?? null,
  }))
}

export type TranslationGap = {
  id: Id
  title: string
  publishedAt: string | null
  published: Locale[]
  missing: Locale[]
}

/** Analyses out in some language but not in another, the longest-waiting first. */
export async function translationGaps(
  payload: Payload,
  { limit = 15, language = 'en' }: { limit?: number; language?: string } = {},
): Promise<TranslationGap[]> {
  const found = await payload.find({
    collection: 'articles',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { or: locales.map((locale) => ({ [`title.${locale}`]: { exists: false } })) },
      ],
    },
    locale: 'all',
    sort: 'publishedAt',
    limit,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { title: true, publishedAt: true },
  })
  return found.docs.flatMap((doc) => {
    const title = doc.title as Localized
    const published = locales.filter((locale) => textIn(title, locale))
    const missing = locales.filter((locale) => !textIn(title, locale))
    if (!published.length || !missing.length) return []
    return [
      {
        id: doc.id,
        title: anyText(title, language),
        publishedAt: doc.publishedAt ?? null,
        published,
        missing,
      },
    ]
  })
}
