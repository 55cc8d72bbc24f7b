import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'
import { simpleParser } from 'mailparser'

import { expectNoAxeViolations, expectNoHorizontalScroll, latestWeek, trilingual } from './helpers'

/** The outbox of the server under test (scripts/e2e-server.mjs writes .eml files there). */
function outbox(): string {
  const current = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), 'wm-e2e-current.json'), 'utf8'),
  ) as { env: { MAIL_OUTBOX_DIR: string } }
  return current.env.MAIL_OUTBOX_DIR
}

/** Waits for the newest e-mail to `to` whose subject matches, and parses it. */
async function mailTo(to: string, subject: RegExp, timeoutMs = 30_000) {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    const dir = outbox()
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort().reverse() : []
    for (const file of files) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
      const address = Array.isArray(mail.to) ? mail.to[0] : mail.to
      if (address?.value[0]?.address === to && subject.test(mail.subject ?? '')) return mail
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`no e-mail to ${to} matching ${subject}`)
}

/** The link in an e-mail, pointed at the server under test. */
const linkIn = (text: string, pathPrefix: string) => {
  const match = text.match(
    new RegExp(`https?://[^/\\s]+(${pathPrefix.replace(/[?]/g, '\\?')}[^\\s]*)`),
  )
  if (!match) throw new Error(`no ${pathPrefix} link in:\n${text}`)
  return match[1]
}

async function submitNewsletterForm(page: Page, email: string, language: string) {
  const box = page.locator('#newsletter')
  await box.scrollIntoViewIfNeeded()
  await box.getByLabel(/E-mail address/).fill(email)
  await box.getByLabel(/Digest language/).selectOption(language)
  await box.getByRole('button', { name: 'Subscribe' }).click()
}

test.describe('newsletter', () => {
  test('a reader on a phone subscribes from an analysis, confirms from the e-mail and unsubscribes from the digest', async ({
    page,
    request,
  }) => {
    test.skip(
      test.info().project.name !== 'phone',
      'the phone journey; desktop checks the form without JavaScript',
    )
    const email = `phone-${Date.now().toString(36)}@example.org`
    const articleUrl = `/en/articles/${trilingual.slug}`
    await page.goto(articleUrl)
    await submitNewsletterForm(page, email, 'be')
    // JavaScript answers in place: same page, a message where the form was.
    await expect(page.locator('#newsletter [role="status"]')).toContainText('Check your inbox')
    expect(new URL(page.url()).pathname).toBe(articleUrl)
    await expectNoHorizontalScroll(page)

    const confirmation = await mailTo(email, /Пацвердзіце падпіску/)
    expect(confirmation.html).toBeTruthy()
    await page.goto(linkIn(confirmation.text ?? '', '/be/newsletter/confirm?token='))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Падпіска пацверджана')
    await expect(page.getByRole('status')).toContainText(email)
    await expectNoAxeViolations(page)
    await page.screenshot({
      path: 'test-results/screens/newsletter-confirmed-phone.png',
      fullPage: true,
    })

    // The editor sends the latest week's digest; it arrives in Belarusian.
    const login = await request.post('/api/users/login', {
      data: { email: 'editor@monitor.local', password: 'demo-editor' },
    })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const weeks = await request.get(
      `/api/weeks?where[slug][equals]=${latestWeek.startDate}&depth=0`,
      {
        headers,
      },
    )
    const week = (await weeks.json()).docs[0]
    const send = await request.post(`/api/weeks/${week.id}/send-digest`, { headers })
    expect(send.status()).toBe(202)
    const digest = await mailTo(email, /лістапада|лістапад/, 45_000)
    expect(digest.text).toContain(trilingual.text.be?.title ?? 'missing Belarusian title')
    expect(digest.headerLines.some((h) => h.key === 'list-unsubscribe-post')).toBe(true)

    await page.goto(linkIn(digest.text ?? '', '/be/newsletter/unsubscribe?token='))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вы адпісаліся')
    await expect(page.getByRole('status')).toContainText(email)
    await page.screenshot({
      path: 'test-results/screens/newsletter-unsubscribed-phone.png',
      fullPage: true,
    })

    // Changed their mind: subscribed again, now in Russian.
    await page.getByLabel('Мова дайджэсту').selectOption('ru')
    await page.getByRole('button', { name: 'Падпісацца зноў' }).click()
    await expect(page.getByRole('status')).toContainText(
      'на русском'.replace('на русском', 'па-руску'),
    )
  })

  test('without JavaScript the form posts and lands on the "check your inbox" page; mistakes keep what was typed', async ({
    browser,
  }) => {
    test.skip(test.info().project.name !== 'desktop', 'checked once, on the desktop project')
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/ru/subscribe')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Подписка на еженедельный дайджест',
    )
    const form = page.locator('form.newsletter-form')
    // A mistake the browser lets through (it only checks the shape): the server explains,
    // in Russian, and the form comes back with what was typed.
    await form.getByLabel('Адрес электронной почты').fill('reader@gmail')
    await form.getByRole('button', { name: 'Подписаться' }).click()
    await expect(page.getByRole('alert')).toContainText('Это не похоже на адрес')
    await expect(page.getByLabel('Адрес электронной почты')).toHaveValue('reader@gmail')

    const email = `nojs-${Date.now().toString(36)}@example.org`
    await page.getByLabel('Адрес электронной почты').fill(email)
    await page.getByRole('button', { name: 'Подписаться' }).click()
    await expect(page).toHaveURL(/\/ru\/subscribe\?sent=1$/)
    await expect(page.getByRole('status')).toContainText('Проверьте почту')
    await mailTo(email, /Подтвердите подписку/)
    await context.close()
  })
})
