import { revalidateOnChange, revalidateOnDelete } from '@/payload/hooks/revalidate'
import type { CollectionConfig } from 'payload'

import { anyone, editorOrOwnAnalystProfile, isAdmin, isEditor } from '@/payload/access/predicates'
import { bySlugEndpoint } from '@/payload/api/bySlug'
import { slugField } from '@/payload/fields/slug'

export const Analysts: CollectionConfig = {
  slug: 'analysts',
  labels: {
    singular: { en: 'Analyst', be: 'Аналітык', ru: 'Аналитик' },
    plural: { en: 'Analysts', be: 'Аналітыкі', ru: 'Аналитики' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'slug'],
    group: { en: 'Content', be: 'Змест', ru: 'Контент' },
  },
  endpoints: [bySlugEndpoint('analysts')],
  access: {
    read: anyone,
    create: isEditor,
    update: editorOrOwnAnalystProfile,
    delete: isAdmin,
  },
  hooks: {
    afterChange: [revalidateOnChange('analysts')],
    afterDelete: [revalidateOnDelete('analysts')],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Name', be: 'Імя', ru: 'Имя' },
      admin: {
        description: {
          en: 'Transliterations differ per language: write the name as it is spelled in each.',
          be: 'Транслітарацыя адрозніваецца: пішыце імя так, як яно пішацца на кожнай мове.',
          ru: 'Транслитерация различается: пишите имя так, как оно пишется на каждом языке.',
        },
      },
    },
    slugField('name'),
    {
      name: 'role',
      type: 'text',
      localized: true,
      label: { en: 'Role', be: 'Роля', ru: 'Роль' },
      admin: { placeholder: 'Political analyst' },
    },
    {
      name: 'bio',
      type: 'richText',
      localized: true,
      label: { en: 'Biography', be: 'Біяграфія', ru: 'Биография' },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Photo', be: 'Фота', ru: 'Фото' },
    },
    {
      name: 'links',
      type: 'array',
      label: { en: 'Links', be: 'Спасылкі', ru: 'Ссылки' },
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            !value || /^https?:\/\/[^\s]+$/.test(value)
              ? true
              : 'A link must start with http:// or https:// and contain no spaces.',
        },
      ],
    },
    {
      name: 'user',
      type: 'join',
      collection: 'users',
      on: 'analyst',
      label: { en: 'Login', be: 'Уліковы запіс', ru: 'Учётная запись' },
    },
  ],
}
