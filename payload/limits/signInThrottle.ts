import { metrics } from '@/payload/metrics'

import { type LimitStore, limitStore } from './store'

/**
 * Failed sign-ins slow down instead of locking the account. Payload's own lock (after N
 * failures the right password is refused too) let anyone who knows an editor's address keep
 * that editor out of the admin on publishing day. Here failures only make the address that
 * made them wait:
 *
 * - per (address, account): a few free failures, then waits of 1, 2, 4 s … up to 15 minutes;
 * - per address, over all accounts: more free failures, then the same waits;
 * - every attempt made before a wait is over counts as a failure and lengthens it.
 *
 * The account's owner, from their own address, is never slowed by a stranger's failures, and
 * a success clears that address's failures for the account.
 */
export const signInThrottle = {
  freeFailuresPerAccount: 3,
  freeFailuresPerAddress: 10,
  firstWaitMs: 1000,
  maxWaitMs: 15 * 60_000,
  /** How long failures are remembered after the last one. */
  memoryMs: 60 * 60_000,
}

export type ThrottleAnswer = { ok: true } | { ok: false; retryAfterSeconds: number }

const accountKey = (address: string, email: string) =>
  `signin:account:${address}:${email.trim().toLowerCase()}`
const addressKey = (address: string) => `signin:address:${address}`
const waitKey = (key: string) => `${key}:wait`

/** The wait after the given number of failures (0 while they are free). */
export function waitAfter(failures: number, free: number): number {
  if (failures <= free) return 0
  const doublings = Math.min(failures - free - 1, 20)
  return Math.min(signInThrottle.firstWaitMs * 2 ** doublings, signInThrottle.maxWaitMs)
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/** May this address try to sign in to this account now? */
export async function checkSignIn(
  address: string,
  email: string,
  store: LimitStore = limitStore(),
): Promise<ThrottleAnswer> {
  const [addressWait, accountWait] = await Promise.all([
    store.read(waitKey(addressKey(address))),
    store.read(waitKey(accountKey(address, email))),
  ])
  const waitingMs = Math.max(addressWait.resetInMs, accountWait.resetInMs)
  if (waitingMs > 0) {
    // Trying again before the wait is over is itself a failure: the wait grows.
    const [accountNext, addressNext] = await Promise.all([
      recordFailure(accountKey(address, email), signInThrottle.freeFailuresPerAccount, store),
      recordFailure(addressKey(address), signInThrottle.freeFailuresPerAddress, store),
    ])
    metrics().signIns.labels('throttled').inc()
    return { ok: false, retryAfterSeconds: seconds(Math.max(waitingMs, accountNext, addressNext)) }
  }
  return { ok: true }
}

async function recordFailure(key: string, free: number, store: LimitStore): Promise<number> {
  const { count } = await store.increment(key, signInThrottle.memoryMs)
  const wait = waitAfter(count, free)
  if (wait > 0) await store.set(waitKey(key), count, wait)
  return wait
}

/** A wrong password (or unknown account) from this address. */
export async function signInFailed(
  address: string,
  email: string,
  store: LimitStore = limitStore(),
): Promise<void> {
  metrics().signIns.labels('failed').inc()
  await Promise.all([
    recordFailure(accountKey(address, email), signInThrottle.freeFailuresPerAccount, store),
    recordFailure(addressKey(address), signInThrottle.freeFailuresPerAddress, store),
  ])
}

/** The right password: this address's failures for the account are forgotten. */
export async function signInSucceeded(
  address: string,
  email: string,
  store: LimitStore = limitStore(),
): Promise<void> {
  metrics().signIns.labels('succeeded').inc()
  const key = accountKey(address, email)
  await Promise.all([store.remove(key), store.remove(waitKey(key))])
}
