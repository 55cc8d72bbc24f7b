import { cache } from 'react'

import {
  confirmSubscription as confirm,
  getSubscriberByToken as byToken,
  unsubscribe as unsubscribeByToken,
} from '@/payload/newsletter/subscriptions'

import { getPayload } from './payload'

// These answer links from e-mails: never cached across requests, and React's cache() makes
// one request act once even when several components ask.

/** Consumes a confirmation token; null when it is unknown, used or expired. */
export const confirmSubscription = cache(async (token: string | undefined) =>
  confirm(await getPayload(), token),
)

/** Unsubscribes the reader a signed link names; null when the link is not ours. */
export const unsubscribeReader = cache(async (token: string | undefined) =>
  unsubscribeByToken(await getPayload(), token),
)

export const getSubscriberByToken = cache(async (token: string | undefined) =>
  byToken(await getPayload(), token),
)
