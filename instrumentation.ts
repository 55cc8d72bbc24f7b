/**
 * A web server's start (Node runtime, never during the build or in its API process):
 * - with REDIS_URL, listens for changes made on any server or the worker, so this server's
 *   pages are expired too (payload/broadcast.ts);
 * - starts Payload's job crons (scheduled publishing runs on them): plain page traffic never
 *   calls getPayload({ cron: true }). JOBS_AUTORUN=false leaves the queue to `npm run worker`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  // A web server's API process (server/api-process.mjs) keeps no pages to expire and runs
  // no jobs: its web server does both.
  if (process.env.WM_SERVER_ROLE === 'api-reads') return
  const logger = {
    warn: (msg: string) => console.warn(`[weekly-monitor] ${msg}`),
    info: (msg: string) => console.log(`[weekly-monitor] ${msg}`),
  }
  if (process.env.REDIS_URL) {
    const { listenForChanges } = await import('./payload/revalidate')
    if (await listenForChanges(logger))
      logger.info('Listening for content changes on Redis (REDIS_URL).')
  }
  if (process.env.JOBS_AUTORUN === 'false') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
  if (process.env.REDIS_URL) {
    const { announceQueueRunner } = await import('./payload/broadcast')
    await announceQueueRunner('web server', logger)
  }
}
