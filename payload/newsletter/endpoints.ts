import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { isEditorUser } from '@/payload/access/roles'
import { clientAddress } from '@/payload/clientAddress'
import { newsletterBudget, takeBudget } from '@/payload/limits/rateLimit'
import type { Subscriber } from '@/payload-types'

import { digestStatus } from './digest'
import { FormError, formErrorPage, pageLocale, readForm } from './forms'
import { translator } from './messages'
import {
  changeLanguage,
  MailError,
  getSubscriberByToken,
  requestSubscription,
  resendConfirmation,
  unsubscribe,
} from './subscriptions'
import { parseSubscription } from './validate'

const wantsJson = (req: PayloadRequest) =>
  (req.headers.get('accept') ?? '').includes('application/json')

/** Counts a form post against the address's (or e-mail address's) budget of a few a minute. */
const overLimit = async (by: 'ip' | 'email', key: string) => {
  const answer = await takeBudget(newsletterBudget(by), key)
  return answer.ok ? null : { 'retry-after': String(answer.retryAfterSeconds) }
}

const json = (status: number, body: Record<string, unknown>, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

/**
 * The subscription form. With JavaScript it answers JSON; without, it redirects to the
 * "check your inbox" page or answers the form again with the reason, always with a 4xx
 * status for input it cannot accept.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/newsletter/subscribe',
  method: 'post',
  handler: async (req) => {
    let fields: Record<string, string> = {}
    let locale = pageLocale(req.searchParams.get('locale'))
    const fail = (status: number, message: string, extra: HeadersInit = {}) =>
      wantsJson(req)
        ? json(status, { ok: false, message }, extra)
        : formErrorPage(status, locale, message, fields)
    const t = () => translator(locale)

    try {
      fields = await readForm(req)
    } catch (error) {
      const limited = await overLimit('ip', clientAddress(req.headers))
      if (limited) return fail(429, t()('newsletter.errors.tooMany'), limited)
      if (error instanceof FormError) {
        return fail(error.status, t()(`newsletter.errors.${error.key}`))
      }
      throw error
    }
    locale = pageLocale(fields.locale ?? req.searchParams.get('locale'))
    // Every post counts against its IP, valid or not; the form is read first (it is small)
    // only so the answer can be in the reader's language.
    const limitedIp = await overLimit('ip', clientAddress(req.headers))
    if (limitedIp) return fail(429, t()('newsletter.errors.tooMany'), limitedIp)
    const done = () =>
      wantsJson(req)
        ? json(200, { ok: true, message: t()('newsletter.sent') })
        : new Response(null, {
            status: 303,
            headers: { location: `/${locale}/subscribe?sent=1`, 'cache-control': 'no-store' },
          })

    // A filled honeypot is a bot: it is told what a person would be told, and nothing is kept.
    if (fields.website) return done()

    const parsed = parseSubscription({ email: fields.email, language: fields.language ?? locale })
    if (!parsed.ok) {
      return fail(400, t()(`newsletter.errors.${parsed.error}`, { char: parsed.char ?? '' }))
    }
    const limitedEmail = await overLimit('email', parsed.value.email)
    if (limitedEmail) return fail(429, t()('newsletter.errors.tooMany'), limitedEmail)
    try {
      await requestSubscription(req.payload, parsed.value).catch((error) => {
        // Two posts of a new address at once: the second met the first's row; once more
        // finds it. A mail server's refusal is not retried here.
        if (error instanceof MailError) throw error
        return requestSubscription(req.payload, parsed.value)
      })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Newsletter subscription failed' })
      return fail(503, t()('newsletter.errors.failed'), { 'retry-after': '60' })
    }
    return done()
  },
}

/**
 * RFC 8058 one-click unsubscribe: mail clients POST here from the List-Unsubscribe header.
 * A GET (some clients open the link) goes to the page that does the same.
 */
export const oneClickUnsubscribeEndpoint: Endpoint = {
  path: '/newsletter/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const subscriber = await unsubscribe(req.payload, req.searchParams.get('token'))
    if (!subscriber) {
      return json(400, { ok: false, message: translator('en')('newsletter.unsubscribe.invalid') })
    }
    const t = translator(subscriber.locale)
    return json(200, {
      ok: true,
      message: t('newsletter.unsubscribe.body', { email: subscriber.email }),
    })
  },
}

