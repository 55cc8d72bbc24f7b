import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor, nobody } from '@/payload/access/predicates'

/** Newsletter readers. Never readable by the public; the site's form writes with the Local API. */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: { en: 'Subscriber', be: 'Падпісчык', ru: 'Подписчик' },
    plural: { en: 'Subscribers', be: 'Падпісчыкі', ru: 'Подписчики' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'locale', 'status', 'createdAt'],
    group: { en: 'Newsletter', be: 'Рассылка', ru: 'Рассылка' },
  },
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
    { name: 'unsubscribeTokenHash', type: 'text', index: true, hidden: true },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true } },
  ],
}
