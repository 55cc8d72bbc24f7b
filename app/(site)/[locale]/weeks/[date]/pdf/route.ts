import { getTranslations } from 'next-intl/server'

import { type AppLocale, isLocale, routing } from '@/i18n/routing'
import { getWeekBySlug } from '@/lib/weeks'
import { getWeekPdf } from '@/lib/weekPdf'

type Context = { params: Promise<{ locale: string; date: string }> }

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  )

/** A week with nothing published in this language: say so in it, and link the week's page. */
async function notFound(locale: AppLocale, date: string | null) {
  const t = await getTranslations({ locale, namespace: 'pdf' })
  const link = date
    ? `<p><a href="/${locale}/weeks/${escapeHtml(date)}">${escapeHtml(t('weekLink'))}</a></p>`
    : ''
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('notFoundTitle'))}</title></head><body><h1>${escapeHtml(t('notFoundTitle'))}</h1><p>${escapeHtml(t('notFoundBody'))}</p>${link}</body></html>`
  return new Response(html, {
    status: 404,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': locale,
      'Cache-Control': 'private, no-store',
    },
  })
}

/** The week as a PDF in the reader's language (`/{locale}/weeks/{date}/pdf`). */
export async function GET(_request: Request, { params }: Context) {
  const { locale: raw, date } = await params
  const locale = isLocale(raw) ? raw : routing.defaultLocale
  if (!isLocale(raw) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return notFound(locale, null)
  const pdf = await getWeekPdf(date, locale)
  // The week's own page may still exist here (its summary), so it is worth a link.
  if (!pdf) return notFound(locale, (await getWeekBySlug(date, locale)) ? date : null)
  const maxAge = process.env.SHARED_CACHE_MAX_AGE ?? '300'
  const stale = process.env.SHARED_CACHE_STALE ?? '86400'
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Language': locale,
      'Content-Disposition': `inline; filename="weekly-monitor-${date}-${locale}.pdf"`,
      // Shared caches may keep it like the week page; a publish purges both (same tags).
      'Cache-Control': `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${stale}`,
    },
  })
}
