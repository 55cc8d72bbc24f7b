import type { Payload } from 'payload'

import { type AppLocale, locales } from '@/i18n/routing'
import type { Article, DigestDelivery, Subscriber, Topic, Week } from '@/payload-types'
import { metrics } from '@/payload/metrics'

import { excerpt, lexicalToPlainText } from '../utilities/lexicalText'
import { type DigestContent, digestMail, siteName } from './emails'
import { sendMail } from './subscriptions'

/** A delivery left "sending" this long belongs to a runner that died: it may be re-claimed. */
export const staleSendingMs = () => Number(process.env.DIGEST_STALE_AFTER_MS || 120_000)

/** Attempts per subscriber and week before the delivery stays failed (reported on the week). */
export const MAX_DELIVERY_ATTEMPTS = 5

/**
 * The week as its readers in one language see it: only analyses published in that language,
 * in topic order. Null when nothing of the week is published in that language yet.
 */
export async function digestContent(
  payload: Payload,
  week: Week,
  locale: AppLocale,
): Promise<DigestContent | null> {
  const read = { locale, fallbackLocale: false as const, overrideAccess: false, user: null }
  const { docs } = await payload.find({
    collection: 'articles',
    where: { week: { equals: week.id } },
    depth: 1,
    limit: 50,
    select: { title: true, slug: true, lead: true, verdict: true, topic: true },
    populate: { topics: { name: true, order: true } },
    ...read,
  })
  const articles = docs as Article[]
  if (articles.length === 0) return null
  const localizedWeek = (await payload.findByID({
    collection: 'weeks',
    id: week.id,
    depth: 0,
    ...read,
  })) as Week
  const topicOf = (article: Article) =>
    typeof article.topic === 'object' ? (article.topic as Topic) : null
  const items = articles
    .sort((a, b) => (topicOf(a)?.order ?? 0) - (topicOf(b)?.order ?? 0))
    .map((article) => ({
      topic: topicOf(article)?.name ?? '',
      verdict: article.verdict,
      title: article.title,
      lead: excerpt(article.lead ?? '', 400),
      slug: article.slug ?? String(article.id),
    }))
  return {
    locale,
    weekId: week.id,
    weekSlug: week.slug ?? '',
    weekStart: week.startDate,
    summary: excerpt(lexicalToPlainText(localizedWeek.summary), 600),
    items,
  }
}

export type DigestReport = {
  sent: number
  alreadySent: number
  failed: number
  busy: number
  waitingForLanguage: number
}

type Claim = { delivery: DigestDelivery } | { skip: 'sent' | 'busy' | 'gaveUp' }

/**
 * Takes the (week, subscriber) delivery for this runner. The first claim is the insert under
 * the unique key; a retry (after a failure, or after a runner died mid-send) is claimed by
 * inserting "attempt n" into job-claims, so two runners never send the same attempt.
 */
