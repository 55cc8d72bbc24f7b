/**
 * The newsletter over the real REST handlers and a real SMTP server: subscribing (with and
 * without JavaScript), double opt-in, unsubscribing, language changes, every kind of bad
 * input, and the weekly digest — per language, idempotent, retried after SMTP failures.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { mondayOf } from '@/collections/Weeks/dates'
import { formatWeekRange } from '@/lib/format'
import type { DigestDelivery, Subscriber } from '@/payload-types'

import { type ApiClient, apiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'
import { linkIn, startSmtpServer, type TestSmtpServer } from './helpers/smtp'

const skip = skipReason()
if (skip) console.warn(skip)

let ip = 0
/** Each test posts from its own address, so the per-IP limit only bites where it is tested. */
const nextIp = () => `203.0.113.${++ip}`
// Publishing queues a digest only for a week that started in the last 21 days: use this one.
const digestWeekStart = mondayOf(new Date().toISOString().slice(0, 10))

describe.skipIf(skip)('newsletter', () => {
  let ctx: TestContext
  let payload: Payload
  let api: ApiClient
  let smtp: TestSmtpServer
  let world: World

  beforeAll(async () => {
    smtp = await startSmtpServer()
    process.env.SMTP_URL = smtp.url
    process.env.NEXT_PUBLIC_SERVER_URL = 'http://monitor.test'
    process.env.DIGEST_RETRY_DELAY_MS = '10'
    ctx = await startPayload()
    payload = ctx.payload
    api = await apiClient(ctx.config)
    world = await createWorld(payload)
  })
  afterAll(async () => {
    await ctx?.close()
    await smtp?.close()
  })
  beforeEach(() => smtp.clear())

  const subscribers = async () =>
    (
      await payload.find({
        collection: 'subscribers',
        limit: 1000,
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
        sort: 'id',
      })
    ).docs as Subscriber[]

  const subscriberByEmail = async (email: string) =>
    (await subscribers()).find((s) => s.email === email)

  function post(
    fields: Record<string, string>,
    { json = true, from = nextIp(), path = '/newsletter/subscribe' } = {},
  ) {
    return api.request('POST', path, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': from,
        ...(json ? { accept: 'application/json' } : { accept: 'text/html' }),
      },
      body: new URLSearchParams(fields).toString(),
    })
  }

  async function subscribeAndConfirm(email: string, language: string) {
    const before = smtp.to(email).length
    const response = await post({ email, language, locale: 'en' })
    expect(response.status).toBe(200)
    await smtp.waitFor(1)
    expect(smtp.to(email)).toHaveLength(before + 1)
    const link = linkIn(smtp.to(email).at(-1)?.text ?? '', 'http://monitor.test/')
    const token = new URL(link).searchParams.get('token')
    const { confirmSubscription } = await import('@/payload/newsletter/subscriptions')
    const confirmed = await confirmSubscription(payload, token)
    expect(confirmed?.status).toBe('confirmed')
    return (await subscriberByEmail(email)) as Subscriber
  }

  describe('subscribing', () => {
    it('a new address gets a confirmation in the chosen language; the token is stored hashed', async () => {
      const response = await post({
        email: ' Reader.One@Example.org ',
        language: 'be',
        locale: 'en',
      })
      expect(response.status).toBe(200)
      const body = await response.json()
      expect(body).toEqual({ ok: true, message: expect.stringContaining('Check your inbox') })

      const [mail] = await smtp.waitFor(1)
      expect(mail.to).toBe('reader.one@example.org')
      expect(mail.subject).toMatch(/Пацвердзіце падпіску/)
      expect(mail.text).toMatch(/па-беларуску/)
      const link = linkIn(mail.text, 'http://monitor.test/be/newsletter/confirm?token=')
      const token = new URL(link).searchParams.get('token') as string
      expect(token.length).toBeGreaterThanOrEqual(40)
      expect(mail.html).toContain('/be/newsletter/confirm?token=')

      const stored = await subscriberByEmail('reader.one@example.org')
      expect(stored).toMatchObject({ status: 'pending', locale: 'be' })
      expect(JSON.stringify(stored)).not.toContain(token)
      expect(stored?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/)
    })

    it('the same address twice: one subscriber, the same answer, only the newest link works', async () => {
      const first = await post({ email: 'twice@example.org', language: 'en', locale: 'en' })
      const second = await post({ email: 'TWICE@example.org', language: 'ru', locale: 'en' })
      expect(second.status).toBe(first.status)
      expect(await second.json()).toEqual(await first.json())
      const mails = await smtp.waitFor(2)
      expect((await subscribers()).filter((s) => s.email === 'twice@example.org')).toHaveLength(1)

      const tokens = mails.map((m) =>
        new URL(linkIn(m.text, 'http://monitor.test/')).searchParams.get('token'),
      )
      const { confirmSubscription } = await import('@/payload/newsletter/subscriptions')
      expect(await confirmSubscription(payload, tokens[0])).toBeNull()
      expect(await confirmSubscription(payload, tokens[1])).toMatchObject({
        status: 'confirmed',
        locale: 'ru',
      })
      // Single use.
      expect(await confirmSubscription(payload, tokens[1])).toBeNull()
    })

    it('a confirmed address asking again is told nothing new and keeps its subscription', async () => {
      const before = await subscribeAndConfirm('settled@example.org', 'ru')
      smtp.clear()
      const again = await post({ email: 'settled@example.org', language: 'en', locale: 'en' })
      expect(again.status).toBe(200)
      expect((await again.json()).message).toMatch(/Check your inbox/)
      const [note] = await smtp.waitFor(1)
      expect(note.subject).toMatch(/уже подписаны/)
      expect(note.header('list-unsubscribe')).toBeTruthy()
      const after = await subscriberByEmail('settled@example.org')
      expect(after).toMatchObject({
        status: 'confirmed',
        locale: 'ru',
        confirmedAt: before.confirmedAt,
      })
    })

    it('an expired confirmation link does not confirm', async () => {
      await post({ email: 'late@example.org', language: 'en', locale: 'en' })
      const [mail] = await smtp.waitFor(1)
      const token = new URL(linkIn(mail.text, 'http://monitor.test/')).searchParams.get('token')
      const stored = await subscriberByEmail('late@example.org')
      await payload.update({
        collection: 'subscribers',
        id: stored!.id,
        data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
        overrideAccess: true,
      })
      const { confirmSubscription } = await import('@/payload/newsletter/subscriptions')
      expect(await confirmSubscription(payload, token)).toBeNull()
      expect((await subscriberByEmail('late@example.org'))?.status).toBe('pending')
    })

    it('without JavaScript: success redirects to the "check your inbox" page', async () => {
      const response = await post(
        { email: 'nojs@example.org', language: 'ru', locale: 'ru' },
        { json: false },
      )
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/ru/subscribe?sent=1')
      await smtp.waitFor(1)
    })

    it('without JavaScript: a refused address gets a 400 page in the page language, with the form refilled', async () => {
      const response = await post(
        { email: 'not-an-address"<b>', language: 'ru', locale: 'ru' },
        { json: false },
      )
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toMatch(/text\/html/)
      const html = await response.text()
      expect(html).toContain('<html lang="ru">')
      expect(html).toContain('Это не похоже на адрес электронной почты')
      expect(html).toContain('value="not-an-address&quot;&lt;b&gt;"')
      expect(html).not.toContain('<b>')
    })

    it('a filled honeypot is answered like a person and nothing is kept or sent', async () => {
      const count = (await subscribers()).length
      const response = await post({
        email: 'bot@example.org',
        language: 'en',
        locale: 'en',
        website: 'http://spam.example',
      })
      expect(response.status).toBe(200)
      expect((await response.json()).ok).toBe(true)
      await new Promise((r) => setTimeout(r, 300))
      expect(smtp.received).toHaveLength(0)
      expect(await subscribers()).toHaveLength(count)
    })
  })

  describe('bad input: a clear, localized 4xx, nothing stored, nothing sent', () => {
    const cases: Array<{
      name: string
      fields: Record<string, string>
      status: number
      message: RegExp
    }> = [
      {
        name: 'no e-mail field',
        fields: { language: 'en' },
        status: 400,
        message: /enter your e-mail/,
      },
      {
        name: 'an empty address',
        fields: { email: '   ', language: 'en' },
        status: 400,
        message: /enter your e-mail/,
      },
      {
        name: 'no @',
        fields: { email: 'reader.example.org', language: 'en' },
        status: 400,
        message: /does not look like an e-mail/,
      },
      {
        name: 'no domain',
        fields: { email: 'reader@', language: 'en' },
        status: 400,
        message: /does not look like/,
      },
      {
        name: 'no top-level domain',
        fields: { email: 'reader@localhost', language: 'en' },
        status: 400,
        message: /does not look like/,
      },
      {
        name: 'two @',
        fields: { email: 'a@b@example.org', language: 'en' },
        status: 400,
        message: /does not look like/,
      },
      {
        name: 'an IP address as domain',
        fields: { email: 'a@[127.0.0.1]', language: 'en' },
        status: 400,
        message: /does not look like/,
      },
      {
        name: 'a display name',
        fields: { email: 'Reader <reader@example.org>', language: 'en' },
        status: 400,
        message: /does not look like/,
      },
      {
        name: '10 000 characters',
        fields: { email: `${'a'.repeat(9988)}@example.org`, language: 'en' },
        status: 400,
        message: /too long/,
      },
      {
        name: '255 characters',
        fields: {
          email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.org`,
          language: 'en',
        },
        status: 400,
        message: /too long/,
      },
      {
        name: 'a local part over 64 characters',
        fields: { email: `${'a'.repeat(65)}@example.org`, language: 'en' },
        status: 400,
        message: /does not look like/,
      },
      {
        name: 'header injection with CR/LF',
        fields: { email: 'a@example.org\r\nBcc: victim@example.org', language: 'en' },
        status: 400,
        message: /line breaks/,
      },
      {
        name: 'header injection with LF only',
        fields: { email: 'a@example.org\nBcc: victim@example.org', language: 'en' },
        status: 400,
        message: /line breaks/,
      },
      {
        name: 'a Cyrillic look-alike in the local part',
        fields: { email: 'аdmin@example.org', language: 'en' },
        status: 400,
        message: /“а”, which is not a Latin letter/,
      },
      {
        name: 'a Cyrillic look-alike in the domain',
        fields: { email: 'reader@gmаil.com', language: 'en' },
        status: 400,
        message: /not a Latin letter/,
      },
      {
        name: 'a Greek look-alike',
        fields: { email: 'reader@exampl\u03bf.org', language: 'en' },
        status: 400,
        message: /not a Latin letter/,
      },
      {
        name: 'a zero-width space',
        fields: { email: 'rea\u200bder@example.org', language: 'en' },
        status: 400,
        message: /not a Latin letter/,
      },
      {
        name: 'a NUL byte',
        fields: { email: 'reader\u0000@example.org', language: 'en' },
        status: 400,
        message: /not a Latin letter/,
      },
      {
        name: 'an unknown language',
        fields: { email: 'lang@example.org', language: 'de' },
        status: 400,
        message: /English, Belarusian or Russian/,
      },
      {
        name: 'a language code in another case',
        fields: { email: 'lang@example.org', language: 'EN' },
        status: 400,
        message: /English, Belarusian or Russian/,
      },
    ]
    for (const c of cases) {
      it(c.name, async () => {
        const count = (await subscribers()).length
        const response = await post({ locale: 'en', ...c.fields })
        expect(response.status).toBe(c.status)
        const body = await response.json()
        expect(body.ok).toBe(false)
        expect(body.message).toMatch(c.message)
        expect(await subscribers()).toHaveLength(count)
        expect(smtp.received).toHaveLength(0)
      })
    }

    it('messages follow the page language (Belarusian, Russian)', async () => {
      const be = await post({ email: 'nope', language: 'en', locale: 'be' })
      expect((await be.json()).message).toMatch(/не падобна на адрас/)
      const ru = await post({ email: 'x@y.org', language: 'xx', locale: 'ru' })
      expect((await ru.json()).message).toMatch(/английский, белорусский или русский/)
    })

    it('JSON instead of a form post: 415', async () => {
      const response = await api.request('POST', '/newsletter/subscribe', {
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-forwarded-for': nextIp(),
        },
        body: JSON.stringify({ email: 'json@example.org', language: 'en' }),
      })
      expect(response.status).toBe(415)
      expect((await response.json()).message).toMatch(/could not be read/)
      expect(await subscriberByEmail('json@example.org')).toBeUndefined()
    })

    it('a body far too large: 413, whether or not it declares its length', async () => {
      const big = new URLSearchParams({
        email: 'big@example.org',
        language: 'en',
        pad: 'x'.repeat(1_000_000),
      }).toString()
      const declared = await api.request('POST', '/newsletter/subscribe', {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(big.length),
          accept: 'application/json',
          'x-forwarded-for': nextIp(),
        },
        body: big,
      })
      expect(declared.status).toBe(413)
      const streamed = await api.request('POST', '/newsletter/subscribe', {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'x-forwarded-for': nextIp(),
        },
        body: new Blob([big]).stream(),
        ...({ duplex: 'half' } as object),
      })
      expect(streamed.status).toBe(413)
      expect((await streamed.json()).message).toMatch(/far more data/)
      expect(await subscriberByEmail('big@example.org')).toBeUndefined()
    })

    it('a multipart form post (what FormData sends) is accepted', async () => {
      const form = new FormData()
      form.set('email', 'multipart@example.org')
      form.set('language', 'en')
      const response = await api.request('POST', '/newsletter/subscribe', {
        headers: { accept: 'application/json', 'x-forwarded-for': nextIp() },
        body: form,
      })
      expect(response.status).toBe(200)
      await smtp.waitFor(1)
    })

    it('more than 5 attempts a minute from one IP: 429 with a localized message', async () => {
      const from = nextIp()
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) {
        const response = await post(
          { email: `burst${i}@example.org`, language: 'en', locale: 'ru' },
          { from },
        )
        statuses.push(response.status)
        if (response.status === 429) {
          expect(response.headers.get('retry-after')).toBe('60')
          expect((await response.json()).message).toMatch(/Слишком много попыток/)
        }
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
      expect(await subscriberByEmail('burst5@example.org')).toBeUndefined()
    })

    it('more than 5 attempts a minute for one address, from different IPs: 429', async () => {
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (await post({ email: 'target@example.org', language: 'en', locale: 'en' })).status,
        )
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
      await smtp.waitFor(5)
      await new Promise((r) => setTimeout(r, 300))
      expect(smtp.to('target@example.org')).toHaveLength(5)
    })

    it('when the e-mail cannot be sent, nothing is kept and the reader is told to retry', async () => {
      smtp.refuseNext(1)
      const response = await post({ email: 'unlucky@example.org', language: 'en', locale: 'en' })
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('60')
      expect((await response.json()).message).toMatch(/nothing was saved/)
      expect(await subscriberByEmail('unlucky@example.org')).toBeUndefined()
    })
  })

  describe('unsubscribing and changing the language', () => {
    it('the one-click POST (RFC 8058) unsubscribes; a forged token is refused', async () => {
      const subscriber = await subscribeAndConfirm('oneclick@example.org', 'en')
      const { subscriberToken } = await import('@/payload/newsletter/tokens')
      const token = subscriberToken(subscriber.id)
      const forged = await api.request(
        'POST',
        `/newsletter/unsubscribe?token=${subscriber.id}.forged`,
        {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        },
      )
      expect(forged.status).toBe(400)
      expect((await subscriberByEmail('oneclick@example.org'))?.status).toBe('confirmed')

      const response = await api.request(
        'POST',
        `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
        {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        },
      )
      expect(response.status).toBe(200)
      expect((await subscriberByEmail('oneclick@example.org'))?.status).toBe('unsubscribed')
      // Repeating it is harmless.
      const again = await api.request(
        'POST',
        `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
      )
      expect(again.status).toBe(200)
    })

    it('a GET of the one-click address goes to the unsubscribe page in the reader’s language', async () => {
      const subscriber = await subscribeAndConfirm('getter@example.org', 'be')
      const { subscriberToken } = await import('@/payload/newsletter/tokens')
      const response = await api.request(
        'GET',
        `/newsletter/unsubscribe?token=${encodeURIComponent(subscriberToken(subscriber.id))}`,
      )
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toMatch(/^\/be\/newsletter\/unsubscribe\?token=/)
      // A redirect changes nothing by itself.
      expect((await subscriberByEmail('getter@example.org'))?.status).toBe('confirmed')
    })

    it('the preferences form changes the language, and subscribes an unsubscribed reader again', async () => {
      const subscriber = await subscribeAndConfirm('switch@example.org', 'en')
      const { subscriberToken } = await import('@/payload/newsletter/tokens')
      const token = subscriberToken(subscriber.id)
      const change = await post(
        { token, language: 'ru', locale: 'en' },
        { path: '/newsletter/preferences' },
      )
      expect(change.status).toBe(303)
      expect(change.headers.get('location')).toMatch(
        /^\/en\/newsletter\/preferences\?token=.*&saved=1$/,
      )
      expect(await subscriberByEmail('switch@example.org')).toMatchObject({
        locale: 'ru',
        status: 'confirmed',
      })

      const { unsubscribe } = await import('@/payload/newsletter/subscriptions')
      await unsubscribe(payload, token)
      await post({ token, language: 'be', locale: 'en' }, { path: '/newsletter/preferences' })
      expect(await subscriberByEmail('switch@example.org')).toMatchObject({
        locale: 'be',
        status: 'confirmed',
      })

      const wrongLanguage = await post(
        { token, language: 'fr', locale: 'en' },
        { path: '/newsletter/preferences' },
      )
      expect(wrongLanguage.status).toBe(400)
      const forged = await post(
        { token: 'x.y', language: 'en', locale: 'en' },
        { path: '/newsletter/preferences' },
      )
      expect(forged.status).toBe(400)
      expect((await subscriberByEmail('switch@example.org'))?.locale).toBe('be')
    })
  })

  describe('the weekly digest', () => {
    let week: number | string

    const deliveries = async () =>
      (
        await payload.find({
          collection: 'digest-deliveries',
          where: { week: { equals: week } },
          limit: 1000,
          depth: 0,
          overrideAccess: true,
        })
      ).docs as DigestDelivery[]

    const runQueue = () => payload.jobs.run({ queue: 'default', limit: 50 })

    beforeAll(async () => {
      // Start clean: only the readers made here are confirmed.
      await payload.update({
        collection: 'subscribers',
        where: { status: { equals: 'confirmed' } },
        data: { status: 'unsubscribed' },
        overrideAccess: true,
      })
      const topic2 = await payload.create({
        collection: 'topics',
        data: { name: 'Economy', order: 0 },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'topics',
        id: topic2.id,
        locale: 'ru',
        data: { name: 'Экономика' },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'topics',
        id: world.topic,
        locale: 'ru',
        data: { name: 'Безопасность' },
        overrideAccess: true,
      })
      const created = await payload.create({
        collection: 'weeks',
        data: { startDate: digestWeekStart },
        draft: true,
        overrideAccess: true,
      })
      week = created.id
      // Two analyses: both in English, one also in Russian; nothing in Belarusian.
      const a = await payload.create({
        collection: 'articles',
        data: {
          title: 'Border checks tightened',
          lead: 'Checks at the western border grew longer this week.',
          topic: world.topic as number,
          week: week as number,
          verdict: 'worsened',
          _status: 'published',
        },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'articles',
        id: a.id,
        locale: 'ru',
        data: {
          title: 'Проверки на границе ужесточены',
          lead: 'Проверки на западной границе стали дольше.',
          _status: 'published',
        },
        overrideAccess: true,
      })
      await payload.create({
        collection: 'articles',
        data: {
          title: 'Prices held steady',
          lead: 'Consumer prices barely moved in November.',
          topic: topic2.id as number,
          week: week as number,
          verdict: 'unchanged',
          _status: 'published',
        },
        overrideAccess: true,
      })
      smtp.clear()
    })

    it('publishing the current week queues its digest; each reader gets only their language', async () => {
      const en = await subscribeAndConfirm('digest-en@example.org', 'en')
      const ru = await subscribeAndConfirm('digest-ru@example.org', 'ru')
      await subscribeAndConfirm('digest-be@example.org', 'be')
      await post({ email: 'digest-pending@example.org', language: 'en', locale: 'en' })
      await smtp.waitFor(4)
      smtp.clear()

      await payload.update({
        collection: 'weeks',
        id: week,
        data: { _status: 'published' },
        overrideAccess: true,
      })
      const queued = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendWeekDigest' } },
        overrideAccess: true,
      })
      expect(queued.docs.some((job) => JSON.stringify(job.input).includes(String(week)))).toBe(true)
      await runQueue()

      const mails = await smtp.waitFor(2)
      await new Promise((r) => setTimeout(r, 300))
      expect(mails.map((m) => m.to).sort()).toEqual([
        'digest-en@example.org',
        'digest-ru@example.org',
      ])

      const [english] = smtp.to('digest-en@example.org')
      expect(english.subject).toBe(`Weekly Monitor: ${formatWeekRange(digestWeekStart, 'en')}`)
      expect(english.text).toContain('Prices held steady')
      expect(english.text).toContain('Border checks tightened')
      expect(english.text).toMatch(/Security: ▼ Worsened/)
      expect(english.text.indexOf('Prices held steady')).toBeLessThan(
        english.text.indexOf('Border checks'),
      )
      expect(english.html).toContain('href="http://monitor.test/en/articles/')
      expect(english.html).toContain('<html lang="en">')
      expect(english.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
      const listUnsubscribe = String(english.header('list-unsubscribe'))
      expect(listUnsubscribe).toMatch(
        /^<http:\/\/monitor\.test\/api\/newsletter\/unsubscribe\?token=/,
      )
      expect(english.text).toContain(
        `http://monitor.test/en/newsletter/unsubscribe?token=${encodeURIComponent(`${en.id}.`)}`,
      )
      expect(english.messageId).toBe(`<digest.${week}.${en.id}@monitor.test>`)

      const [russian] = smtp.to('digest-ru@example.org')
      expect(russian.subject).toBe(`Weekly Monitor: ${formatWeekRange(digestWeekStart, 'ru')}`)
      expect(russian.text).toContain('Проверки на границе ужесточены')
      expect(russian.text).toMatch(/Безопасность: ▼ Ухудшилось|Безопасность: ▼/)
      expect(russian.text).not.toContain('Prices held steady')
      expect(russian.html).toContain('<html lang="ru">')
      expect(russian.text).toContain(
        `/ru/newsletter/unsubscribe?token=${encodeURIComponent(`${ru.id}.`)}`,
      )

      // The unsubscribe link in the e-mail works.
      const link = linkIn(english.text, 'http://monitor.test/en/newsletter/unsubscribe?token=')
      const { unsubscribe } = await import('@/payload/newsletter/subscriptions')
      expect(await unsubscribe(payload, new URL(link).searchParams.get('token'))).toMatchObject({
        status: 'unsubscribed',
      })
      await payload.update({
        collection: 'subscribers',
        id: en.id,
        data: { status: 'confirmed' },
        overrideAccess: true,
      })

      const rows = await deliveries()
      expect(rows).toHaveLength(2)
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true)
    })

    it('sending again (button, re-publish) sends nobody the week twice', async () => {
      const response = await api.request('POST', `/weeks/${week}/send-digest`, {
        headers: { authorization: `JWT ${world.editor.token}` },
      })
      expect(response.status).toBe(202)
      await payload.update({
        collection: 'weeks',
        id: week,
        data: { _status: 'published' },
        overrideAccess: true,
      })
      await runQueue()
      await new Promise((r) => setTimeout(r, 500))
      expect(smtp.received).toHaveLength(0)
      expect(await deliveries()).toHaveLength(2)
    })

    it('a language published later reaches its readers from the button, and only them', async () => {
      const articles = await payload.find({
        collection: 'articles',
        where: { week: { equals: week } },
        overrideAccess: true,
        depth: 0,
      })
      await payload.update({
        collection: 'articles',
        id: articles.docs[0].id,
        locale: 'be',
        data: { title: 'Беларускі тэкст', lead: 'Кароткі ўводны абзац.', _status: 'published' },
        overrideAccess: true,
      })
      await api.request('POST', `/weeks/${week}/send-digest`, {
        headers: { authorization: `JWT ${world.editor.token}` },
      })
      await runQueue()
      const [mail] = await smtp.waitFor(1)
      await new Promise((r) => setTimeout(r, 300))
      expect(smtp.received).toHaveLength(1)
      expect(mail.to).toBe('digest-be@example.org')
      expect(mail.text).toContain('Беларускі тэкст')
      expect(mail.subject).toBe(`Weekly Monitor: ${formatWeekRange(digestWeekStart, 'be')}`)
    })

    it('SMTP failures are retried with backoff, reported on the week, and sent once in the end', async () => {
      for (let i = 0; i < 4; i++) await subscribeAndConfirm(`retry${i}@example.org`, 'en')
      smtp.clear()
      smtp.refuseNext(2)
      await api.request('POST', `/weeks/${week}/send-digest`, {
        headers: { authorization: `JWT ${world.editor.token}` },
      })
      await runQueue()
      await smtp.waitFor(2)
      const status = await api.request('GET', `/weeks/${week}/digest-status`, {
        headers: { authorization: `JWT ${world.editor.token}` },
      })
      expect(await status.json()).toMatchObject({ ok: true, failed: 2, sent: 5 })
      const failed = (await deliveries()).filter((d) => d.status === 'failed')
      expect(failed).toHaveLength(2)
      expect(failed[0].lastError).toMatch(/451|busy/i)

      // The job failed and waits for its backoff (10 ms here), then retries only those two.
      await new Promise((r) => setTimeout(r, 100))
      await runQueue()
      await smtp.waitFor(4)
      await new Promise((r) => setTimeout(r, 300))
      const recipients = smtp.received.map((m) => m.to).sort()
      expect(recipients).toEqual([0, 1, 2, 3].map((i) => `retry${i}@example.org`))
      const rows = await deliveries()
      expect(rows.filter((d) => d.status === 'sent')).toHaveLength(rows.length)
      expect(rows.filter((d) => d.attempts === 2)).toHaveLength(2)
    })

    it('the digest endpoints are for editors only; a draft week cannot be sent', async () => {
      for (const token of [undefined, world.analystA.token]) {
        const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
        expect((await api.request('POST', `/weeks/${week}/send-digest`, { headers })).status).toBe(
          403,
        )
        expect((await api.request('GET', `/weeks/${week}/digest-status`, { headers })).status).toBe(
          403,
        )
      }
      const draft = await api.request('POST', `/weeks/${world.draftWeek}/send-digest`, {
        headers: { authorization: `JWT ${world.editor.token}` },
      })
      expect(draft.status).toBe(409)
      expect((await draft.json()).message).toMatch(/Publish the week/)
    })

    it('an archive week published long after the fact sends nothing by itself', async () => {
      const old = await payload.create({
        collection: 'weeks',
        data: { startDate: '2025-03-03', _status: 'published' },
        overrideAccess: true,
      })
      const jobs = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendWeekDigest' } },
        overrideAccess: true,
        limit: 100,
      })
      expect(jobs.docs.some((job) => JSON.stringify(job.input).includes(`"week":${old.id}`))).toBe(
        false,
      )
    })

    it('measures the send rate against the local SMTP server', async () => {
      const many = 60
      for (let i = 0; i < many; i++) {
        await payload.create({
          collection: 'subscribers',
          data: { email: `rate${i}@example.org`, locale: 'en', status: 'confirmed' },
          overrideAccess: true,
        })
      }
      const { sendWeekDigest } = await import('@/payload/newsletter/digest')
      const started = performance.now()
      const report = await sendWeekDigest(payload, week)
      const seconds = (performance.now() - started) / 1000
      expect(report.sent).toBe(many)
      console.info(
        `Digest send rate (${ctx.db.kind}, local SMTP, pooled connections): ${(many / seconds).toFixed(1)} digests/s`,
      )
      await smtp.waitFor(many)
    })
  })

  describe('editors', () => {
    it('export subscribers as CSV, filtered like the list; others may not', async () => {
      const csv = await api.request('GET', '/subscribers/export?where[status][equals]=pending', {
        headers: { authorization: `JWT ${world.editor.token}` },
      })
      expect(csv.status).toBe(200)
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
      expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="subscribers-/)
      const lines = (await csv.text()).trim().split('\n')
      expect(lines[0]).toBe('email,language,status,subscribed,confirmed,unsubscribed')
      expect(lines.length).toBeGreaterThan(1)
      expect(lines.slice(1).every((l) => l.split(',')[2] === 'pending')).toBe(true)

      for (const token of [undefined, world.analystA.token]) {
        const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
        expect((await api.request('GET', '/subscribers/export', { headers })).status).toBe(403)
      }
      const bad = await api.request('GET', '/subscribers/export?where[nope][equals]=1', {
        headers: { authorization: `JWT ${world.editor.token}` },
      })
      expect(bad.status).toBe(400)
    })

    it('resend a confirmation to a pending subscriber (not to a confirmed one)', async () => {
      await post({ email: 'resend@example.org', language: 'ru', locale: 'en' })
      await smtp.waitFor(1)
      smtp.clear()
      const pending = await subscriberByEmail('resend@example.org')
      const response = await api.request(
        'POST',
        `/subscribers/${pending!.id}/resend-confirmation`,
        {
          headers: { authorization: `JWT ${world.editor.token}` },
        },
      )
      expect(response.status).toBe(200)
      const [mail] = await smtp.waitFor(1)
      expect(mail.subject).toMatch(/Подтвердите подписку/)
      const confirmed = await subscriberByEmail('digest-ru@example.org')
      const refused = await api.request(
        'POST',
        `/subscribers/${confirmed!.id}/resend-confirmation`,
        {
          headers: { authorization: `JWT ${world.editor.token}` },
        },
      )
      expect(refused.status).toBe(409)
      const analyst = await api.request('POST', `/subscribers/${pending!.id}/resend-confirmation`, {
        headers: { authorization: `JWT ${world.analystA.token}` },
      })
      expect(analyst.status).toBe(403)
    })

    it('the public cannot list subscribers or deliveries over REST', async () => {
      expect((await api.rest('GET', '/subscribers')).status).toBe(403)
      expect((await api.rest('GET', '/digest-deliveries')).status).toBe(403)
      expect((await api.rest('GET', '/subscribers', { token: world.analystA.token })).status).toBe(
        403,
      )
    })
  })

  it('a job stranded by a dead runner is handed back to the queue', async () => {
    const job = await payload.jobs.queue({
      task: 'sendWeekDigest',
      input: { week: world.week as number },
    })
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: true },
      overrideAccess: true,
    })
    const { recoverStaleJobs } = await import('@/payload/jobs/recoverStaleJobs')
    expect(await recoverStaleJobs(payload)).toBe(0)
    process.env.JOB_STALE_AFTER_MS = '1'
    await new Promise((r) => setTimeout(r, 20))
    try {
      expect(await recoverStaleJobs(payload)).toBeGreaterThanOrEqual(1)
    } finally {
      delete process.env.JOB_STALE_AFTER_MS
    }
    const after = await payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
    })
    expect(after.processing).toBe(false)
  })
})
