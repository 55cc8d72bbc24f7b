// The table the benchmark prints (and stores in the JSON as `table`): one section per phase,
// from `ctx.results`. bench/README.md explains every row.
import os from 'node:os'

import { LOCALES, PAGE_TYPES, median } from './context.mjs'
import { formatStatuses } from './phases/abuse.mjs'
import { CACHED_TYPES } from './phases/frontcache.mjs'
import { SLOW_MS } from './phases/growth.mjs'
import { importSection } from './phases/import.mjs'
import { backupSection } from './phases/backup.mjs'
import { renderTable } from './table.mjs'

const fmt = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US'))
/** Milliseconds below a second, else seconds with one decimal. */
const duration = (ms) =>
  ms === null || ms === undefined
    ? '–'
    : ms < 1000
      ? `${Math.round(ms)} ms`
      : `${(ms / 1000).toFixed(1)} s`
const seconds = (s) => (s === null || s === undefined ? '–' : `${s.toFixed(s < 10 ? 2 : 1)} s`)

function readingSection({ options, results }, rows, outcome) {
  const { reading } = results
  rows.push({
    section: [
      `1. Reading: ${options.connections} connections × ${options.duration} s · req/s · p50/p99 ms`,
      'en',
      'be',
      'ru',
    ],
  })
  if (!reading) return rows.push(outcome('reading'))
  for (const type of PAGE_TYPES) {
    const cell = (locale, key) => {
      const row = reading.find((x) => x.type === type && x.locale === locale)
      if (!row) return '–'
      const m = row[key]
      const errors = m.non2xx + m.errors
      return `${fmt(m.requestsPerSecond)}/s · ${m.p50Ms}/${m.p99Ms}${key === 'app' ? ` · ${row.ratio.toFixed(2)}×` : ''}${errors ? ` · ${errors} failed` : ''}`
    }
    rows.push({ cells: [`${type}`, ...LOCALES.map((l) => cell(l, 'app'))] })
    rows.push({ cells: [`  baseline, same bytes`, ...LOCALES.map((l) => cell(l, 'baseline'))] })
  }
  // Issue #12: search under load against the analysis page in the same run.
  const rate = (type, locale) =>
    reading.find((x) => x.type === type && x.locale === locale)?.app.requestsPerSecond
  rows.push({
    cells: [
      'search ÷ analysis page, req/s',
      ...LOCALES.map((l) => {
        const search = rate('search', l)
        const article = rate('article', l)
        return search && article ? `${(search / article).toFixed(2)}×` : '–'
      }),
    ],
  })
}

function freshnessSection({ results }, rows, outcome) {
  const { freshness } = results
  rows.push({
    section: [
      `2. Freshness: publish over REST → last affected page fresh`,
      'median',
      'max',
      'REST PATCH',
    ],
  })
  if (!freshness) return rows.push(outcome('freshness'))
  rows.push({
    cells: [
      `${freshness.publishes} publish(es) × 3 languages, ${freshness.pagesPerPublish} pages each`,
      seconds(freshness.medianSeconds),
      freshness.failedPublishes
        ? `${freshness.failedPublishes} never fresh`
        : seconds(freshness.maxSeconds),
      `${fmt(freshness.apiMedianMs)} ms`,
    ],
  })
}

function schedulingSection({ results }, rows, outcome) {
  const { scheduling } = results
  rows.push({
    section: ['3. Scheduled publishing: live after the scheduled time', 'median', 'max', 'each'],
  })
  if (!scheduling) return rows.push(outcome('scheduling'))
  rows.push({
    cells: [
      `${scheduling.scheduled} publication(s) ${scheduling.aheadSeconds} s ahead (queue every 10 s)`,
      seconds(scheduling.medianLateSeconds),
      scheduling.neverLive
        ? `${scheduling.neverLive} never live`
        : seconds(scheduling.maxLateSeconds),
      scheduling.publications.map((p) => p.liveLateSeconds ?? '–').join(' · ') + ' s',
    ],
  })
}

