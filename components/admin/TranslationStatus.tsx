import type { DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'

import { type Locale, type TranslationState, translationStatus } from '@/payload/editorial'

const LABELS: Record<string, Record<TranslationState | 'title', string>> = {
  en: {
    title: 'Translations',
    published: 'published',
    changed: 'published, unpublished changes',
    draft: 'draft only',
    missing: 'missing',
  },
  be: {
    title: 'Пераклады',
    published: 'апублікаваны',
    changed: 'апублікаваны, ёсць неапублікаваныя праўкі',
    draft: 'толькі чарнавік',
    missing: 'няма',
  },
  ru: {
    title: 'Переводы',
    published: 'опубликован',
    changed: 'опубликован, есть неопубликованные правки',
    draft: 'только черновик',
    missing: 'нет',
  },
}

const SYMBOL: Record<TranslationState, string> = {
  published: '●',
  changed: '◐',
  draft: '○',
  missing: '–',
}
const COLOR: Record<TranslationState, string> = {
  published: '#1d6b3a',
  changed: '#8a6d00',
  draft: '#4f5560',
  missing: '#a8231f',
}

export function TranslationBadges({
  status,
  language,
}: {
  status: Record<Locale, TranslationState>
  language: string
}) {
  const labels = LABELS[language] ?? LABELS.en
  return (
    <span style={{ display: 'inline-flex', gap: '0.6rem', whiteSpace: 'nowrap' }}>
      {(Object.keys(status) as Locale[]).map((locale) => (
        <span
          key={locale}
          title={`${locale.toUpperCase()}: ${labels[status[locale]]}`}
          style={{ color: COLOR[status[locale]] }}
        >
          {locale.toUpperCase()} {SYMBOL[status[locale]]}
          <span
            style={{
              position: 'absolute',
              width: 1,
              height: 1,
              overflow: 'hidden',
              clip: 'rect(0 0 0 0)',
            }}
          >
            {labels[status[locale]]}
          </span>
        </span>
      ))}
    </span>
  )
}

/** List view column: which translations exist and which are published. */
export async function TranslationStatusCell({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  if (!rowData?.id) return null
  return (
    <TranslationBadges
      status={await translationStatus(payload, rowData.id)}
      language={i18n.language}
    />
  )
}

/** Edit view panel: the same, with a legend. */
export async function TranslationStatusPanel({ id, payload, i18n }: UIFieldServerProps) {
  const labels = LABELS[i18n.language] ?? LABELS.en
  if (!id) return null
  const status = await translationStatus(payload, id)
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <div className="field-label">{labels.title}</div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(Object.keys(status) as Locale[]).map((locale) => (
          <li key={locale} style={{ color: COLOR[status[locale]] }}>
            {SYMBOL[status[locale]]} {locale.toUpperCase()} – {labels[status[locale]]}
          </li>
        ))}
      </ul>
    </div>
  )
}
