import { getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/i18n/routing'
import { formatWeekRangeShort } from '@/lib/format'
import { runningBalance } from '@/lib/verdicts'
import type { Article } from '@/payload-types'

import { VerdictIcon } from './VerdictBadge'

type Point = { verdict: Article['verdict']; weekStart: string }

const LEVEL = { improved: 0, unchanged: 1, worsened: 2 } as const

/**
 * A topic's verdicts over time, drawn on the server as SVG: one dot per week in the row of
 * its verdict, and the running balance as a line. The figure carries a text alternative.
 *
 * The SVG has no viewBox: its heights are CSS pixels and its horizontal positions are
 * percentages, so it stretches to any width without shrinking its text (a scaled-down
 * drawing left 6 px labels on phones). The row labels are HTML beside it, at the same
 * pixel heights.
 */
export async function TopicChart({ points, locale }: { points: Point[]; locale: AppLocale }) {
  const t = await getTranslations({ locale })
  if (points.length === 0) return null
  const rowsTop = 16
  const rowGap = 34
  const chartTop = rowsTop + rowGap * 2 + 22
  const chartHeight = 84
  const height = chartTop + chartHeight + 8
  const x = (i: number) =>
    `${points.length > 1 ? ((i / (points.length - 1)) * 100).toFixed(2) : 50}%`
  const balance = runningBalance(points.map((p) => p.verdict))
  // The line uses the height it needs: from its lowest to its highest point, zero included.
  const top = Math.max(0, ...balance)
  const bottom = Math.min(0, ...balance)
  const span = Math.max(1, top - bottom)
  const y = (v: number) => chartTop + 6 + ((top - v) / span) * (chartHeight - 12)
  const rowY = (v: Article['verdict']) => rowsTop + LEVEL[v] * rowGap
  const counts = { improved: 0, unchanged: 0, worsened: 0 }
  for (const p of points) counts[p.verdict]++
  const description = t('topics.chartDescription', {
    ...counts,
    from: formatWeekRangeShort(points[0].weekStart, locale),
    to: formatWeekRangeShort(points[points.length - 1].weekStart, locale),
  })
  const verdicts = ['improved', 'unchanged', 'worsened'] as const
  return (
    <figure className="chart">
      <div className="chart__grid" style={{ gridTemplateRows: `${height}px auto` }}>
        <ul className="chart__labels" aria-hidden="true">
          {verdicts.map((v) => (
            <li key={v} className={`chart__label chart__label--${v}`} style={{ top: rowY(v) }}>
              <VerdictIcon verdict={v} size={12} />
              {t(`verdict.${v}`)}
            </li>
          ))}
          <li className="chart__label" style={{ top: y(0) }}>
            {t('topics.trend')}
          </li>
        </ul>
        <svg
          className="chart__plot"
          width="100%"
          height={height}
          role="img"
          aria-labelledby="chart-title chart-desc"
          overflow="visible"
        >
          <title id="chart-title">{t('topics.chartTitle')}</title>
          <desc id="chart-desc">{description}</desc>
          {verdicts.map((v) => (
            <line key={v} className="axis" x1="0" x2="100%" y1={rowY(v)} y2={rowY(v)} />
          ))}
          {points.map((p, i) => (
            <circle
              key={p.weekStart}
              className={`dot-${p.verdict}`}
              cx={x(i)}
              cy={rowY(p.verdict)}
              r={6}
            />
          ))}
          <line className="axis" x1="0" x2="100%" y1={y(0)} y2={y(0)} strokeDasharray="4 4" />
          {balance.slice(1).map((v, i) => (
            <line
              key={points[i + 1].weekStart}
              className="trend"
              x1={x(i)}
              y1={y(balance[i])}
              x2={x(i + 1)}
              y2={y(v)}
            />
          ))}
        </svg>
        {/* The first and last week, under the plot: HTML, so that they wrap when narrow. */}
        <p className="chart__range" aria-hidden="true">
          <span>{formatWeekRangeShort(points[0].weekStart, locale)}</span>
          <span>{formatWeekRangeShort(points[points.length - 1].weekStart, locale)}</span>
        </p>
      </div>
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  )
}

/** A small line of the running balance, for topic lists. Decorative: the list says the verdict. */
export function Sparkline({ verdicts }: { verdicts: Article['verdict'][] }) {
  if (verdicts.length < 2) return null
  const balance = runningBalance(verdicts)
  const max = Math.max(1, ...balance.map(Math.abs))
  const w = 96
  const h = 28
  const step = w / (balance.length - 1)
  const d = balance
    .map(
      (v, i) =>
        `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)} ${(h / 2 - (v / max) * (h / 2 - 3)).toFixed(1)}`,
    )
    .join(' ')
  return (
    <svg
      className="sparkline"
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  )
}
