import { simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = {
  to: string
  subject: string
  text: string
  html: string
  /** A header's raw value, unfolded, as the mail client sees it. */
  header: (name: string) => string | undefined
  messageId: string
}

/**
 * A real SMTP server in the test process (the `smtp-server` package). Messages count as
 * delivered only when the server has answered 250 to a client still connected, as a real
 * server would. It can refuse messages (451, a temporary failure) or hold each one before
 * answering, to catch a sender in the middle of a send.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = []
  const arrivals: Array<(count: number) => void> = []
  let refuse = 0
  let holdMs = 0
  let onData: ((count: number) => void) | null = null
  let dataCount = 0

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      dataCount++
      onData?.(dataCount)
      simpleParser(stream)
        .then(async (mail) => {
          if (refuse > 0) {
            refuse--
            const error = new Error('Mailbox busy, try again later') as Error & {
              responseCode: number
            }
            error.responseCode = 451
            return callback(error)
          }
          if (holdMs) await new Promise((r) => setTimeout(r, holdMs))
          if ((session as { closed?: boolean }).closed) return callback(new Error('gone'))
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
          received.push({
            to: to?.value[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            header: (name) =>
              mail.headerLines
                .find((h) => h.key === name.toLowerCase())
                ?.line.replace(/^[^:]+:\s*/, '')
                .replace(/\r?\n\s+/g, ' '),
            messageId: mail.messageId ?? '',
          })
          for (const wake of arrivals.splice(0)) wake(received.length)
          callback()
        })
        .catch(callback)
    },
    onClose(session) {
      ;(session as { closed?: boolean }).closed = true
    },
  })
  // A killed sender resets its connection; a real server shrugs that off too.
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Messages to one address. */
    to: (address: string) => received.filter((m) => m.to === address),
    /** Refuses the next n messages with 451. */
    refuseNext: (n: number) => {
      refuse = n
    },
    /** Holds each message this long before accepting it. */
    hold: (ms: number) => {
      holdMs = ms
    },
    /** Called as each message's data starts arriving (count of all arrivals so far). */
    onDataStart: (fn: ((count: number) => void) | null) => {
      onData = fn
      dataCount = 0
    },
    async waitFor(count: number, timeoutMs = 30_000) {
      const start = Date.now()
      while (received.length < count) {
        if (Date.now() - start > timeoutMs) {
          throw new Error(`expected ${count} e-mails, received ${received.length}`)
        }
        await new Promise<number>((resolve) => {
          arrivals.push(resolve)
          setTimeout(() => resolve(received.length), 250)
        })
      }
      return received
    },
    clear: () => {
      received.length = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>

/** The first link in a text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const match = text.match(
    new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\\s"<>]*`),
  )
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${text}`)
  return match[0].replace(/&amp;/g, '&')
}
