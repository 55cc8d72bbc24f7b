import type { Payload } from 'payload'

import type { AppLocale } from '@/i18n/routing'
import type { Subscriber } from '@/payload-types'

import { alreadySubscribedMail, confirmationMail, type Mail } from './emails'
import { hashToken, newConfirmToken, readSubscriberToken, subscriberToken } from './tokens'
import type { SubscriptionInput } from './validate'

/** The mail server refused or could not be reached; the reader should try again later. */
export class MailError extends Error {}

export async function sendMail(payload: Payload, mail: Mail) {
  try {
    await payload.sendEmail(mail as Parameters<Payload['sendEmail']>[0])
  } catch (error) {
    throw new MailError(String((error as Error)?.message ?? error), { cause: error })
  }
}

async function findByEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return (docs[0] as Subscriber | undefined) ?? null
}

/**
 * A subscription request from the form. Whatever the address's state, the reader is told
 * the same thing ("check your inbox"), so the form never reveals who subscribes:
 * - new, pending or unsubscribed addresses get a fresh confirmation link;
 * - confirmed addresses get a note that they already receive the digest.
 */
export async function requestSubscription(payload: Payload, input: SubscriptionInput) {
  const existing = await findByEmail(payload, input.email)
  if (existing?.status === 'confirmed') {
    await sendMail(
      payload,
      await alreadySubscribedMail(payload, {
        id: existing.id,
        email: existing.email,
        locale: existing.locale,
      }),
    )
    return
  }
  const { token, hash, expiresAt } = newConfirmToken()
  const data = {
    email: input.email,
    locale: input.language,
    status: 'pending' as const,
    confirmTokenHash: hash,
    confirmTokenExpiresAt: expiresAt,
    confirmationSentAt: new Date().toISOString(),
  }
  const mail = await confirmationMail(payload, {
    email: input.email,
    locale: input.language,
    token,
  })
  await withUndo(payload, existing, data, () => sendMail(payload, mail))
}

/** An editor's "resend confirmation": a new link replaces the old one. */
export async function resendConfirmation(payload: Payload, subscriber: Subscriber) {
  const { token, hash, expiresAt } = newConfirmToken()
  const data = {
    confirmTokenHash: hash,
    confirmTokenExpiresAt: expiresAt,
    confirmationSentAt: new Date().toISOString(),
  }
  const mail = await confirmationMail(payload, {
    email: subscriber.email,
    locale: subscriber.locale,
    token,
  })
  await withUndo(payload, subscriber, data, () => sendMail(payload, mail))
}

type SubscriberData = Partial<Omit<Subscriber, 'id' | 'createdAt' | 'updatedAt'>>

/**
 * Writes the subscriber, then sends. When the e-mail cannot be sent the write is undone (a
 * new row deleted, an old row's values put back), so no reader is left with a pending record
 * and no link. Undoing by hand works the same on every database, SQLite included, where
 * Payload runs without transactions.
 */
async function withUndo(
  payload: Payload,
  existing: Subscriber | null,
  data: SubscriberData,
  send: () => Promise<void>,
) {
  const saved = existing
    ? await payload.update({
        collection: 'subscribers',
        id: existing.id,
        data,
        overrideAccess: true,
      })
    : await payload.create({
        collection: 'subscribers',
        data: data as Subscriber,
        overrideAccess: true,
      })
  try {
    await send()
  } catch (error) {
    if (existing) {
      const previous = Object.fromEntries(
        Object.keys(data).map((key) => [key, existing[key as keyof Subscriber] ?? null]),
      )
      await payload.update({
        collection: 'subscribers',
        id: existing.id,
        data: previous,
        overrideAccess: true,
      })
    } else {
      await payload.delete({ collection: 'subscribers', id: saved.id, overrideAccess: true })
    }
    throw error
  }
}

export type SubscriberView = Pick<Subscriber, 'id' | 'email' | 'locale' | 'status'>
const view = (s: Subscriber): SubscriberView => ({
  id: s.id,
  email: s.email,
  locale: s.locale,
  status: s.status,
})

/** The confirmation link: valid once, for 7 days. */
export async function confirmSubscription(
  payload: Payload,
  token: unknown,
): Promise<(SubscriberView & { token: string }) | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: {
      and: [
        { confirmTokenHash: { equals: hashToken(token) } },
        { confirmTokenExpiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const subscriber = docs[0] as Subscriber | undefined
  if (!subscriber) return null
  const confirmed = await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'confirmed',
      confirmedAt: new Date().toISOString(),
      unsubscribedAt: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    overrideAccess: true,
  })
  return { ...view(confirmed as Subscriber), token: subscriberToken(subscriber.id) }
}

async function subscriberFromToken(payload: Payload, token: unknown) {
  const id = readSubscriberToken(token)
  if (id === null) return null
  try {
    return (await payload.findByID({
      collection: 'subscribers',
      id,
      depth: 0,
      overrideAccess: true,
    })) as Subscriber
  } catch {
    return null
  }
}

/** What the preferences page shows for a signed link. */
export async function getSubscriberByToken(payload: Payload, token: unknown) {
  const subscriber = await subscriberFromToken(payload, token)
  return subscriber ? view(subscriber) : null
}

/** The unsubscribe link and the List-Unsubscribe one-click POST. Repeating it is harmless. */
export async function unsubscribe(payload: Payload, token: unknown) {
  const subscriber = await subscriberFromToken(payload, token)
  if (!subscriber) return null
  if (subscriber.status === 'unsubscribed') return view(subscriber)
  const updated = await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'unsubscribed',
      unsubscribedAt: new Date().toISOString(),
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    overrideAccess: true,
  })
  return view(updated as Subscriber)
}

/**
 * Changing the digest language from a signed link (sent only to the inbox itself). From an
 * unsubscribed address it also subscribes again: the link proves the reader owns the inbox.
 */
export async function changeLanguage(payload: Payload, token: unknown, language: AppLocale) {
  const subscriber = await subscriberFromToken(payload, token)
  if (!subscriber) return null
  if (subscriber.status === 'pending') return view(subscriber)
  const updated = await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      locale: language,
      ...(subscriber.status === 'unsubscribed'
        ? {
            status: 'confirmed' as const,
            confirmedAt: new Date().toISOString(),
            unsubscribedAt: null,
          }
        : {}),
    },
    overrideAccess: true,
  })
  return view(updated as Subscriber)
}
