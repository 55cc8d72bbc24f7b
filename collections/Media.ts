import path from 'node:path'
import { revalidateOnChange, revalidateOnDelete } from '@/payload/hooks/revalidate'
import type { CollectionConfig } from 'payload'

import { anyone, isEditor, isLoggedIn } from '@/payload/access/predicates'

/** Where uploads live on disk; tests point it at a temporary folder. */
export const mediaDir = () =>
  path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || 'data/media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Media item', be: 'Медыяфайл', ru: 'Медиафайл' },
    plural: { en: 'Media', be: 'Медыя', ru: 'Медиа' },
  },
  admin: {
    group: { en: 'Content', be: 'Змест', ru: 'Контент' },
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: isLoggedIn,
    update: isLoggedIn,
    delete: isEditor,
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*'],
    adminThumbnail: 'card',
    focalPoint: true,
    imageSizes: [
      {
        name: 'card',
        width: 640,
        height: 400,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      {
        name: 'hero',
        width: 1600,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'social',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
    ],
  },
  hooks: {
    afterChange: [revalidateOnChange('media')],
    afterDelete: [revalidateOnDelete('media')],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Alternative text', be: 'Альтэрнатыўны тэкст', ru: 'Альтернативный текст' },
      admin: {
        description: {
          en: 'What the image shows, for readers who cannot see it.',
          be: 'Што паказвае выява — для чытачоў, якія яе не бачаць.',
          ru: 'Что изображено — для читателей, которые не видят изображение.',
        },
      },
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      label: { en: 'Caption', be: 'Подпіс', ru: 'Подпись' },
    },
    { name: 'credit', type: 'text', label: { en: 'Credit', be: 'Аўтар', ru: 'Автор' } },
    {
      name: 'sourceUrl',
      type: 'text',
      label: { en: 'Source URL', be: 'Крыніца', ru: 'Источник' },
      validate: (value: string | null | undefined) =>
        !value || /^https?:\/\/[^\s]+$/.test(value)
          ? true
          : 'The source must be a web address starting with http:// or https://.',
    },
  ],
}
