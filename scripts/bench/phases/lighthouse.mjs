// 5b. Lighthouse (mobile defaults) on each page type in English, in a child process
// (scripts/bench/lighthouse.mjs) whose Chromium's process group the benchmark stops.
import fs from 'node:fs'

import { CHROME, PAGE_TYPES } from '../context.mjs'
import { adoptGroup, releaseGroup, start, stopGroup } from '../proc.mjs'
import { pagePath } from '../site.mjs'

export async function lighthousePhase(ctx) {
  const { port, site, say } = ctx
  if (!fs.existsSync(CHROME))
    throw new Error(`no Chromium at ${CHROME}: apt-get install chromium (or set BENCH_CHROME_PATH)`)
  // The site's canonical and hreflang links name NEXT_PUBLIC_SERVER_URL (localhost).
  const urls = PAGE_TYPES.map((type) => `http://localhost:${port}${pagePath(site, type, 'en')}`)
  const found = []
  let chromePid = null
  const logFile = ctx.tmpFile('lighthouse.log')
  const child = start(
    'lighthouse',
    process.execPath,
    ['scripts/bench/lighthouse.mjs', CHROME, ...urls],
    {
      log: logFile,
      onLine: (line) => {
        if (line.startsWith('CHROME_PID ')) {
          chromePid = Number(line.slice('CHROME_PID '.length))
          adoptGroup(chromePid)
        } else if (line.startsWith('RESULT ')) {
          const result = JSON.parse(line.slice('RESULT '.length))
          found.push(result)
          const s = result.scores
          say(
            `  ${new URL(result.url).pathname}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}, SEO ${s.seo}`,
          )
        }
      },
    },
  )
  const code = await child.exited
  if (chromePid) {
    await stopGroup(chromePid, 2000)
    releaseGroup(chromePid)
  }
  if (code !== 0 && found.length < urls.length) {
    const log = fs.readFileSync(logFile, 'utf8')
    throw new Error(`lighthouse exited ${code}: ${log.trim().split('\n').slice(-10).join('\n')}`)
  }
  return found.map((result, i) => ({ type: PAGE_TYPES[i], ...result }))
}
