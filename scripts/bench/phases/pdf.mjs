// The week as a PDF (issue #14): time to generate it uncached, time to serve it from the
// cache, and its size. Standalone: give it the server's address, a week's path and the
// server's PAYLOAD_SECRET (to expire the cache through POST /api/revalidate, as a publish
// does); without the secret the first request of each language counts as uncached.
import crypto from 'node:crypto'
import http from 'node:http'

/** One GET, read to the last byte: status, bytes, milliseconds. */
function fetchBytes(url, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.get(url, { agent: false }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          type: response.headers['content-type'],
          bytes: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      )
      response.on('error', reject)
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms: ${url}`)))
    req.on('error', reject)
  })
}

/** Expires the tags the PDF is cached under, as a publish would (payload/revalidate.ts). */
async function expire(base, secret) {
  const token = crypto
    .createHmac('sha256', secret)
    .update('weekly-monitor:revalidate')
    .digest('hex')
  const response = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ tags: ['articles', 'weeks'] }),
  })
  if (!response.ok) throw new Error(`POST /api/revalidate: HTTP ${response.status}`)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

/**
 * Measures the PDF of one week in each language.
 * @param {object} options
 * @param {string} options.base the server, e.g. http://127.0.0.1:3000
 * @param {string} options.weekPath a week's path without the language, e.g. /weeks/2026-11-16
 * @param {string} [options.secret] the server's PAYLOAD_SECRET, to expire the cache between runs
 * @param {string[]} [options.locales]
 * @param {number} [options.uncachedRuns] uncached renders per language (needs the secret)
 * @param {number} [options.cachedRuns] cached requests per language
 * @param {(line: string) => void} [options.say]
 * @returns {Promise<{ locales: Record<string, { uncachedMs: number, cachedMs: number, cachedP90Ms: number, sizeKB: number, pages: number | null }> }>}
 */
export async function pdfPhase({
  base,
  weekPath,
  secret,
  locales = ['en', 'be', 'ru'],
  uncachedRuns = 3,
  cachedRuns = 20,
  say = () => {},
}) {
  const result = {}
  for (const locale of locales) {
    const url = `${base}/${locale}${weekPath}/pdf`
    const uncached = []
    let last = null
    for (let run = 0; run < (secret ? uncachedRuns : 1); run++) {
      if (secret) await expire(base, secret)
      last = await fetchBytes(url)
      if (last.status !== 200 || last.type !== 'application/pdf')
        throw new Error(`${url}: HTTP ${last.status} ${last.type}`)
      uncached.push(last.ms)
    }
    const cached = []
    for (let run = 0; run < cachedRuns; run++) cached.push((await fetchBytes(url)).ms)
    const sorted = [...cached].sort((a, b) => a - b)
    const pages = last.bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? null
    result[locale] = {
      uncachedMs: round(median(uncached)),
      cachedMs: round(median(cached)),
      cachedP90Ms: round(sorted[Math.floor(sorted.length * 0.9)] ?? sorted[sorted.length - 1]),
      sizeKB: round(last.bytes.length / 1024),
      pages,
    }
    say(
      `PDF ${locale}${weekPath}: uncached ${result[locale].uncachedMs} ms, cached ${result[locale].cachedMs} ms, ${result[locale].sizeKB} KB, ${pages} pages`,
    )
  }
  return { locales: result }
}

// `node scripts/bench/phases/pdf.mjs http://127.0.0.1:3000 /weeks/2026-11-16` (PAYLOAD_SECRET
// from the environment) prints the numbers as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = 'http://127.0.0.1:3000', weekPath] = process.argv.slice(2)
  if (!weekPath) {
    console.error('usage: node scripts/bench/phases/pdf.mjs <base URL> /weeks/<YYYY-MM-DD>')
    process.exit(2)
  }
  const numbers = await pdfPhase({
    base,
    weekPath,
    secret: process.env.PAYLOAD_SECRET,
    say: (line) => console.error(line),
  })
  console.log(JSON.stringify(numbers, null, 2))
}
