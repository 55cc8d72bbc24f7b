import isEmail from 'validator/lib/isEmail'

import { type AppLocale, isLocale } from '@/i18n/routing'

export type SubscriptionError =
  | 'emailMissing'
  | 'emailTooLong'
  | 'emailLineBreak'
  | 'emailNotLatin'
  | 'emailInvalid'
  | 'languageInvalid'

export type SubscriptionInput = { email: string; language: AppLocale }

/** Longest address SMTP can carry (RFC 5321: 254 characters in a path). */
const MAX_EMAIL = 254

/**
 * Checks what a reader typed. Returns the normalized address and digest language, or the
 * reason (a message key) to show them. Non-Latin characters are refused with their own
 * message: a Cyrillic "а" in "gmаil.com" looks right and never delivers.
 */
export function parseSubscription(fields: {
  email?: unknown
  language?: unknown
}):
  { ok: true; value: SubscriptionInput } | { ok: false; error: SubscriptionError; char?: string } {
  const raw = typeof fields.email === 'string' ? fields.email : ''
  const email = raw.trim().toLowerCase()
  if (!email) return { ok: false, error: 'emailMissing' }
  if (email.length > MAX_EMAIL) return { ok: false, error: 'emailTooLong' }
  if (/[\r\n]/.test(email)) return { ok: false, error: 'emailLineBreak' }
  const foreign = email.match(/[^\x20-\x7e]/u)
  if (foreign) return { ok: false, error: 'emailNotLatin', char: foreign[0] }
  if (!isEmail(email, { allow_display_name: false, require_tld: true, allow_ip_domain: false })) {
    return { ok: false, error: 'emailInvalid' }
  }
  const language = fields.language
  if (typeof language !== 'string' || !isLocale(language)) {
    return { ok: false, error: 'languageInvalid' }
  }
  return { ok: true, value: { email, language } }
}
