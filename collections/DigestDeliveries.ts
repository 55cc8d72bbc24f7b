import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor, nobody } from '@/payload/access/predicates'

/**
 * One row per (week, subscriber): the record that makes a digest send idempotent. Its unique
 * key is the claim: a runner sends a digest only after inserting (or re-claiming) the row.
 */
export const DigestDeliveries: CollectionConfig = {
  slug: 'digest-deliveries',
  labels: {
    singular: { en: 'Digest delivery', be: 'Дастаўка дайджэсту', ru: 'Доставка дайджеста' },
    plural: { en: 'Digest deliveries', be: 'Дастаўкі дайджэсту', ru: 'Доставки дайджеста' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'week', 'locale', 'status', 'attempts', 'sentAt'],
    group: { en: 'Newsletter', be: 'Рассылка', ru: 'Рассылка' },
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, hidden: true },
    { name: 'week', type: 'relationship', relationTo: 'weeks', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true },
    { name: 'email', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'sending', label: { en: 'Sending', be: 'Адпраўляецца', ru: 'Отправляется' } },
        { value: 'sent', label: { en: 'Sent', be: 'Даслана', ru: 'Отправлено' } },
        { value: 'failed', label: { en: 'Failed', be: 'Не ўдалося', ru: 'Ошибка' } },
      ],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'claimedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastError', type: 'textarea' },
  ],
}
