import type { CollectionAfterChangeHook, CollectionBeforeValidateHook } from 'payload'

import type { Week } from '@/payload-types'

import { addDays, isMonday, toCalendarDay, toIsoMidnight } from './dates'

/** Stores the start as a UTC midnight and derives the end date and the slug from it. */
export const deriveWeekDates: CollectionBeforeValidateHook<Week> = ({ data, originalDoc }) => {
  if (!data) return data
  const start = data.startDate ?? originalDoc?.startDate
  if (!start) return data
  const day = toCalendarDay(start)
  if (!day) return data
  data.startDate = toIsoMidnight(day)
  if (isMonday(day)) {
    data.endDate = toIsoMidnight(addDays(day, 6))
    data.slug = day
  }
  return data
}

/** Weeks older than this are archive work: publishing them sends no digest by itself. */
const DIGEST_FRESH_DAYS = 21

/**
 * Publishing a current week queues its digest (the "Send digest" button on the week does the
 * same by hand, for later languages or older weeks). Re-publishing sends nothing new: the
 * delivery records know who already has the week.
 */
export const queueDigestOnPublish: CollectionAfterChangeHook<Week> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context?.seeding || doc._status !== 'published' || previousDoc?._status === 'published') {
    return doc
  }
  const age = Date.now() - new Date(doc.startDate).getTime()
  if (age > DIGEST_FRESH_DAYS * 24 * 3600 * 1000) return doc
  await req.payload.jobs.queue({ task: 'sendWeekDigest', input: { week: doc.id }, req })
  return doc
}
