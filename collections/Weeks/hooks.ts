import type { CollectionBeforeValidateHook } from 'payload'

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
