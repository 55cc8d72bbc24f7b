import { type LimitStore, limitStore } from './store'

export type Budget = { name: string; limit: number; windowMs: number }

export type BudgetAnswer = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * Counts one attempt against a budget (for example 300 API calls a minute per address);
 * refused once the window's attempts are used up, until the window ends.
 */
export async function takeBudget(
  budget: Budget,
  key: string,
  store: LimitStore = limitStore(),
): Promise<BudgetAnswer> {
  const { count, resetInMs } = await store.increment(
    `budget:${budget.name}:${key}`,
    budget.windowMs,
  )
  if (count <= budget.limit) return { ok: true }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) }
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** Anonymous REST and GraphQL calls per client address (API_RATE_LIMIT a minute). */
export const anonymousApiBudget = (): Budget => ({
  name: 'api',
  limit: positive(process.env.API_RATE_LIMIT, 300),
  windowMs: 60_000,
})

/** Newsletter form posts per address and per e-mail address (NEWSLETTER_RATE_LIMIT a minute). */
export const newsletterBudget = (by: 'ip' | 'email'): Budget => ({
  name: `newsletter-${by}`,
  limit: positive(process.env.NEWSLETTER_RATE_LIMIT, 5),
  windowMs: 60_000,
})
