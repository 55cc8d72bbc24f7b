import type { CollectionConfig, Endpoint } from 'payload'

import { isAdmin, isEditor } from '@/payload/access/predicates'
import { isEditorUser } from '@/payload/access/roles'
import { resolveOldLink } from '@/payload/wxr/links'

/**
 * GET /api/wp-sources/old-link?p=101: WordPress's plain links ("/?p=101") reach this through
 * proxy.ts and are answered with a permanent redirect to the post's analysis; an unknown id
 * goes to the front page.
 */
const oldLinkEndpoint: Endpoint = {
  path: '/old-link',
  method: 'get',
  handler: async (req) => {
    const id = Number(req.searchParams.get('p'))
    const target =
      Number.isInteger(id) && id > 0 ? await resolveOldLink(req.payload, { postId: id }) : null
    return new Response(null, {
      status: target ? 301 : 302,
      headers: {
        Location: target ?? '/',
        'Cache-Control': target ? 'public, max-age=3600' : 'no-store',
      },
    })
  },
}

/**
 * What `npm run import:wxr` brought over: one row per WordPress post, category group,
 * author, attachment and image file, naming the document it became. It makes a second run
 * change nothing (the content hash), shows edits made in the admin since (the document's
 * updatedAt) and answers the old permalinks (the old path and post id).
 */
export const WordPressSources: CollectionConfig = {
  slug: 'wp-sources',
  labels: {
    singular: { en: 'WordPress source', be: 'Крыніца з WordPress', ru: 'Источник из WordPress' },
    plural: { en: 'WordPress sources', be: 'Крыніцы з WordPress', ru: 'Источники из WordPress' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'title', 'collection', 'docId', 'oldPath'],
    group: { en: 'Admin', be: 'Адміністраванне', ru: 'Администрирование' },
    hidden: ({ user }) => !isEditorUser(user as never),
  },
  endpoints: [oldLinkEndpoint],
  access: {
    read: isEditor,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    // site URL + kind + WordPress id, e.g. "https://example.org#post#101"
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'site', type: 'text', index: true },
    { name: 'kind', type: 'text', index: true },
    { name: 'wpId', type: 'number', index: true },
    { name: 'guid', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'locale', type: 'text' },
    { name: 'collection', type: 'text' },
    { name: 'docId', type: 'text', index: true },
    { name: 'contentHash', type: 'text' },
    // The document's updatedAt right after the import wrote it: a later one is an edit.
    { name: 'docUpdatedAt', type: 'text' },
    // The permalink's path ("/en/2023/02/20/slug"), answered with a redirect.
    { name: 'oldPath', type: 'text', index: true },
  ],
}