function growthSection({ options, results }, rows, outcome) {
  const { growth } = results
  const sizes = growth?.map((g) => g.analyses) ?? options.sizes
  rows.push({
    section: [
      '4. Growth: uncached render, median ms en/be/ru',
      ...sizes.map((s) => `${fmt(s)} analyses`),
    ],
  })
  if (growth) {
    // Milliseconds; from 10 s on, seconds with an "s".
    const ms = (value) =>
      value === null || value === undefined
        ? '–'
        : value < 10_000
          ? String(Math.round(value))
          : `${Math.round(value / 1000)}s`
    for (const type of PAGE_TYPES) {
      rows.push({
        cells: [
          type,
          ...growth.map((g) =>
            LOCALES.map((l) => {
              const x = g.renders.find((y) => y.type === type && y.locale === l)
              if (!x || x.skipped) return '–'
              return x.status === 200 ? ms(x.medianMs) : `HTTP ${x.status}`
            }).join('/'),
          ),
        ],
      })
    }
    // Issue #12: the uncached search page and the search alone (the Local API query), each
    // the median of en/be/ru and against the smallest size.
    const searchMs = (g) =>
      median(
        LOCALES.map(
          (l) =>
            g.renders.find((y) => y.type === 'search' && y.locale === l && !y.skipped)?.medianMs,
        ),
      )
    const queryMs = (g) =>
      !g.searchQuery || g.searchQuery.error
        ? null
        : median(LOCALES.map((l) => g.searchQuery[l]?.medianMs))
    const againstSmallest = (label, pick, failed = () => false) => {
      const smallest = pick(growth[0])
      return {
        cells: [
          label,
          ...growth.map((g) => {
            if (failed(g)) return 'failed'
            const value = pick(g)
            return value === null
              ? '–'
              : `${ms(value)} · ${smallest ? (value / smallest).toFixed(2) : '–'}×`
          }),
        ],
      }
    }
    rows.push(againstSmallest('search, p50 of en/be/ru · ÷ smallest size', searchMs))
    rows.push(
      againstSmallest(
        'search query alone, p50 of en/be/ru · ÷ smallest size',
        queryMs,
        (g) => !!g.searchQuery?.error,
      ),
    )
    rows.push({
      cells: [
        'search matches, en/be/ru',
        ...growth.map((g) =>
          !g.searchQuery || g.searchQuery.error
            ? '–'
            : LOCALES.map((l) => g.searchQuery[l]?.matches ?? '–').join('/'),
        ),
      ],
    })
    rows.push({
      cells: [
        'API list of 20, uncached, page 1 (goal p50 ≤ 25 ms)',
        ...growth.map((g) => LOCALES.map((l) => ms(g.rest[l].firstPage.medianMs)).join('/')),
      ],
    })
    const firstAt = (g) => median(LOCALES.map((l) => g.rest[l].firstPage.medianMs).filter(Boolean))
    rows.push({
      cells: [
        '  the same against the smallest size (goal ≤ 2×)',
        ...growth.map((g) => {
          const here = firstAt(g)
          const base = firstAt(growth[0])
          return here && base ? `${(here / base).toFixed(2)}×` : '–'
        }),
      ],
    })
    rows.push({
      cells: [
        'API list of 20, uncached, page 400 or last (goal ≤ 1.5× page 1)',
        ...growth.map((g) =>
          LOCALES.map((l) => {
            const { firstPage, lastPage, deepPage } = g.rest[l]
            const ratio =
              firstPage.medianMs && lastPage.medianMs
                ? ` (p${deepPage ?? '?'}, ${(lastPage.medianMs / firstPage.medianMs).toFixed(1)}×)`
                : ''
            return `${ms(lastPage.medianMs)}${ratio}`
          }).join('/'),
        ),
      ],
    })
    rows.push({
      cells: [
        '  the same depth by cursor (after=)',
        ...growth.map((g) =>
          LOCALES.map((l) => {
            const { firstPage, cursorPage } = g.rest[l]
            const ratio =
              firstPage.medianMs && cursorPage?.medianMs
                ? ` (${(cursorPage.medianMs / firstPage.medianMs).toFixed(1)}×)`
                : ''
            return `${ms(cursorPage?.medianMs)}${ratio}`
          }).join('/'),
        ),
      ],
    })
    rows.push({
      cells: [
        'REST save of a published analysis (en)',
        ...growth.map((g) => ms(g.restSave.medianMs)),
      ],
    })
    const desk = (g, pick) => (!g.desk ? '–' : g.desk.error ? 'failed' : pick(g.desk))
    rows.push({
      cells: [
        'admin dashboard (desk), editor/analyst',
        ...growth.map((g) => desk(g, (d) => `${ms(d.editor.medianMs)}/${ms(d.analyst.medianMs)}`)),
      ],
    })
    rows.push({
      cells: [
        '  desk queries: week/scheduled/translations/mine',
        ...growth.map((g) =>
          desk(g, (d) =>
            ['thisWeek', 'scheduled', 'translations', 'myWork']
              .map((name) => ms(d.queries[name]?.medianMs))
              .join('/'),
          ),
        ),
      ],
    })
    const deskError = growth.find((g) => g.desk?.error)?.desk.error
    if (deskError) rows.push({ note: `desk: FAILED: ${deskError}` })
    if (growth.some((g) => g.renders.some((x) => x.skipped)))
      rows.push({
        note: `– : not measured in that language after one took over ${SLOW_MS / 1000} s (same queries)`,
      })
    rows.push({
      cells: [
        'database size (MB) · generated in',
        ...growth.map((g) => `${fmt(g.databaseMB)} · ${seconds(g.generateSeconds)}`),
      ],
    })
  }
  if (!growth || results.errors.growth) rows.push(outcome('growth'))
}

