import fs from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export const outboxDir = () =>
  path.resolve(/*turbopackIgnore: true*/ process.env.MAIL_OUTBOX_DIR || 'data/outbox')

type Options = { from: string; fromName: string }

/**
 * Digests go out one after another: a small pool of kept-open SMTP connections sends them
 * several times faster than a new connection per message. `?pool=false` in SMTP_URL opts out.
 */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl)
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true')
  return url.toString()
}

/**
 * Payload e-mail adapter on nodemailer. With SMTP_URL it sends over SMTP; without it every
 * message is written as an .eml file to the outbox folder, so the demo needs no mail server.
 */
export function mailAdapter({ from, fromName }: Options): EmailAdapter {
  return () => {
    const smtpUrl = process.env.SMTP_URL
    const transport = smtpUrl
      ? nodemailer.createTransport(pooled(smtpUrl))
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    return {
      name: smtpUrl ? 'smtp' : 'outbox',
      defaultFromAddress: from,
      defaultFromName: fromName,
      sendEmail: async (message: SendEmailOptions) => {
        const info = await transport.sendMail({ from: `"${fromName}" <${from}>`, ...message })
        if (!smtpUrl && 'message' in info && Buffer.isBuffer(info.message)) {
          const dir = outboxDir()
          fs.mkdirSync(dir, { recursive: true })
          const file = path.join(
            dir,
            `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-z0-9]/gi, '')}.eml`,
          )
          fs.writeFileSync(file, info.message)
          return { ...info, file }
        }
        return info
      },
    }
  }
}
