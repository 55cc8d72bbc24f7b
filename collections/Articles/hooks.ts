import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { Forbidden } from 'payload'

import type { Article } from '@/payload-types'
import { analystIdOf, isAnalystUser } from '@/payload/access/roles'
import { lexicalToPlainText } from '@/payload/utilities/lexicalText'

class AnalystCannotPublish extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
  }
}

/**
 * Analysts write drafts only: a request that would publish (all locales or one) is refused
 * with a message, and every other write of theirs is saved as a draft version, so the
 * published text never changes without an editor.
 */
export const keepAnalystWritesDraft: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (!isAnalystUser(req.user) || args.overrideAccess) return args
  const data = (args.data ?? {}) as Partial<Article>
  if (data._status === 'published' || args.publishSpecificLocale || args.publishAllLocales) {
    throw new AnalystCannotPublish(
      'Analysts cannot publish: save your work as a draft and ask an editor to publish it.',
    )
  }
  if ('unpublishAllLocales' in args && args.unpublishAllLocales) {
    throw new AnalystCannotPublish('Analysts cannot unpublish: ask an editor to do it.')
  }
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}

/**
 * Autosave overwrites the newest autosaved version in place. When someone else made it, that
 * would erase the last version of theirs ("what changed since my last save" compares with
 * it), so the first autosave by a different person starts a version of its own.
 */
export const keepOthersAutosaves: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || !('id' in args) || !args.autosave || !req.user) return args
  const current = await req.payload.findByID({
    collection: 'articles',
    id: args.id as number | string,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { lastSavedBy: true },
    req,
  })
  const last = current?.lastSavedBy
  const lastId = typeof last === 'object' && last ? last.id : last
  if (lastId === undefined || lastId === null || String(lastId) === String(req.user.id)) return args
  return { ...args, autosave: false }
}

/** Records who created the article; an analyst always stays among its authors. */
export const assignOwnership: CollectionBeforeChangeHook<Article> = ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  const user = req.user
  if (operation === 'create' && user && user.collection === 'users') {
    data.createdBy = user.id
  }
  // A save without a user (the queue publishing on a schedule for nobody, a script) keeps
  // the last person's name.
  if (user && user.collection === 'users') data.lastSavedBy = user.id
  else if (originalDoc?.lastSavedBy !== undefined) data.lastSavedBy = originalDoc.lastSavedBy
  if (user && isAnalystUser(user)) {
    const own = analystIdOf(user)
    const authors = (data.authors ?? originalDoc?.authors ?? []).map((a) =>
      typeof a === 'object' ? a.id : a,
    )
    if (own !== null && operation === 'create' && !authors.includes(own as number)) {
      data.authors = [...authors, own as number]
    }
  }
  return data
}

/** The first publication sets the date readers see; later publishes keep it. */
export const stampPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}

/**
 * Keeps derived fields: the plain text of the lead, points and body in the language being
 * saved (search snippets), its lower-cased index with the title (search matching) and the
 * week's start date (what listings sort by).
 */
export const deriveSearchFields: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
}) => {
  const derive = (text: {
    title?: string | null
    lead?: string | null
    keyPoints?: Article['keyPoints']
    body?: Article['body']
  }) => {
    const points = (text.keyPoints ?? []).map((p) => p.point).join('\n')
    const searchText = [text.lead ?? '', points, lexicalToPlainText(text.body)]
      .filter(Boolean)
      .join('\n')
    // Matching runs on a lower-cased copy: SQLite's LIKE ignores case for ASCII letters only.
    return { searchText, searchIndex: `${text.title ?? ''}\n${searchText}`.toLocaleLowerCase() }
  }
  const field = <K extends 'title' | 'lead' | 'keyPoints' | 'body'>(name: K) =>
    data[name] ?? originalDoc?.[name]
  if (req.locale === 'all') {
    // A write of every language at once (`?locale=all`): each localized field is an object
    // keyed by language, and so are the derived ones.
    const byLocale = (name: 'title' | 'lead' | 'keyPoints' | 'body') =>
      (field(name) ?? {}) as unknown as Record<string, never>
    const searchText: Record<string, string> = {}
    const searchIndex: Record<string, string> = {}
    for (const code of req.payload.config.localization
      ? req.payload.config.localization.localeCodes
      : []) {
      const derived = derive({
        title: byLocale('title')[code],
        lead: byLocale('lead')[code],
        keyPoints: byLocale('keyPoints')[code],
        body: byLocale('body')[code],
      })
      searchText[code] = derived.searchText
      searchIndex[code] = derived.searchIndex
    }
    data.searchText = searchText as never
    data.searchIndex = searchIndex as never
  } else {
    Object.assign(
      data,
      derive({
        title: field('title'),
        lead: field('lead'),
        keyPoints: field('keyPoints'),
        body: field('body'),
      }),
    )
  }
  const week = data.week ?? originalDoc?.week
  const weekId = week && typeof week === 'object' ? week.id : week
  if (weekId) {
    const doc =
      week && typeof week === 'object'
        ? week
        : await req.payload
            .findByID({
              collection: 'weeks',
              id: weekId,
              depth: 0,
              draft: true,
              overrideAccess: true,
              req,
              select: { startDate: true },
            })
            .catch(() => null)
    if (doc?.startDate) data.weekStart = doc.startDate
  }
  return data
}