function weightSection({ results }, rows, outcome, failed) {
  const { weight, lighthouse, errors } = results
  rows.push({
    section: [
      '5. Page weight (en, KB transferred) · Lighthouse mobile',
      'JS',
      'total',
      'perf · a11y · best · SEO',
    ],
  })
  if (weight || lighthouse) {
    for (const type of PAGE_TYPES) {
      const w = weight?.find((x) => x.type === type && x.locale === 'en')
      const l = lighthouse?.find((x) => x.type === type)
      const s = l?.scores
      rows.push({
        cells: [
          type,
          l ? `${l.scriptKB}` : w ? `${w.jsKB}*` : '–',
          l ? `${l.totalKB}` : w ? `${w.totalKB}*` : '–',
          s ? `${s.performance} · ${s.accessibility} · ${s.bestPractices} · ${s.seo}` : '–',
        ],
      })
    }
    if (!lighthouse)
      rows.push({
        note: `* without Lighthouse (${errors.lighthouse ? 'it failed' : 'skipped'}): HTML + its scripts and stylesheets, compressed as served; no images`,
      })
  } else rows.push(outcome('weight'))
  if (lighthouse && errors.weight) rows.push(failed('weight'))
  if (weight && errors.lighthouse) rows.push(failed('lighthouse'))
}

function observabilitySection({ results }, rows, outcome) {
  const { observability } = results
  rows.push({
    section: ['1b. Metrics + request logs (#22): req/s', 'on', 'off', 'on ÷ off (goal ≥ 0.95)'],
  })
  if (!observability) return rows.push(outcome('observability'))
  for (const row of observability)
    rows.push({
      cells: [
        `  ${row.path}`,
        fmt(row.on.requestsPerSecond),
        fmt(row.off.requestsPerSecond),
        row.ratio === null ? '–' : row.ratio.toFixed(3),
      ],
    })
  rows.push({
    note: '  off: METRICS=false LOG_REQUESTS=false on a second server; runs alternate on, off three times',
  })
}

function pdfSection({ results }, rows, outcome) {
  const { pdf } = results
  rows.push({
    section: ['5b. PDF of the newest week', 'en', 'be', 'ru'],
  })
  if (!pdf) return rows.push(outcome('pdf'))
  const cell = (pick) => LOCALES.map((l) => (pdf.locales[l] ? pick(pdf.locales[l]) : '–'))
  rows.push({ cells: ['generated uncached', ...cell((x) => duration(x.uncachedMs))] })
  rows.push({ cells: ['served cached (median)', ...cell((x) => duration(x.cachedMs))] })
  rows.push({ cells: ['size · pages', ...cell((x) => `${x.sizeKB} KB · ${x.pages ?? '–'}`)] })
}

