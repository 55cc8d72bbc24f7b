import type { Payload } from 'payload'

import type { AppLocale } from '@/i18n/routing'
import { formatWeekRange } from '@/lib/format'

import { serverUrl } from '../env'
import { escapeHtml } from './html'
import { translator } from './messages'
import { subscriberToken } from './tokens'

export type Mail = {
  to: string
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
  messageId?: string
}

export type DigestItem = {
  topic: string
  verdict: 'improved' | 'unchanged' | 'worsened'
  title: string
  lead: string
  slug: string
}

export type DigestContent = {
  locale: AppLocale
  weekId: number | string
  weekSlug: string
  weekStart: string
  summary: string
  items: DigestItem[]
}

const siteUrl = (path: string) => `${serverUrl()}${path}`

export async function siteName(payload: Payload, locale: AppLocale): Promise<string> {
  const site = await payload.findGlobal({ slug: 'site', locale, depth: 0 })
  return site.siteName || 'Weekly Monitor'
}

/** The one-click links every newsletter e-mail carries (RFC 8058). */
function subscriberLinks(subscriberId: number | string, locale: AppLocale) {
  const token = encodeURIComponent(subscriberToken(subscriberId))
  return {
    unsubscribe: siteUrl(`/${locale}/newsletter/unsubscribe?token=${token}`),
    preferences: siteUrl(`/${locale}/newsletter/preferences?token=${token}`),
    oneClick: siteUrl(`/api/newsletter/unsubscribe?token=${token}`),
  }
}

function listHeaders(links: ReturnType<typeof subscriberLinks>): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.oneClick}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}

/** A single-column layout with inline styles: what mail clients on phones render reliably. */
function layout(locale: AppLocale, site: string, body: string, footer: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(site)}</title></head>
<body style="margin:0;padding:0;background:#f4f2ec;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f2ec;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:6px;font-family:Georgia,'Times New Roman',serif;color:#1d1d1f;">
<tr><td style="padding:20px 24px 8px;font-family:Arial,Helvetica,sans-serif;font-size:14px;font-weight:bold;letter-spacing:.04em;text-transform:uppercase;color:#6b1f1f;">${escapeHtml(site)}</td></tr>
<tr><td style="padding:0 24px 16px;font-size:16px;line-height:1.5;">${body}</td></tr>
<tr><td style="padding:16px 24px 20px;border-top:1px solid #e6e2d8;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#5f5f66;">${footer}</td></tr>
</table></td></tr></table>
</body></html>`
}

const button = (href: string, label: string) =>
  `<p style="margin:24px 0;"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:#6b1f1f;color:#ffffff;text-decoration:none;border-radius:4px;font-family:Arial,Helvetica,sans-serif;font-weight:bold;">${escapeHtml(label)}</a></p>`

export async function confirmationMail(
  payload: Payload,
  { email, locale, token }: { email: string; locale: AppLocale; token: string },
): Promise<Mail> {
  const t = translator(locale)
  const site = await siteName(payload, locale)
  const language = t(`newsletter.languages.${locale}`)
  const link = siteUrl(`/${locale}/newsletter/confirm?token=${encodeURIComponent(token)}`)
  const intro = t('mail.confirmIntro', { site, language })
  const ignore = t('mail.confirmIgnore')
  return {
    to: email,
    subject: t('mail.confirmSubject', { site }),
    html: layout(
      locale,
      site,
      `<p>${escapeHtml(intro)}</p>${button(link, t('mail.confirmAction'))}<p style="font-size:14px;color:#5f5f66;">${escapeHtml(ignore)}</p>`,
      escapeHtml(site),
    ),
    text: `${intro}\n\n${t('mail.confirmAction')}:\n${link}\n\n${ignore}\n`,
  }
}

export async function alreadySubscribedMail(
  payload: Payload,
  subscriber: { id: number | string; email: string; locale: AppLocale },
): Promise<Mail> {
  const { locale, email } = subscriber
  const t = translator(locale)
  const site = await siteName(payload, locale)
  const links = subscriberLinks(subscriber.id, locale)
  const intro = t('mail.alreadyIntro')
  return {
    to: email,
    subject: t('mail.alreadySubject', { site }),
    html: layout(
      locale,
      site,
      `<p>${escapeHtml(intro)}</p>${button(links.preferences, t('mail.changeLanguage'))}`,
      footerHtml(t, site, email, links),
    ),
    text: `${intro}\n\n${footerText(t, site, email, links)}`,
    headers: listHeaders(links),
  }
}

