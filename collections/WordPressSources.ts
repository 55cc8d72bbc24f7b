import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor } from '@/payload/access/predicates'
import { isEditorUser } from '@/payload/access/roles'

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