function apiSection({ results }, rows, outcome) {
  const { api } = results
  rows.push({
    section: [
      '5b. Content API (#21) · req/s · p50/p99 ms',
      'web server (memory)',
      'baseline, same bytes',
      'ratio (goal ≥ 0.5×)',
    ],
  })
  if (!api) return rows.push(outcome('api'))
  const load = (m) => `${fmt(m.requestsPerSecond)}/s · ${m.p50Ms}/${m.p99Ms}`
  for (const row of api.memory)
    rows.push({
      cells: [
        `${row.name}, 64 connections`,
        load(row.app),
        load(row.baseline),
        `${row.ratio?.toFixed(2) ?? '–'}×`,
      ],
    })
  const n = api.notModified
  rows.push({
    cells: ['304 to If-None-Match, one client (goal p50 ≤ 5 ms)', load(n), '', `p50 ${n.p50Ms} ms`],
  })
  if (n.underLoad)
    rows.push({
      cells: [`  the same, ${n.underLoad.connections} connections`, load(n.underLoad), '', ''],
    })
  const c = api.clients
  rows.push({
    section: [
      `  ${c.clients} app clients, own addresses, distinct lists × ${c.seconds} s`,
      'lists · p50/p99 ms',
      '503s (goal 0)',
      'reader p99 at rest → under (goal ≤ 2×)',
    ],
  })
  rows.push({
    cells: [
      `  ${formatStatuses(c.byStatus)}`,
      `${fmt(c.requests)} · ${c.p50Ms}/${c.p99Ms}`,
      fmt(c.refused503),
      `${c.readerAtRest.p99Ms} → ${c.readerUnderLoad.p99Ms} ms (${c.readerP99Ratio ?? '–'}×)`,
    ],
  })
}

function abuseSection({ results }, rows, outcome) {
  const { abuse } = results
  rows.push({
    section: [
      '6. Site under API abuse: reader p50/p99 ms',
      'at rest',
      'under abuse',
      'p99 ratio (goal ≤ 2×)',
    ],
  })
  if (!abuse) return rows.push(outcome('abuse'))
  const reader = (m) => `${fmt(m.p50Ms)}/${fmt(m.p99Ms)}${m.failed ? ` · ${m.failed} failed` : ''}`
  rows.push({
    cells: [
      `analysis page every ${abuse.everyMs} ms × ${abuse.seconds} s`,
      reader(abuse.atRest),
      reader(abuse.underAbuse),
      abuse.p99Ratio === null ? '–' : `${abuse.p99Ratio.toFixed(2)}×`,
    ],
  })
  rows.push({
    section: [
      `  ${abuse.abusiveClients} abusive clients, own addresses`,
      'sent',
      'HTTP status × count',
      'answered in median/max',
    ],
  })
  for (const kind of abuse.abuse) {
    const answered =
      kind.medianMs !== null ? `${duration(kind.medianMs)} / ${duration(kind.maxMs)}` : ''
    const cut =
      kind.unfinishedAfterMs !== null ? `cut off > ${duration(kind.unfinishedAfterMs)}` : ''
    rows.push({
      cells: [
        `  ${kind.label}`,
        fmt(kind.sent),
        formatStatuses(kind.byStatus),
        [answered, cut].filter(Boolean).join(' · ') || '–',
      ],
    })
  }
}