export const unsubscribeLinkEndpoint: Endpoint = {
  path: '/newsletter/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token') ?? ''
    const subscriber = await getSubscriberByToken(req.payload, token)
    return new Response(null, {
      status: 303,
      headers: {
        location: `/${subscriber?.locale ?? 'en'}/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
        'cache-control': 'no-store',
      },
    })
  },
}

/** The language form on the preferences and unsubscribe pages (works without JavaScript). */
export const preferencesEndpoint: Endpoint = {
  path: '/newsletter/preferences',
  method: 'post',
  handler: async (req) => {
    let fields: Record<string, string>
    try {
      fields = await readForm(req)
    } catch (error) {
      if (error instanceof FormError) {
        return json(error.status, {
          ok: false,
          message: translator('en')(`newsletter.errors.${error.key}`),
        })
      }
      throw error
    }
    const locale = pageLocale(fields.locale)
    const t = translator(locale)
    const parsed = parseSubscription({ email: 'reader@example.org', language: fields.language })
    if (!parsed.ok) return json(400, { ok: false, message: t('newsletter.errors.languageInvalid') })
    const subscriber = await changeLanguage(req.payload, fields.token, parsed.value.language)
    if (!subscriber) return json(400, { ok: false, message: t('newsletter.unsubscribe.invalid') })
    const query = new URLSearchParams({ token: fields.token ?? '', saved: '1' })
    return new Response(null, {
      status: 303,
      headers: {
        location: `/${locale}/newsletter/preferences?${query}`,
        'cache-control': 'no-store',
      },
    })
  },
}

const forbidden = () =>
  json(403, { ok: false, message: 'Only editors and admins can do this.' }, {})

/** Subscribers as CSV, filtered like the admin list (`where` in the query string). */
export const exportSubscribersEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isEditorUser(req.user)) return forbidden()
    const where = (req.query?.where ?? {}) as Where
    const rows: string[][] = [
      ['email', 'language', 'status', 'subscribed', 'confirmed', 'unsubscribed'],
    ]
    for (let page = 1; ; page++) {
      let batch
      try {
        batch = await req.payload.find({
          collection: 'subscribers',
          where,
          sort: 'email',
          limit: 500,
          page,
          depth: 0,
          overrideAccess: false,
          user: req.user,
        })
      } catch (error) {
        return json(400, {
          ok: false,
          message: `The filter could not be applied: ${(error as Error).message}`,
        })
      }
      for (const s of batch.docs as Subscriber[]) {
        rows.push([
          s.email,
          s.locale,
          s.status,
          s.createdAt,
          s.confirmedAt ?? '',
          s.unsubscribedAt ?? '',
        ])
      }
      if (!batch.hasNextPage) break
    }
    const day = new Date().toISOString().slice(0, 10)
    return new Response(stringify(rows), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="subscribers-${day}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

export const resendConfirmationEndpoint: Endpoint = {
  path: '/:id/resend-confirmation',
  method: 'post',
  handler: async (req) => {
    if (!isEditorUser(req.user)) return forbidden()
    let subscriber: Subscriber
    try {
      subscriber = (await req.payload.findByID({
        collection: 'subscribers',
        id: String(req.routeParams?.id),
        depth: 0,
        overrideAccess: true,
      })) as Subscriber
    } catch {
      return json(404, { ok: false, message: 'There is no such subscriber.' })
    }
    if (subscriber.status !== 'pending') {
      return json(409, {
        ok: false,
        message: `Only pending subscribers get a confirmation e-mail; this one is ${subscriber.status}.`,
      })
    }
    try {
      await resendConfirmation(req.payload, subscriber)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Resending a confirmation failed' })
      return json(503, {
        ok: false,
        message: 'The e-mail could not be sent; nothing changed. Try again in a minute.',
      })
    }
    return json(200, {
      ok: true,
      message: `A new confirmation link was sent to ${subscriber.email}.`,
    })
  },
}

export const sendDigestEndpoint: Endpoint = {
  path: '/:id/send-digest',
  method: 'post',
  handler: async (req) => {
    if (!isEditorUser(req.user)) return forbidden()
    const id = String(req.routeParams?.id)
    const week = await req.payload
      .findByID({ collection: 'weeks', id, depth: 0, draft: false, overrideAccess: true })
      .catch(() => null)
    if (!week) return json(404, { ok: false, message: 'There is no such week.' })
    if (week._status !== 'published') {
      return json(409, { ok: false, message: 'Publish the week before sending its digest.' })
    }
    await req.payload.jobs.queue({ task: 'sendWeekDigest', input: { week: week.id }, req })
    return json(202, {
      ok: true,
      message:
        'The digest is queued. Subscribers who already have this week are skipped; the counts update as it goes.',
    })
  },
}

export const digestStatusEndpoint: Endpoint = {
  path: '/:id/digest-status',
  method: 'get',
  handler: async (req) => {
    if (!isEditorUser(req.user)) return forbidden()
    return json(200, {
      ok: true,
      ...(await digestStatus(req.payload, String(req.routeParams?.id))),
    })
  },
}
