'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const LABEL: Record<string, string> = {
  en: 'Resend confirmation',
  be: 'Даслаць пацверджанне яшчэ раз',
  ru: 'Отправить подтверждение ещё раз',
}

/** For pending subscribers: e-mail them a new confirmation link. */
export function ResendConfirmation() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const [message, setMessage] = useState('')
  if (!id) return null
  const resend = async () => {
    const response = await fetch(`/api/subscribers/${id}/resend-confirmation`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? response.statusText)
  }
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => void resend()}>
        {LABEL[i18n.language] ?? LABEL.en}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
