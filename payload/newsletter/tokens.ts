import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../env'

/** How long a confirmation link works. */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 3600 * 1000

/** A random single-use token: the reader gets it, the database keeps only its hash. */
export function newConfirmToken(): { token: string; hash: string; expiresAt: string } {
  const token = randomBytes(32).toString('base64url')
  return {
    token,
    hash: hashToken(token),
    expiresAt: new Date(Date.now() + CONFIRM_TOKEN_TTL_MS).toISOString(),
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * The unsubscribe and language links must work in every digest, for years, so they are not
 * stored: the token is the subscriber id signed with the site secret.
 */
export function subscriberToken(subscriberId: number | string): string {
  return `${subscriberId}.${sign(String(subscriberId))}`
}

/** The subscriber id a signed token names, or null when it was not signed by us. */
export function readSubscriberToken(token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const dot = token.lastIndexOf('.')
  if (dot < 1) return null
  const id = token.slice(0, dot)
  const given = Buffer.from(token.slice(dot + 1))
  const expected = Buffer.from(sign(id))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return id
}

const sign = (value: string) =>
  createHmac('sha256', payloadSecret()).update(`newsletter:${value}`).digest('base64url')