async function claimDelivery(payload: Payload, week: Week, subscriber: Subscriber): Promise<Claim> {
  const key = `${week.id}:${subscriber.id}`
  const now = new Date().toISOString()
  const find = async () =>
    (
      await payload.find({
        collection: 'digest-deliveries',
        where: { key: { equals: key } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as DigestDelivery | undefined
  const existing = await find()
  if (!existing) {
    try {
      const delivery = (await payload.create({
        collection: 'digest-deliveries',
        data: {
          key,
          week: week.id,
          subscriber: subscriber.id,
          email: subscriber.email,
          locale: subscriber.locale,
          status: 'sending',
          attempts: 1,
          claimedAt: now,
        },
        overrideAccess: true,
      })) as DigestDelivery
      return { delivery }
    } catch (error) {
      if (await find()) return { skip: 'busy' }
      throw error
    }
  }
  if (existing.status === 'sent') return { skip: 'sent' }
  if (existing.attempts >= MAX_DELIVERY_ATTEMPTS) return { skip: 'gaveUp' }
  if (
    existing.status === 'sending' &&
    Date.now() - new Date(existing.claimedAt ?? 0).getTime() < staleSendingMs()
  ) {
    return { skip: 'busy' }
  }
  const attempt = existing.attempts + 1
  try {
    await payload.create({
      collection: 'job-claims',
      data: { job: `digest:${existing.id}:${attempt}` },
      overrideAccess: true,
    })
  } catch {
    return { skip: 'busy' }
  }
  const delivery = (await payload.update({
    collection: 'digest-deliveries',
    id: existing.id,
    data: { status: 'sending', attempts: attempt, claimedAt: now, email: subscriber.email },
    overrideAccess: true,
  })) as DigestDelivery
  return { delivery }
}

/**
 * Sends a published week's digest to every confirmed subscriber who has not had it, each in
 * their language. Safe to run again and in parallel: the delivery records decide who is
 * still owed the week. `onProgress` lets a long send tell the queue it is alive.
 */
export async function sendWeekDigest(
  payload: Payload,
  weekId: number | string,
  onProgress?: () => Promise<void>,
): Promise<DigestReport & { weekPublished: boolean }> {
  const report: DigestReport = {
    sent: 0,
    alreadySent: 0,
    failed: 0,
    busy: 0,
    waitingForLanguage: 0,
  }
  const week = (await payload.findByID({
    collection: 'weeks',
    id: weekId,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })) as Week
  if (week._status !== 'published') return { ...report, weekPublished: false }

  const contents = new Map<AppLocale, DigestContent | null>()
  const sites = new Map<AppLocale, string>()
  for (const locale of locales) {
    contents.set(locale, await digestContent(payload, week, locale))
    sites.set(locale, await siteName(payload, locale))
  }

  let page = 1
  let lastBeat = Date.now()
  for (;;) {
    const batch = await payload.find({
      collection: 'subscribers',
      where: { status: { equals: 'confirmed' } },
      sort: 'id',
      limit: 200,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const subscriber of batch.docs as Subscriber[]) {
      const content = contents.get(subscriber.locale)
      if (!content) {
        report.waitingForLanguage++
        continue
      }
      const claim = await claimDelivery(payload, week, subscriber)
      if ('skip' in claim) {
        metrics()
          .digestDeliveries.labels(claim.skip === 'gaveUp' ? 'gave_up' : 'skipped')
          .inc()
        if (claim.skip === 'sent') report.alreadySent++
        else if (claim.skip === 'busy') report.busy++
        else report.failed++
        continue
      }
      try {
        await sendMail(payload, digestMail(content, sites.get(subscriber.locale) ?? '', subscriber))
        await payload.update({
          collection: 'digest-deliveries',
          id: claim.delivery.id,
          data: { status: 'sent', sentAt: new Date().toISOString(), lastError: null },
          overrideAccess: true,
        })
        report.sent++
        metrics().digestDeliveries.labels('sent').inc()
      } catch (error) {
        metrics().digestDeliveries.labels('failed').inc()
        await payload.update({
          collection: 'digest-deliveries',
          id: claim.delivery.id,
          data: { status: 'failed', lastError: String((error as Error)?.message ?? error) },
          overrideAccess: true,
        })
        report.failed++
      }
      if (onProgress && Date.now() - lastBeat > 1000) {
        lastBeat = Date.now()
        await onProgress()
      }
    }
    if (!batch.hasNextPage) break
    page++
  }
  return { ...report, weekPublished: true }
}

export type DigestStatus = {
  confirmed: number
  sent: number
  failed: number
  sending: number
  pending: number
}

/** The counts shown on the week in the admin. */
export async function digestStatus(payload: Payload, weekId: number | string) {
  const count = async (status: DigestDelivery['status']) =>
    (
      await payload.count({
        collection: 'digest-deliveries',
        where: { and: [{ week: { equals: weekId } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const [confirmed, sent, failed, sending] = await Promise.all([
    payload
      .count({
        collection: 'subscribers',
        where: { status: { equals: 'confirmed' } },
        overrideAccess: true,
      })
      .then((r) => r.totalDocs),
    count('sent'),
    count('failed'),
    count('sending'),
  ])
  return {
    confirmed,
    sent,
    failed,
    sending,
    pending: Math.max(confirmed - sent - failed - sending, 0),
  } satisfies DigestStatus
}
