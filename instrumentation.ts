/**
 * Starts Payload's job crons in the web server (scheduled publishing runs on them): plain
 * page traffic never calls getPayload({ cron: true }). JOBS_AUTORUN=false leaves the queue
 * to `npm run worker`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.JOBS_AUTORUN === 'false' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
