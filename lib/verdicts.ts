import type { Article } from '@/payload-types'

type Row = { week: number | string; topic: number | string; verdict: Article['verdict'] }

/** week id → (topic id → verdict), for heat-map strips. */
export function verdictMaps(rows: Row[]): Map<string, Map<string, Article['verdict']>> {
  const byWeek = new Map<string, Map<string, Article['verdict']>>()
  for (const row of rows) {
    const week = String(row.week)
    if (!byWeek.has(week)) byWeek.set(week, new Map())
    byWeek.get(week)?.set(String(row.topic), row.verdict)
  }
  return byWeek
}

/** Improvements count +1, deteriorations −1: the running balance drawn on topic charts. */
export function runningBalance(verdicts: Article['verdict'][]): number[] {
  let total = 0
  return verdicts.map((v) => (total += v === 'improved' ? 1 : v === 'worsened' ? -1 : 0))
}
