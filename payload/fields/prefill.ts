import type { DefaultValue, PayloadRequest } from 'payload'

/**
 * A relationship's default taken from the create link's query (`?week=12&topic=3`): the
 * admin's create view passes its query to the request, so the desk can open a new analysis
 * with its week and topic already chosen. Anything that is not an id is ignored.
 */
export const idFromCreateLink =
  (parameter: string): DefaultValue =>
  ({ req }: { req: PayloadRequest }) => {
    const value = req?.query?.[parameter]
    if (typeof value !== 'string') return undefined
    if (req.payload.db.defaultIDType === 'number')
      return /^\d{1,15}$/.test(value) ? Number(value) : undefined
    return /^[0-9a-f]{24}$/i.test(value) ? value : undefined
  }
