'use client'

import { useLocale, useTranslations } from 'next-intl'
import { type FormEvent, useId, useRef, useState } from 'react'

import type { AppLocale } from '@/i18n/routing'

import { DigestLanguageField } from './DigestLanguageField'

type State = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent' | 'error'; message: string }

/**
 * The subscription form. Without JavaScript it is a plain POST to the newsletter endpoint;
 * with it, the answer (or the reason it was refused) appears in place.
 */
export function NewsletterForm() {
  const t = useTranslations('newsletter')
  const tl = useTranslations('language')
  const locale = useLocale()
  const id = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const status = useRef<HTMLParagraphElement>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setState({ kind: 'sending' })
    let next: State
    try {
      const response = await fetch('/api/newsletter/subscribe', {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams(
          [...new FormData(event.currentTarget).entries()].map(([k, v]) => [k, String(v)]),
        ),
      })
      const body = (await response.json()) as { ok: boolean; message: string }
      next = { kind: body.ok ? 'sent' : 'error', message: body.message }
    } catch {
      next = { kind: 'error', message: t('errors.failed') }
    }
    setState(next)
    requestAnimationFrame(() => status.current?.focus())
  }

  if (state.kind === 'sent') {
    return (
      <p className="newsletter-done" role="status" tabIndex={-1} ref={status}>
        {state.message}
      </p>
    )
  }
  return (
    <form
      className="newsletter-form"
      method="post"
      action="/api/newsletter/subscribe"
      onSubmit={submit}
    >
      <input type="hidden" name="locale" value={locale} />
      <div className="newsletter-fields">
        <div>
          <label htmlFor={`${id}-email`}>{t('emailLabel')}</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            inputMode="email"
            aria-describedby={state.kind === 'error' ? `${id}-status` : undefined}
            aria-invalid={state.kind === 'error' || undefined}
          />
        </div>
        <DigestLanguageField
          id={`${id}-language`}
          label={t('languageLabel')}
          names={{ en: tl('en'), be: tl('be'), ru: tl('ru') }}
          defaultValue={locale as AppLocale}
        />
      </div>
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor={`${id}-website`}>{t('honeypot')}</label>
        <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={state.kind === 'sending'}>
        {state.kind === 'sending' ? t('sending') : t('submit')}
      </button>
      <p
        id={`${id}-status`}
        className={state.kind === 'error' ? 'form-error' : 'muted'}
        role={state.kind === 'error' ? 'alert' : undefined}
        tabIndex={-1}
        ref={status}
      >
        {state.kind === 'error' ? state.message : t('privacy')}
      </p>
    </form>
  )
}
