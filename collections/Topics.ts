import { revalidateOnChange, revalidateOnDelete } from '@/payload/hooks/revalidate'
import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isEditor } from '@/payload/access/predicates'
import { bySlugEndpoint } from '@/payload/api/bySlug'
import { slugField } from '@/payload/fields/slug'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: { en: 'Topic', be: 'Тэма', ru: 'Тема' },
    plural: { en: 'Topics', be: 'Тэмы', ru: 'Темы' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order'],
    group: { en: 'Content', be: 'Змест', ru: 'Контент' },
  },
  defaultSort: 'order',
  endpoints: [bySlugEndpoint('topics')],
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
  hooks: {
    afterChange: [revalidateOnChange('topics')],
    afterDelete: [revalidateOnDelete('topics')],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Name', be: 'Назва', ru: 'Название' },
    },
    slugField('name'),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { en: 'Description', be: 'Апісанне', ru: 'Описание' },
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 0,
      index: true,
      label: { en: 'Order', be: 'Парадак', ru: 'Порядок' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Topics are listed from the lowest number up.',
          be: 'Тэмы паказваюцца ад меншага ліку да большага.',
          ru: 'Темы показываются от меньшего числа к большему.',
        },
      },
    },
  ],
}
