import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '@/payload/access/predicates'
import { revalidateSite } from '@/payload/hooks/revalidate'

export const Site: GlobalConfig = {
  slug: 'site',
  label: { en: 'Site settings', be: 'Налады сайта', ru: 'Настройки сайта' },
  admin: { group: { en: 'Administration', be: 'Адміністраванне', ru: 'Администрирование' } },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [revalidateSite] },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      localized: true,
      defaultValue: 'Weekly Monitor',
    },
    { name: 'tagline', type: 'text', localized: true },
    { name: 'newsletterBlurb', type: 'textarea', localized: true },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'url', type: 'text', required: true },
      ],
    },
  ],
}
