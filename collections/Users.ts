import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
} from 'payload'
import { APIError } from 'payload'

import type { User } from '@/payload-types'
import { adminOrSelf, isAdmin, isAdminField } from '@/payload/access/predicates'

async function otherAdmins(
  req: Parameters<CollectionBeforeDeleteHook>[0]['req'],
  id: number | string,
) {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** Nobody can take away the last admin's role: the site would have no one to manage it. */
const keepLastAdminRole: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.role !== 'admin') return data
  if (data.role && data.role !== 'admin' && (await otherAdmins(req, originalDoc.id)) === 0) {
    throw new APIError(
      'This is the last admin: make another user an admin before changing this role.',
      400,
      undefined,
      true,
    )
  }
  return data
}

const keepLastAdmin: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    overrideAccess: true,
    req,
    depth: 0,
  })
  if (user.role === 'admin' && (await otherAdmins(req, id)) === 0) {
    throw new APIError('This is the last admin and cannot be deleted.', 400, undefined, true)
  }
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', be: 'Карыстальнік', ru: 'Пользователь' },
    plural: { en: 'Users', be: 'Карыстальнікі', ru: 'Пользователи' },
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No lock-out: Payload's lock let a stranger keep an editor out by failing on purpose.
    // Failed sign-ins slow down per address instead (payload/limits/signInThrottle.ts).
    maxLoginAttempts: 0,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'analyst'],
    group: { en: 'Administration', be: 'Адміністраванне', ru: 'Администрирование' },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [keepLastAdminRole],
    beforeDelete: [keepLastAdmin],
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', be: 'Імя', ru: 'Имя' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'analyst',
      saveToJWT: true,
      index: true,
      label: { en: 'Role', be: 'Роля', ru: 'Роль' },
      access: { create: isAdminField, update: isAdminField },
      options: [
        { value: 'admin', label: { en: 'Admin', be: 'Адміністратар', ru: 'Администратор' } },
        { value: 'editor', label: { en: 'Editor', be: 'Рэдактар', ru: 'Редактор' } },
        { value: 'analyst', label: { en: 'Analyst', be: 'Аналітык', ru: 'Аналитик' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'analyst',
      type: 'relationship',
      relationTo: 'analysts',
      saveToJWT: true,
      label: { en: 'Analyst profile', be: 'Профіль аналітыка', ru: 'Профиль аналитика' },
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'The public profile this login may edit.',
          be: 'Публічны профіль, які гэты карыстальнік можа рэдагаваць.',
          ru: 'Публичный профиль, который этот пользователь может редактировать.',
        },
      },
    },
  ],
}
