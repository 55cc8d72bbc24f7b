import type {
  Access,
  AccessResult,
  CollectionBeforeOperationHook,
  FieldAccess,
  Where,
} from 'payload'

import { analystIdOf, isAdminUser, isAnalystUser, isEditorUser } from './roles'

export const anyone: Access = () => true

export const nobody: Access = () => false

export const isLoggedIn: Access = ({ req: { user } }) => Boolean(user)

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

export const isEditor: Access = ({ req: { user } }) => isEditorUser(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)

export const isEditorField: FieldAccess = ({ req: { user } }) => isEditorUser(user)

/** Staff-only fields: who saved what, and text derived for the editors' tools. */
export const isLoggedInField: FieldAccess = ({ req: { user } }) => Boolean(user)

const published: Where = { _status: { equals: 'published' } }

/** Anonymous readers see published documents; every signed-in user sees drafts too. */
export const publishedOrSignedIn: Access = ({ req: { user } }) => (user ? true : published)

/** Users may read and edit their own account; admins manage everybody. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}

/** Editors edit every analyst profile; an analyst edits the profile linked to their login. */
export const editorOrOwnAnalystProfile: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const own = analystIdOf(user)
  return own === null ? false : { id: { equals: own } }
}

/** Articles an analyst owns: those they created and those that name them as an author. */
export function ownArticles(
  user: Parameters<typeof analystIdOf>[0] & { id: number | string },
): Where {
  const own: Where[] = [{ createdBy: { equals: user.id } }]
  const analyst = analystIdOf(user)
  if (analyst !== null) own.push({ authors: { contains: analyst } })
  return { or: own }
}

/**
 * Anonymous readers get published articles that exist in the requested language (a
 * translation is published when the published version carries its title). Analysts also
 * read their own drafts and versions; editors read everything.
 */
export const readArticles: Access = ({ req: { user, locale } }): AccessResult => {
  if (isEditorUser(user)) return true
  if (user && isAnalystUser(user)) return { or: [published, ownArticles(user)] } as Where
  // The language's own column (kept with the search index) when the request names one.
  if (locale === 'en' || locale === 'be' || locale === 'ru')
    return { and: [published, { [`availableIn.${locale}`]: { equals: true } }] } as Where
  return { and: [published, { title: { exists: true } }] } as Where
}

/** Versions are queried by their `version.` fields: analysts read the history of their own work. */
export const readArticleVersions: Access = ({ req: { user } }): AccessResult => {
  if (isEditorUser(user)) return true
  if (!user || !isAnalystUser(user)) return false
  const own = ownArticles(user).or as Where[]
  return {
    or: own.map((condition) =>
      Object.fromEntries(
        Object.entries(condition).map(([field, rule]) => [`version.${field}`, rule]),
      ),
    ),
  } as Where
}

/**
 * Analysts write only their own articles, and only as drafts: asked with `_status:
 * 'published'` (which is how the admin decides whether to show Publish and Schedule) the
 * answer is no. A hook also turns every analyst write into a draft.
 */
export const writeArticles: Access = ({ req: { user }, data }) => {
  if (isEditorUser(user)) return true
  if (user && isAnalystUser(user)) return data?._status === 'published' ? false : ownArticles(user)
  return false
}

export const createArticles: Access = ({ req: { user }, data }) => {
  if (isEditorUser(user)) return true
  return Boolean(user && isAnalystUser(user) && data?._status !== 'published')
}

/** Analysts may delete their own work while it has never been published. */
export const deleteArticles: Access = ({ req: { user } }) => {
  if (isEditorUser(user)) return true
  if (user && isAnalystUser(user)) {
    return { and: [ownArticles(user), { _status: { not_equals: 'published' } }] }
  }
  return false
}

/**
 * Readers without an account always read the published state, even when they ask for
 * drafts: otherwise a newer draft version would hide the published document from them.
 */
export const anonymousReadsPublished: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'read' && !req.user && !args.overrideAccess && 'draft' in args && args.draft) {
    return { ...args, draft: false }
  }
  return args
}
