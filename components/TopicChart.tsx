import { getTranslations } from 'next-intl/server'

import type { AppLocale } from '@/i18n/routing'
import { formatWeekRangeShort } from '@/lib/format'
import { runningBalance } from '@/lib/verdicts'
import type { Article } from '@/payload-types'

type Point = { verdict: Article['verdict']; weekStart: string }

const LEVEL = { improved: 0, unchanged: 1, worsened: 2 } as const

/**
 * A topic's verdicts over time, drawn on the server as SVG: one dot per week in the row of
 * its verdict, and the running balance as a line. The figure carries a text alternative.
 */
export async function TopicChart({ points, locale }: { points: Point[]; locale: AppLocale }) {
  const t = await getTranslations({ locale })
  if (points.length === 0) return null
  const width = 640
  const rowsTop = 18
  const rowGap = 26
  const chartTop = rowsTop + rowGap * 3 + 8
  const chartHeight = 90
  const left = 92
  const right = 12
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0
  const x = (i: number) => left + i * step
  const balance = runningBalance(points.map((p) => p.verdict))
  // The line uses the height it needs: from its lowest to its highest point, zero included.
  const top = Math.max(0, ...balance)
  const bottom = Math.min(0, ...balance)
  const span = Math.max(1, top - bottom)
  const y = (v: number) => chartTop + 6 + ((top - v) / span) * (chartHeight - 12)
  const counts = { improved: 0, unchanged: 0, worsened: 0 }
  for (const p of points) counts[p.verdict]++
  const description = t('topics.chartDescription', {
    ...counts,
    from: formatWeekRangeShort(points[0].weekStart, locale),
    to: formatWeekRangeShort(points[points.length - 1].weekStart, locale),
  })
  const line = balance
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`)
    .join(' ')
  const height = chartTop + chartHeight + 24
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">{t('topics.chartTitle')}</title>
        <desc id="chart-desc">{description}</desc>
        {(['improved', 'unchanged', 'worsened'] as const).map((v) => (
          <g key={v}>
            <text x={0} y={rowsTop + LEVEL[v] * rowGap + 4}>
              {t(`verdict.${v}`)}
            </text>
            <line
              className="axis"
              x1={left}
              x2={width - right}
              y1={rowsTop + LEVEL[v] * rowGap}
              y2={rowsTop + LEVEL[v] * rowGap}
            />
          </g>
        ))}
        {points.map((p, i) => (
          <circle
            key={p.weekStart}
            className={`dot-${p.verdict}`}
            cx={x(i)}
            cy={rowsTop + LEVEL[p.verdict] * rowGap}
            r={6}
          />
        ))}
        <text x={0} y={y(0) + 4}>
          {t('topics.trend')}
        </text>
        <line
          className="axis"
          x1={left}
          x2={width - right}
          y1={y(0)}
          y2={y(0)}
          strokeDasharray="4 4"
        />
        <path className="trend" d={line} />
        <text x={left} y={height - 4}>
          {formatWeekRangeShort(points[0].weekStart, locale)}
        </text>
        <text x={width - right} y={height - 4} textAnchor="end">
          {formatWeekRangeShort(points[points.length - 1].weekStart, locale)}
        </text>
      </svg>
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
