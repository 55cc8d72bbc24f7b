import { digestStatusEndpoint, sendDigestEndpoint } from '@/payload/newsletter/endpoints'
import { revalidateOnChange, revalidateOnDelete } from '@/payload/hooks/revalidate'
import type { CollectionConfig, DateFieldValidation } from 'payload'

import {
  anonymousReadsPublished,
  isAdmin,
  isEditor,
  publishedOrSignedIn,
} from '@/payload/access/predicates'
import { isEditorUser } from '@/payload/access/roles'
import { bySlugEndpoint } from '@/payload/api/bySlug'

import { previewUrl } from '@/payload/preview'

import { isMonday, toCalendarDay } from './dates'
import { deriveWeekDates, queueDigestOnPublish } from './hooks'

const validateStartDate: DateFieldValidation = async (value, { req, id }) => {
  if (!value) return 'Choose the Monday the week starts on.'
  const day = toCalendarDay(value)
  if (!day) return 'The start date is not a valid date: use the format YYYY-MM-DD.'
  if (!isMonday(day)) {
    const weekday = new Date(`${day}T00:00:00.000Z`).toLocaleDateString('en-GB', {
      weekday: 'long',
      timeZone: 'UTC',
    })
    return `A week starts on a Monday, but ${day} is a ${weekday}.`
  }
  const clash = await req.payload.count({
    collection: 'weeks',
    where: {
      and: [{ slug: { equals: day } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])],
    },
    overrideAccess: true,
    req,
  })
  if (clash.totalDocs > 0) return `The week starting on ${day} already exists: open it instead.`
  return true
}

export const Weeks: CollectionConfig = {
  slug: 'weeks',
  labels: {
    singular: { en: 'Week', be: 'Тыдзень', ru: 'Неделя' },
    plural: { en: 'Weeks', be: 'Тыдні', ru: 'Недели' },
  },
  admin: {
    preview: (data, { locale }) => previewUrl('weeks', data, locale),
    useAsTitle: 'slug',
    defaultColumns: ['slug', 'endDate', '_status', 'updatedAt'],
    group: { en: 'Content', be: 'Змест', ru: 'Контент' },
    description: {
      en: 'One row per Monday–Sunday period. The title is formatted from the dates in each language.',
      be: 'Адзін запіс на кожны тыдзень з панядзелка па нядзелю. Назва фармуецца з дат на кожнай мове.',
      ru: 'Одна запись на каждую неделю с понедельника по воскресенье. Название формируется из дат на каждом языке.',
    },
    components: {
      edit: {
        beforeDocumentControls: ['@/components/admin/ScheduleDefaults.client#ScheduleDefaults'],
      },
    },
  },
  defaultSort: '-startDate',
  endpoints: [sendDigestEndpoint, digestStatusEndpoint, bySlugEndpoint('weeks')],
  access: {
    read: publishedOrSignedIn,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [revalidateOnChange('weeks'), queueDigestOnPublish],
    afterDelete: [revalidateOnDelete('weeks')],
    beforeOperation: [anonymousReadsPublished],
    beforeValidate: [deriveWeekDates],
  },
  fields: [
    {
      name: 'startDate',
      type: 'date',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Starts on (Monday)', be: 'Пачатак (панядзелак)', ru: 'Начало (понедельник)' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
      validate: validateStartDate,
    },
    {
      name: 'endDate',
      type: 'date',
      label: { en: 'Ends on (Sunday)', be: 'Канец (нядзеля)', ru: 'Конец (воскресенье)' },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: {
          en: 'Derived from the start.',
          be: 'Вылічваецца з пачатку.',
          ru: 'Вычисляется из начала.',
        },
      },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          en: 'The start date; the week’s address on the site.',
          be: 'Дата пачатку; адрас тыдня на сайце.',
          ru: 'Дата начала; адрес недели на сайте.',
        },
      },
    },
    {
      name: 'desk',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/WeekDesk#WeekDesk' } },
    },
    {
      name: 'digest',
      type: 'ui',
      admin: {
        position: 'sidebar',
        // Analysts may read a week but not send its digest: the button could only fail.
        condition: (_data, _siblingData, { user }) => isEditorUser(user),
        components: { Field: '@/components/admin/DigestPanel.client#DigestPanel' },
      },
    },
    {
      name: 'summary',
      type: 'richText',
      localized: true,
      label: { en: 'Editor’s summary', be: 'Агляд рэдактара', ru: 'Обзор редактора' },
    },
  ],
}
