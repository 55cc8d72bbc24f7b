// Lighthouse (the project's pinned lighthouse, mobile defaults: emulated phone, simulated
// slow 4G and CPU throttling) on each URL in turn with one headless Chromium, started by
// Lighthouse's own chrome-launcher. Prints `CHROME_PID n` first, so the benchmark can stop
// the browser's process group if this process is killed, then one `RESULT {json}` per URL.
//   node scripts/bench/lighthouse.mjs CHROME_PATH URL…
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import fs from 'node:fs'
import { pathToFileURL } from 'node:url'

const [chromePath, ...urls] = process.argv.slice(2)

const require = createRequire(import.meta.url)
const lighthouseDir = path.dirname(require.resolve('lighthouse/package.json'))
const launcherEntry = createRequire(path.join(lighthouseDir, 'package.json')).resolve(
  'chrome-launcher',
)
const { launch } = await import(pathToFileURL(launcherEntry).href)
const { default: lighthouse } = await import('lighthouse')

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-bench-chrome-'))
const chrome = await launch({
  chromePath,
  userDataDir,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // This machine has no outside network: keep Chromium from trying.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
console.log(`CHROME_PID ${chrome.pid}`)

const stopChrome = () => {
  try {
    chrome.kill()
  } catch {
    // already gone
  }
  fs.rmSync(userDataDir, { recursive: true, force: true })
}
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    stopChrome()
    process.exit(1)
  })
}

const kb = (bytes) => Math.round((bytes ?? 0) / 102.4) / 10
try {
  for (const url of urls) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    const { categories, audits } = result.lhr
    const items = audits['resource-summary']?.details?.items ?? []
    const byType = Object.fromEntries(items.map((item) => [item.resourceType, item]))
    const score = (id) =>
      categories[id]?.score === null || categories[id]?.score === undefined
        ? null
        : Math.round(categories[id].score * 100)
    console.log(
      `RESULT ${JSON.stringify({
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
        },
        totalKB: kb(audits['total-byte-weight']?.numericValue),
        scriptKB: kb(byType.script?.transferSize),
        documentKB: kb(byType.document?.transferSize),
        stylesheetKB: kb(byType.stylesheet?.transferSize),
        imageKB: kb(byType.image?.transferSize),
        fontKB: kb(byType.font?.transferSize),
        requests: byType.total?.requestCount ?? null,
        metricsMs: {
          fcp: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
          lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
          tbt: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
          si: Math.round(audits['speed-index']?.numericValue ?? 0),
        },
        cls: audits['cumulative-layout-shift']?.numericValue ?? null,
        runtimeError: result.lhr.runtimeError?.message ?? null,
      })}`,
    )
  }
} finally {
  stopChrome()
}
process.exit(0)
