import { type AppLocale, isLocale, locales } from '@/i18n/routing'
import { BodyTooLargeError, readCappedBody } from '@/payload/utilities/readCappedBody'

import { escapeHtml } from './html'
import { translator } from './messages'

/**
 * The largest form post the newsletter endpoints read. An address and three short fields
 * need far less; the margin lets an absurd address get its own message ("too long").
 */
export const MAX_FORM_BYTES = 64 * 1024

export class FormError extends Error {
  constructor(
    public readonly status: number,
    public readonly key: 'tooLarge' | 'unsupported',
  ) {
    super(key)
  }
}

/**
 * Reads a browser form post (urlencoded or multipart) of at most MAX_FORM_BYTES. JSON and
 * other bodies are refused: these endpoints serve the site's forms, not an API.
 */
export async function readForm(req: {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}): Promise<Record<string, string>> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  if (
    !type.startsWith('application/x-www-form-urlencoded') &&
    !type.startsWith('multipart/form-data')
  ) {
    throw new FormError(415, 'unsupported')
  }
  let body: Buffer
  try {
    body = await readCappedBody(req, MAX_FORM_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new FormError(413, 'tooLarge')
    throw error
  }
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': type },
    }).formData()
  } catch {
    throw new FormError(400, 'unsupported')
  }
  const fields: Record<string, string> = {}
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string' && !(name in fields)) fields[name] = value
  }
  return fields
}

export const pageLocale = (value: unknown): AppLocale =>
  typeof value === 'string' && isLocale(value) ? value : 'en'

/**
 * The answer to a form sent without JavaScript that could not be accepted: the reason, and
 * the form again with what the reader typed, so nothing is lost. Rendered here rather than
 * by a page so the response keeps its 4xx status.
 */
export function formErrorPage(
  status: number,
  locale: AppLocale,
  message: string,
  fields: { email?: string; language?: string } = {},
): Response {
  const t = translator(locale)
  const email = (fields.email ?? '').slice(0, 254)
  const chosen = fields.language && isLocale(fields.language) ? fields.language : locale
  const options = locales
    .map(
      (code) =>
        `<option value="${code}"${code === chosen ? ' selected' : ''}>${escapeHtml(t(`language.${code}`))}</option>`,
    )
    .join('')
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t('newsletter.pageTitle'))}</title>
<style>body{font:17px/1.5 Georgia,serif;margin:0;padding:24px 16px;background:#fbfaf7;color:#1d1d1f}main{max-width:36rem;margin:0 auto}
.error{border-left:4px solid #9b1c1c;padding:8px 12px;background:#fff3f3}label{display:block;margin:16px 0 4px;font:600 15px system-ui,sans-serif}
input,select,button{font:16px system-ui,sans-serif;padding:10px;width:100%;box-sizing:border-box}button{margin-top:16px;background:#6b1f1f;color:#fff;border:0;border-radius:4px}
a{color:#6b1f1f}.hp{position:absolute;left:-10000px}</style></head>
<body><main><h1>${escapeHtml(t('newsletter.pageTitle'))}</h1>
<p class="error" role="alert">${escapeHtml(message)}</p>
<form method="post" action="/api/newsletter/subscribe">
<input type="hidden" name="locale" value="${locale}">
<label for="email">${escapeHtml(t('newsletter.emailLabel'))}</label>
<input id="email" name="email" type="email" required autocomplete="email" value="${escapeHtml(email)}">
<label for="language">${escapeHtml(t('newsletter.languageLabel'))}</label>
<select id="language" name="language">${options}</select>
<div class="hp" aria-hidden="true"><label for="website">${escapeHtml(t('newsletter.honeypot'))}</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${escapeHtml(t('newsletter.submit'))}</button>
</form>
<p><a href="/${locale}">${escapeHtml(t('newsletter.back'))}</a></p></main></body></html>`
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}