function footerHtml(
  t: ReturnType<typeof translator>,
  site: string,
  email: string,
  links: ReturnType<typeof subscriberLinks>,
) {
  return `${escapeHtml(t('mail.footer', { email, site }))}<br><a href="${escapeHtml(links.unsubscribe)}" style="color:#5f5f66;">${escapeHtml(t('mail.unsubscribe'))}</a> · <a href="${escapeHtml(links.preferences)}" style="color:#5f5f66;">${escapeHtml(t('mail.changeLanguage'))}</a>`
}

function footerText(
  t: ReturnType<typeof translator>,
  site: string,
  email: string,
  links: ReturnType<typeof subscriberLinks>,
) {
  return `--\n${t('mail.footer', { email, site })}\n${t('mail.unsubscribe')}: ${links.unsubscribe}\n${t('mail.changeLanguage')}: ${links.preferences}\n`
}

const verdictMarks = { improved: '▲', unchanged: '●', worsened: '▼' } as const
const verdictColours = { improved: '#1f6b3a', unchanged: '#5f5f66', worsened: '#9b1c1c' } as const

export function digestMail(
  content: DigestContent,
  site: string,
  subscriber: { id: number | string; email: string },
): Mail {
  const { locale } = content
  const t = translator(locale)
  const links = subscriberLinks(subscriber.id, locale)
  const range = formatWeekRange(content.weekStart, locale)
  const title = t('week.situationIn', { range })
  const weekUrl = siteUrl(`/${locale}/weeks/${content.weekSlug}`)
  const intro = t('mail.digestIntro', { week: range })

  const itemsHtml = content.items
    .map((item) => {
      const url = siteUrl(`/${locale}/articles/${item.slug}`)
      const verdict = `${verdictMarks[item.verdict]} ${t(`verdict.${item.verdict}`)}`
      return `<tr><td style="padding:16px 0;border-top:1px solid #e6e2d8;">
<p style="margin:0 0 4px;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#5f5f66;">${escapeHtml(item.topic)} · <strong style="color:${verdictColours[item.verdict]};">${escapeHtml(verdict)}</strong></p>
<h2 style="margin:0 0 8px;font-size:19px;line-height:1.3;"><a href="${escapeHtml(url)}" style="color:#1d1d1f;">${escapeHtml(item.title)}</a></h2>
<p style="margin:0 0 8px;">${escapeHtml(item.lead)}</p>
<p style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;"><a href="${escapeHtml(url)}" style="color:#6b1f1f;">${escapeHtml(t('mail.readOn'))} →</a></p>
</td></tr>`
    })
    .join('\n')

  const summaryHtml = content.summary ? `<p>${escapeHtml(content.summary)}</p>` : ''
  const html = layout(
    locale,
    site,
    `<h1 style="margin:8px 0 12px;font-size:24px;line-height:1.25;">${escapeHtml(title)}</h1>
<p style="color:#5f5f66;">${escapeHtml(intro)}</p>${summaryHtml}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${itemsHtml}</table>
${button(weekUrl, t('mail.readWeek'))}`,
    footerHtml(t, site, subscriber.email, links),
  )

  const itemsText = content.items
    .map(
      (item) =>
        `${item.topic}: ${verdictMarks[item.verdict]} ${t(`verdict.${item.verdict}`)}\n${item.title}\n${item.lead}\n${siteUrl(`/${locale}/articles/${item.slug}`)}`,
    )
    .join('\n\n')
  const text = `${title}\n${'='.repeat(Math.min(title.length, 60))}\n\n${intro}\n\n${content.summary ? `${content.summary}\n\n` : ''}${itemsText}\n\n${t('mail.readWeek')}: ${weekUrl}\n\n${footerText(t, site, subscriber.email, links)}`

  return {
    to: subscriber.email,
    subject: t('mail.digestSubject', { site, week: range }),
    html,
    text,
    headers: listHeaders(links),
    messageId: `<digest.${content.weekId}.${subscriber.id}@${new URL(serverUrl()).hostname}>`,
  }
}
