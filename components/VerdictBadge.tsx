import { getTranslations } from 'next-intl/server'

import type { Article } from '@/payload-types'

export type Verdict = Article['verdict']

/** Shape + word + colour: the verdict never depends on colour alone. */
export function VerdictIcon({ verdict, size = 14 }: { verdict: Verdict; size?: number }) {
  const paths: Record<Verdict, string> = {
    improved: 'M8 2 L14 12 L2 12 Z',
    unchanged: 'M2 6 H14 V10 H2 Z',
    worsened: 'M2 4 H14 L8 14 Z',
  }
  return (
    <svg
      className="verdict-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[verdict]} fill="currentColor" />
    </svg>
  )
}

export async function VerdictBadge({ verdict, locale }: { verdict: Verdict; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'verdict' })
  return (
    <span className={`verdict verdict--${verdict}`}>
      <VerdictIcon verdict={verdict} />
      {t(verdict)}
    </span>
  )
}
