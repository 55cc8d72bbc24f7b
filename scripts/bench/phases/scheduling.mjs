// 3. Scheduling lateness: drafts scheduled ahead as the admin's "Schedule" does it, published
// by the web server's own queue; each page is polled until it is live.
import { median, round } from '../context.mjs'
import { json } from '../http.mjs'
import { sleep } from '../proc.mjs'
import { runLogged, tsxArgs, withDevConditions } from '../setup.mjs'
import { login } from '../site.mjs'

export async function schedulingPhase(ctx) {
  const { options, runId, port, site, env, say } = ctx
  const base = `http://127.0.0.1:${port}`
  const { token, userId } = await login(base)
  const drafts = []
  for (let k = 1; k <= options.scheduled; k++) {
    const title = `Scheduled benchmark analysis ${runId} number ${k}`
    const { data } = await json(`${base}/api/articles?draft=true&depth=0&locale=en`, {
      method: 'POST',
      token,
      body: {
        title,
        lead: 'A draft that the benchmark schedules for publication one minute ahead.',
        week: site.week.id,
        topic: site.topic.id,
        verdict: 'unchanged',
        _status: 'draft',
      },
    })
    drafts.push({ id: data.doc.id, slug: data.doc.slug, title })
  }
  const output = await runLogged(
    ctx,
    'schedule',
    process.execPath,
    tsxArgs('scripts/bench/schedule.mjs', [
      '--ids',
      drafts.map((d) => d.id).join(','),
      '--in-ms',
      String(options.scheduleAheadMs),
      '--user',
      String(userId),
    ]),
    withDevConditions(env),
    /SCHEDULED /,
  )
  const scheduled = JSON.parse(output.match(/SCHEDULED (.*)/)[1])
  const waitUntil = Date.parse(scheduled.waitUntil)
  say(
    `  ${drafts.length} publication(s) scheduled for ${new Date(waitUntil).toISOString().slice(11, 19)} UTC`,
  )
  const live = await Promise.all(
    drafts.map(async (draft) => {
      const url = `${base}/en/articles/${draft.slug}`
      let liveAt = null
      for (;;) {
        const now = Date.now()
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
          const body = await response.text()
          if (response.status === 200 && body.includes(draft.title)) {
            liveAt = Date.now()
            break
          }
        } catch {
          // retried
        }
        if (now > waitUntil + 120_000) break
        await sleep(now < waitUntil - 1500 ? 1000 : 100)
      }
      const doc = (await json(`${base}/api/articles/${draft.id}?depth=0&draft=false`)).data
      return {
        slug: draft.slug,
        liveLateSeconds: liveAt === null ? null : round((liveAt - waitUntil) / 1000, 2),
        publishedAtLateSeconds: doc.publishedAt
          ? round((Date.parse(doc.publishedAt) - waitUntil) / 1000, 2)
          : null,
      }
    }),
  )
  const late = live.map((l) => l.liveLateSeconds).filter((s) => s !== null)
  return {
    scheduled: drafts.length,
    aheadSeconds: options.scheduleAheadMs / 1000,
    waitUntil: scheduled.waitUntil,
    publications: live,
    medianLateSeconds: median(late),
    maxLateSeconds: late.length === live.length ? Math.max(...late) : null,
    neverLive: live.length - late.length,
  }
}
