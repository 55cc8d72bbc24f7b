// Search as the archive grows, without the page around it (issue #12): the search the
// search page runs (payload/search/store.ts `searchIndex`: exact counts per filter, ranking,
// the page's ten results with snippets), timed on its own in a Local API process on the
// growth database, for the benchmark's word in each language. The page's own render (the
// layout, navigation and the rest, all expired first) is the `search` row of the uncached
// renders; this row shows what of it grows with the archive.
//
// Run as a script (`node --import tsx scripts/bench/phases/search-queries.mjs --words
// '{"en":"…"}' --reps 9` with DATABASE_URL set) it prints `SEARCH {…}`.
import { median, round } from '../context.mjs'
import { runLocalApiScript } from '../setup.mjs'

/** `{ en: { medianMs, maxMs, samples, matches }, … }` for `words` ({ locale: word }). */
export async function runSearchQueries(ctx, { env, words, reps = ctx.options?.quick ? 3 : 9 }) {
  const result = await runLocalApiScript(ctx, {
    name: 'search-queries',
    file: 'scripts/bench/phases/search-queries.mjs',
    args: ['--words', JSON.stringify(words), '--reps', String(reps)],
    env,
    prefix: 'SEARCH',
  })
  ctx.say?.(
    `    search query alone (ms, en/be/ru): ${Object.values(result)
      .map((m) => `${m.medianMs} (${m.matches} matches)`)
      .join(', ')}`,
  )
  return result
}

async function main() {
  const option = (name) => process.argv[process.argv.indexOf(`--${name}`) + 1]
  const words = JSON.parse(option('words'))
  const reps = Number(option('reps') ?? 9)
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { searchIndex } = await import('../../../payload/search/store.ts')
  const { parseQuery } = await import('../../../payload/search/text.ts')
  const payload = await getPayload({ config })
  const out = {}
  for (const [locale, word] of Object.entries(words)) {
    const request = { locale, query: parseQuery(word), sort: 'relevance', page: 1, perPage: 10 }
    // Three untimed runs: the first of a process pays for compiling the code paths.
    for (let i = 0; i < 3; i++) await searchIndex(payload, request)
    const samples = []
    let matches = 0
    for (let i = 0; i < reps; i++) {
      const started = performance.now()
      matches = (await searchIndex(payload, request)).total
      samples.push(performance.now() - started)
    }
    out[locale] = {
      medianMs: round(median(samples), 1),
      maxMs: round(Math.max(...samples), 1),
      samples: samples.length,
      matches,
    }
  }
  console.log(`SEARCH ${JSON.stringify(out)}`)
  await payload.destroy()
  process.exit(0)
}

if (process.argv[1]?.endsWith('scripts/bench/phases/search-queries.mjs')) await main()
