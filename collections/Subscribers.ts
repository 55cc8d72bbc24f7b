import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor, nobody } from '@/payload/access/predicates'
import {
  exportSubscribersEndpoint,
  resendConfirmationEndpoint,
} from '@/payload/newsletter/endpoints'

/**
 * Newsletter readers. Never readable by the public: the site's form goes through the
 * newsletter endpoints (payload/newsletter), which write with the Local API.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: { en: 'Subscriber', be: 'Падпісчык', ru: 'Подписчик' },
    plural: { en: 'Subscribers', be: 'Падпісчыкі', ru: 'Подписчики' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'locale', 'status', 'confirmedAt', 'createdAt'],
    listSearchableFields: ['email'],
    components: {
      beforeListTable: ['@/components/admin/SubscribersExport.client#SubscribersExport'],
    },
    description: {
      en: 'Readers of the weekly digest. Filter by status and language; export the filtered list as CSV.',
      be: 'Чытачы штотыднёвага дайджэсту. Фільтруйце па статусе і мове; экспартуйце адфільтраваны спіс у CSV.',
      ru: 'Читатели еженедельного дайджеста. Фильтруйте по статусу и языку; экспортируйте отфильтрованный список в CSV.',
    },
    group: { en: 'Newsletter', be: 'Рассылка', ru: 'Рассылка' },
  },
  endpoints: [exportSubscribersEndpoint, resendConfirmationEndpoint],
  access: {
    read: isEditor,
    create: nobody,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
        ],
      },
    },
    {
      name: 'locale',
      type: 'select',
      label: { en: 'Digest language', be: 'Мова дайджэсту', ru: 'Язык дайджеста' },
      required: true,
      defaultValue: 'en',
      options: [
        { value: 'en', label: 'English' },
        { value: 'be', label: 'Беларуская' },
        { value: 'ru', label: 'Русский' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        {
          value: 'pending',
          label: { en: 'Pending', be: 'Чакае пацверджання', ru: 'Ожидает подтверждения' },
        },
        { value: 'confirmed', label: { en: 'Confirmed', be: 'Пацверджаны', ru: 'Подтверждён' } },
        { value: 'unsubscribed', label: { en: 'Unsubscribed', be: 'Адпісаўся', ru: 'Отписался' } },
      ],
    },
    { name: 'confirmTokenHash', type: 'text', index: true, hidden: true },
    { name: 'confirmTokenExpiresAt', type: 'date', hidden: true },
    {
      name: 'confirmationSentAt',
      type: 'date',
      label: {
        en: 'Confirmation sent',
        be: 'Пацверджанне даслана',
        ru: 'Подтверждение отправлено',
      },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: { en: 'Confirmed', be: 'Пацверджана', ru: 'Подтверждено' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: { en: 'Unsubscribed', be: 'Адпісаўся', ru: 'Отписался' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'resendConfirmation',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'pending',
        components: { Field: '@/components/admin/ResendConfirmation.client#ResendConfirmation' },
      },
    },
  ],
}