function frontcacheSection({ results }, rows, outcome) {
  const { frontcache, reading } = results
  rows.push({
    section: [
      '7. Front cache: Varnish hit (en) · req/s · p50/p99 ms',
      'through Varnish',
      'baseline, same bytes',
      'ratio · p99 (goal ≥ 0.9× · ≤ 2×)',
    ],
  })
  if (!frontcache) return rows.push(outcome('frontcache'))
  if (frontcache.skipped) return rows.push({ note: `frontcache: skipped: ${frontcache.skipped}` })
  const load = (m) =>
    `${fmt(m.requestsPerSecond)}/s · ${m.p50Ms}/${m.p99Ms}${m.non2xx + m.errors ? ` · ${m.non2xx + m.errors} failed` : ''}`
  for (const row of frontcache.hits)
    rows.push({
      cells: [
        row.type,
        load(row.varnish),
        load(row.baseline),
        `${row.ratio?.toFixed(2) ?? '–'}× · ${row.p99Ratio?.toFixed(1) ?? '–'}×`,
      ],
    })
  const origin = reading
    ?.filter((r) => r.locale === 'en' && CACHED_TYPES.includes(r.type))
    .map((r) => r.ratio)
  rows.push({
    cells: [
      'origin alone (section 1, en), for comparison',
      '',
      '',
      origin?.length ? `${Math.min(...origin).toFixed(2)}–${Math.max(...origin).toFixed(2)}×` : '–',
    ],
  })
  const { freshness: f, apiFreshness: af, load: l } = frontcache
  rows.push({
    section: [
      '  publish on server A → last page fresh via Varnish and B',
      'median',
      'max (goal ≤ 1 s)',
      'max via Varnish · on B',
    ],
  })
  rows.push({
    cells: [
      `  ${f.publishes} publish(es) × 3 languages, ${f.pagesPerPublish} pages each`,
      seconds(f.medianSeconds),
      f.failedPublishes ? `${f.failedPublishes} never fresh` : seconds(f.maxSeconds),
      `${seconds(f.maxVarnishSeconds)} · ${seconds(f.maxServerBSeconds)}`,
    ],
  })
  rows.push({
    cells: [
      '  of which the API (analysis and list) via Varnish',
      '',
      seconds(f.maxApiVarnishSeconds),
      '',
    ],
  })
  if (af)
    rows.push({
      cells: [
        `  the API alone polled, ${af.publishes} publish(es) one language each (goal ≤ 1 s)`,
        seconds(af.medianVarnishSeconds),
        seconds(af.maxVarnishSeconds),
        `${seconds(af.maxVarnishSeconds)} · ${seconds(af.maxServerBSeconds)}`,
      ],
    })
  rows.push({
    section: [
      `  load via Varnish, publishing every 5 s`,
      'req/s · p50/p99',
      'failed (goal 0)',
      'publishes',
    ],
  })
  rows.push({
    cells: [
      `  ${l.paths.length} pages, ${l.seconds} s`,
      `${fmt(l.requestsPerSecond)}/s · ${l.p50Ms}/${l.p99Ms}`,
      fmt(l.failed),
      `${l.publishes.length}${l.publishErrors ? ` (${l.publishErrors} failed)` : ''}`,
    ],
  })
}

function resourcesSection({ results }, rows, _outcome, failed) {
  const { resources, errors } = results
  rows.push({ section: ['8. Resources', 'value'] })
  if (resources) {
    if (resources.build)
      rows.push({
        cells: [
          'next build',
          `${seconds(resources.build.seconds)}${resources.build.waitedForLockSeconds > 1 ? ` (+${resources.build.waitedForLockSeconds} s waiting for the lock)` : ''}`,
        ],
      })
    rows.push({ cells: ['server RSS after start (MB)', fmt(resources.idleRssMB)] })
    rows.push({ cells: ['server RSS, peak under load (MB)', fmt(resources.peakRssUnderLoadMB)] })
    if (resources.growthPeakRssMB)
      rows.push({
        cells: [`growth server RSS, peak (MB)`, fmt(resources.growthPeakRssMB)],
      })
  }
  if (errors.setup) rows.push(failed('setup'))
}

export function table(ctx) {
  const { options, results: r, clock } = ctx
  const rows = []
  const failed = (phase) =>
    r.errors[phase] ? { note: `${phase}: FAILED: ${r.errors[phase].split('\n')[0]}` } : null
  /** The note under a section whose phase left no results: why. */
  const outcome = (phase) => failed(phase) ?? { note: `${phase}: skipped` }
  const header = `Weekly Monitor benchmark · ${options.db} · ${options.quick ? 'quick' : 'full'} · ${r.machine.cpus} CPU · Node ${process.version} · ${r.startedAt.slice(0, 16)}Z · ${r.commit ?? ''}${r.workTreeChanged ? '+changes' : ''}`
  rows.push({ note: header })
  for (const section of [
    readingSection,
    observabilitySection,
    freshnessSection,
    schedulingSection,
    growthSection,
    weightSection,
    pdfSection,
    apiSection,
    abuseSection,
    frontcacheSection,
    importSection,
    backupSection,
    resourcesSection,
  ])
    section(ctx, rows, outcome, failed)
  rows.push({
    note: `total ${clock()} · load average ${r.machine.loadAverageAtStart.join(' ')} at start, ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at end`,
  })
  return renderTable(rows)
}
