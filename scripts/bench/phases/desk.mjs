// The newsroom's desk (the admin dashboard, components/admin/Desk.tsx) as the site grows:
// the whole dashboard as the editor and as an analyst open it (GET /admin with their
// session), and each of its queries (payload/desk.ts) timed on its own in a Local API
// process on the same database. Meant to run at each growth size, beside the server the
// growth phase has started:
//
//   import { runDesk } from './desk.mjs'
//   step.desk = await runDesk(ctx, { base, env: growthEnv })
//
// Run as a script (`node --import tsx scripts/bench/phases/desk.mjs --reps 5` with
// DATABASE_URL set) it prints `DESK {…}`: the per-query timings.
import { median, round } from '../context.mjs'
import { json, request } from '../http.mjs'
import { runLocalApiScript } from '../setup.mjs'

const PEOPLE = {
  editor: { email: 'editor@monitor.local', password: 'demo-editor' },
  analyst: { email: 'alena@monitor.local', password: 'demo-analyst' },
}

const summary = (samples) => ({
  medianMs: round(median(samples), 1),
  maxMs: round(Math.max(...samples), 1),
  samples: samples.length,
})

/** The dashboard page as one person sees it: one untimed warm-up, then `reps` timed GETs. */
async function timeDashboard(base, person, reps) {
  const { data } = await json(`${base}/api/users/login`, { method: 'POST', body: person })
  if (!data?.token) throw new Error(`desk: ${person.email} could not sign in`)
  // The admin page accepts the session as a header too (a cookie would need browser headers).
  const headers = { Authorization: `JWT ${data.token}` }
  const samples = []
  for (let i = 0; i <= reps; i++) {
    const response = await request(`${base}/admin`, { headers, timeoutMs: 10 * 60_000 })
    if (response.status !== 200 || !response.body.includes('data-testid="desk"'))
      throw new Error(
        `desk: GET /admin as ${person.email} answered ${response.status} without the desk`,
      )
    if (i > 0) samples.push(response.ms)
  }
  return summary(samples)
}

/** Each query of the dashboard alone, in a Local API process (this file run under tsx). */
const timeQueries = (ctx, env, reps) =>
  runLocalApiScript(ctx, {
    name: 'desk-queries',
    file: 'scripts/bench/phases/desk.mjs',
    args: ['--reps', String(reps)],
    env,
    prefix: 'DESK',
  })

/**
 * `{ editor, analyst, queries }`: medians in milliseconds. `env` must name the database the
 * server at `base` uses (DATABASE_URL).
 */
export async function runDesk(ctx, { base, env, reps = ctx.options?.quick ? 2 : 5 }) {
  const editor = await timeDashboard(base, PEOPLE.editor, reps)
  const analyst = await timeDashboard(base, PEOPLE.analyst, reps)
  const queries = await timeQueries(ctx, env, reps)
  ctx.say?.(
    `    desk: dashboard editor ${Math.round(editor.medianMs)} ms, analyst ${Math.round(analyst.medianMs)} ms; ` +
      Object.entries(queries)
        .map(([name, m]) => `${name} ${m.medianMs}`)
        .join(', ') +
      ' ms',
  )
  return { editor, analyst, queries }
}

async function main() {
  const at = process.argv.indexOf('--reps')
  const reps = at > 0 ? Number(process.argv[at + 1]) : 5
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const desk = await import('../../../payload/desk.ts')
  const payload = await getPayload({ config })
  const [analyst] = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: PEOPLE.analyst.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  const queries = {
    thisWeek: () => desk.weekDeskView(payload),
    scheduled: () => desk.pendingSchedules(payload),
    translations: () => desk.translationGaps(payload),
    ...(analyst ? { myWork: () => desk.myWork(payload, analyst) } : {}),
  }
  const out = {}
  for (const [name, query] of Object.entries(queries)) {
    const samples = []
    for (let i = 0; i <= reps; i++) {
      const started = performance.now()
      await query()
      if (i > 0) samples.push(performance.now() - started)
    }
    out[name] = summary(samples)
  }
  console.log(`DESK ${JSON.stringify(out)}`)
  await payload.destroy()
  process.exit(0)
}

if (process.argv[1]?.endsWith('scripts/bench/phases/desk.mjs')) await main()
