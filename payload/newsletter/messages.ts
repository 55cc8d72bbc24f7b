import { createTranslator } from 'next-intl'

import type { AppLocale } from '@/i18n/routing'
import be from '@/messages/be.json'
import en from '@/messages/en.json'
import ru from '@/messages/ru.json'

const catalogs = { en, be, ru }

/**
 * The site's own message catalogues, for text produced outside a page: e-mails and the
 * answers of the newsletter endpoints.
 */
export const translator = (locale: AppLocale) =>
  createTranslator({ locale, messages: catalogs[locale] })

export type Translator = ReturnType<typeof translator>
