'use client'

import { Button, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { isEditorUser } from '@/payload/access/roles'
import type { User } from '@/payload-types'

type Status = { confirmed: number; sent: number; failed: number; sending: number; pending: number }

const TEXT = {
  en: {
    title: 'Newsletter digest',
    counts: 'Sent {sent} · failed {failed} · pending {pending} (of {confirmed} confirmed)',
    sending: '{n} being sent now',
    send: 'Send digest',
    hint: 'Publishing a current week sends it by itself. The button sends to confirmed subscribers who do not have this week yet.',
    unpublished: 'Publish the week to send its digest.',
  },
  be: {
    title: 'Дайджэст рассылкі',
    counts: 'Даслана {sent} · памылак {failed} · чакаюць {pending} (з {confirmed} пацверджаных)',
    sending: 'Адпраўляецца зараз: {n}',
    send: 'Даслаць дайджэст',
    hint: 'Публікацыя бягучага тыдня дасылае дайджэст сама. Кнопка дасылае яго пацверджаным падпісчыкам, якія яшчэ не атрымалі гэты тыдзень.',
    unpublished: 'Апублікуйце тыдзень, каб даслаць дайджэст.',
  },
  ru: {
    title: 'Дайджест рассылки',
    counts:
      'Отправлено {sent} · ошибок {failed} · ожидают {pending} (из {confirmed} подтверждённых)',
    sending: 'Отправляется сейчас: {n}',
    send: 'Отправить дайджест',
    hint: 'Публикация текущей недели отправляет дайджест сама. Кнопка отправляет его подтверждённым подписчикам, которые ещё не получили эту неделю.',
    unpublished: 'Опубликуйте неделю, чтобы отправить дайджест.',
  },
} as const

const fill = (text: string, values: Record<string, number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

/** The week's digest: delivery counts and the "Send digest" action. */
export function DigestPanel() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { user } = useAuth<User>()
  // The field's admin.condition hides it already; this keeps a stray render from polling.
  const maySend = isEditorUser(user)
  const t = TEXT[i18n.language as keyof typeof TEXT] ?? TEXT.en
  const [status, setStatus] = useState<Status | null>(null)
  const [message, setMessage] = useState('')

  const [sentAt, setSentAt] = useState(0)

  // Polls while the editor looks at the week: a send moves the counts every few seconds.
  useEffect(() => {
    if (!id || !maySend) return
    let live = true
    const load = () =>
      fetch(`/api/weeks/${id}/digest-status`, { credentials: 'include' })
        .then((response) => (response.ok ? (response.json() as Promise<Status>) : null))
        .then((next) => {
          if (live && next) setStatus(next)
        })
        .catch(() => undefined)
    void load()
    const timer = setInterval(() => void load(), 5000)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [id, maySend, sentAt])

  if (!id || !maySend) return null
  const send = async () => {
    const response = await fetch(`/api/weeks/${id}/send-digest`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? response.statusText)
    setSentAt(Date.now())
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }} data-testid="digest-panel">
      <h4 style={{ marginBottom: '0.5rem' }}>{t.title}</h4>
      {status && <p>{fill(t.counts, status)}</p>}
      {status && status.sending > 0 && <p>{fill(t.sending, { n: status.sending })}</p>}
      {hasPublishedDoc ? (
        <>
          <Button buttonStyle="secondary" size="small" onClick={() => void send()}>
            {t.send}
          </Button>
          <p style={{ fontSize: '0.85em', opacity: 0.8 }}>{t.hint}</p>
        </>
      ) : (
        <p>{t.unpublished}</p>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
