'use client'

import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

const LABEL: Record<string, string> = {
  en: 'Export as CSV',
  be: 'Экспарт у CSV',
  ru: 'Экспорт в CSV',
}

/** Downloads the subscribers the list currently shows (its filters travel in the query). */
export function SubscribersExport() {
  const { i18n } = useTranslation()
  const params = useSearchParams()
  const where = new URLSearchParams()
  for (const [key, value] of params.entries()) {
    if (key.startsWith('where')) where.append(key, value)
  }
  const query = where.toString()
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`/api/subscribers/export${query ? `?${query}` : ''}`}
        download
      >
        {LABEL[i18n.language] ?? LABEL.en}
      </a>
    </p>
  )
}
