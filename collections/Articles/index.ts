import { revalidateOnChange, revalidateOnDelete } from '@/payload/hooks/revalidate'
import type { CollectionConfig } from 'payload'

import {
  anonymousReadsPublished,
  deleteArticles,
  createArticles,
  readArticles,
  readArticleVersions,
  writeArticles,
} from '@/payload/access/predicates'
import { isEditorField, isLoggedInField } from '@/payload/access/predicates'
import { previewUrl } from '@/payload/preview'
import { bySlugEndpoint } from '@/payload/api/bySlug'
import { slugField } from '@/payload/fields/slug'
import { idFromCreateLink } from '@/payload/fields/prefill'
import { dropFromSearchIndex, syncSearchIndex } from '@/payload/search/hooks'

import {
  assignOwnership,
  deriveSearchFields,
  keepAnalystWritesDraft,
  keepOthersAutosaves,
  stampPublishedAt,
} from './hooks'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { en: 'Analysis', be: 'Аналітыка', ru: 'Аналитика' },
    plural: { en: 'Analyses', be: 'Аналітыка', ru: 'Аналитика' },
  },
  admin: {
    preview: (data, { locale }) => previewUrl('articles', data, locale),
    useAsTitle: 'title',
    defaultColumns: ['title', 'week', 'topic', 'verdict', 'translations', '_status'],
    listSearchableFields: ['title', 'slug'],
    group: { en: 'Content', be: 'Змест', ru: 'Контент' },
    components: {
      edit: {
        beforeDocumentControls: ['@/components/admin/ScheduleDefaults.client#ScheduleDefaults'],
      },
      // Analyses the WordPress import could not map completely, and a filter for them.
      beforeListTable: ['@/components/admin/NeedsReview#NeedsReviewFilter'],
    },
  },
  defaultSort: '-updatedAt',
  endpoints: [bySlugEndpoint('articles')],
  access: {
    read: readArticles,
    readVersions: readArticleVersions,
    create: createArticles,
    update: writeArticles,
    delete: deleteArticles,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [syncSearchIndex, revalidateOnChange('articles')],
    afterDelete: [dropFromSearchIndex, revalidateOnDelete('articles')],
    beforeOperation: [anonymousReadsPublished, keepAnalystWritesDraft, keepOthersAutosaves],
    beforeChange: [assignOwnership, stampPublishedAt, deriveSearchFields],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Title', be: 'Загаловак', ru: 'Заголовок' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Text', be: 'Тэкст', ru: 'Текст' },
          fields: [
            {
              name: 'lead',
              type: 'textarea',
              required: true,
              localized: true,
              label: { en: 'Lead', be: 'Лід', ru: 'Лид' },
              admin: {
                description: {
                  en: 'One or two sentences: what happened and why it matters.',
                  be: 'Адзін-два сказы: што адбылося і чаму гэта важна.',
                  ru: 'Одно-два предложения: что произошло и почему это важно.',
                },
              },
            },
            {
              name: 'keyPoints',
              type: 'array',
              localized: true,
              label: { en: 'Key points', be: 'Галоўнае', ru: 'Главное' },
              labels: {
                singular: { en: 'Key point', be: 'Тэзіс', ru: 'Тезис' },
                plural: { en: 'Key points', be: 'Тэзісы', ru: 'Тезисы' },
              },
              maxRows: 6,
              fields: [{ name: 'point', type: 'text', required: true }],
            },
            {
              name: 'body',
              type: 'richText',
              localized: true,
              label: { en: 'Body', be: 'Тэкст', ru: 'Текст' },
            },
          ],
        },
        {
          label: { en: 'Image', be: 'Выява', ru: 'Изображение' },
          fields: [
            {
              name: 'heroImage',
              type: 'upload',
              relationTo: 'media',
              label: { en: 'Hero image', be: 'Галоўная выява', ru: 'Главное изображение' },
            },
          ],
        },
        {
          name: 'meta',
          label: 'SEO',
          fields: [
            {
              name: 'title',
              type: 'text',
              localized: true,
              admin: { description: 'Defaults to the title.' },
            },
            {
              name: 'description',
              type: 'textarea',
              localized: true,
              admin: { description: 'Defaults to the lead.' },
            },
            {
              name: 'image',
              type: 'upload',
              relationTo: 'media',
              admin: { description: 'Defaults to the hero image.' },
            },
          ],
        },
      ],
    },
    {
      name: 'translations',
      type: 'ui',
      label: { en: 'Translations', be: 'Пераклады', ru: 'Переводы' },
      admin: {
        position: 'sidebar',
        components: {
          Field: '@/components/admin/TranslationStatus#TranslationStatusPanel',
          Cell: '@/components/admin/TranslationStatus#TranslationStatusCell',
        },
      },
    },
    slugField('title'),
    {
      name: 'week',
      type: 'relationship',
      relationTo: 'weeks',
      required: true,
      index: true,
      // The desk's "write it" link: /admin/collections/articles/create?week=…&topic=…
      defaultValue: idFromCreateLink('week'),
      label: { en: 'Week', be: 'Тыдзень', ru: 'Неделя' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      required: true,
      index: true,
      defaultValue: idFromCreateLink('topic'),
      label: { en: 'Topic', be: 'Тэма', ru: 'Тема' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'verdict',
      type: 'select',
      required: true,
      defaultValue: 'unchanged',
      index: true,
      label: { en: 'Verdict', be: 'Ацэнка', ru: 'Оценка' },
      options: [
        { value: 'improved', label: { en: 'Improved', be: 'Палепшылася', ru: 'Улучшилась' } },
        { value: 'unchanged', label: { en: 'Unchanged', be: 'Не змянілася', ru: 'Не изменилась' } },
        { value: 'worsened', label: { en: 'Worsened', be: 'Пагоршылася', ru: 'Ухудшилась' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'analysts',
      hasMany: true,
      label: { en: 'Authors', be: 'Аўтары', ru: 'Авторы' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Leave empty to sign as the editorial team.',
          be: 'Пакіньце пустым, каб падпісаць ад рэдакцыі.',
          ru: 'Оставьте пустым, чтобы подписать от редакции.',
        },
      },
    },
    {
      // Set by the WordPress import when it could not find a verdict, week or topic.
      name: 'needsReview',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Needs review', be: 'Трэба праверыць', ru: 'Нужно проверить' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Imported without a verdict, week or topic: check them, then untick.',
          be: 'Імпартавана без ацэнкі, тыдня ці тэмы: праверце іх і зніміце адзнаку.',
          ru: 'Импортировано без оценки, недели или темы: проверьте их и снимите отметку.',
        },
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { en: 'Published at', be: 'Апублікавана', ru: 'Опубликовано' },
      access: { update: isEditorField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The languages readers can read it in: its published version has a title there. Kept
      // by the search index's hook (payload/search/store.ts) with the index itself, so
      // anonymous reads filter on a column of their own instead of joining every translation
      // (readArticles): a list of 20 at 10 000 analyses went from a scan of them all to an
      // index walk.
      name: 'availableIn',
      type: 'group',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
      fields: (['en', 'be', 'ru'] as const).map((code) => ({
        name: code,
        type: 'checkbox' as const,
        defaultValue: false,
      })),
    },
    {
      name: 'weekStart',
      type: 'date',
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      // Derived for the editors' tools; programs reading the API get the real fields.
      access: { read: isLoggedInField },
      admin: { hidden: true },
    },
    {
      name: 'searchIndex',
      type: 'textarea',
      localized: true,
      // Derived for the editors' tools; programs reading the API get the real fields.
      access: { read: isLoggedInField },
      admin: { hidden: true },
    },
    {
      // Who saved this version (set by the server): versions remember it, so an analyst can
      // see what an editor changed since her own last save.
      name: 'lastSavedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: () => false, update: () => false, read: isLoggedInField },
      admin: { hidden: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { update: () => false, read: isLoggedInField },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.createdBy) },
    },
  ],
}
