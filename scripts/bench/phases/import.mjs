// Phase "import" (issue #13): `npm run import:wxr` on a generated WordPress export of 10 000
// posts in three languages (--quick: 300) into a fresh SQLite database of its own: posts per
// second, the import process's peak memory, and the second run of the same file (which must
// create nothing). Then a dry run of a ~100 MB export (--quick: ~5 MB) of long posts with the
// V8 heap capped at 384 MB: it finishes because the file is streamed, not held. Needs no web
// server.
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { mb, round } from '../context.mjs'
import { sampleRss, start } from '../proc.mjs'
import { runLogged, tsxArgs, withDevConditions } from '../setup.mjs'
import { writeWxr } from '../wxr.mjs'

const HEAP_CAP_MB = 384

async function timedImport(ctx, name, args, env) {
  const reportFile = ctx.tmpFile(`${name}-report.json`)
  const started = Date.now()
  const child = start(
    name,
    process.execPath,
    tsxArgs('scripts/import-wxr.ts', [...args, '--report', reportFile]),
    {
      env: withDevConditions(env),
      log: ctx.tmpFile(`${name}.log`),
      capture: true,
    },
  )
  const rss = sampleRss(child.pid)
  const code = await child.exited
  const { peak } = rss.stop()
  if (code !== 0) {
    const tail = child.output.trim().split('\n').slice(-15).join('\n')
    throw new Error(`${name} failed (exit ${code}):\n${tail}`)
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
  return { seconds: (Date.now() - started) / 1000, peakRssMB: mb(peak), report }
}

export async function importPhase(ctx) {
  const { options, say } = ctx
  const dir = ctx.tmpFile('import')
  fs.mkdirSync(path.join(dir, 'uploads', 'bench'), { recursive: true })
  await sharp({ create: { width: 800, height: 450, channels: 3, background: '#5a7a9a' } })
    .jpeg()
    .toFile(path.join(dir, 'uploads', 'bench', 'photo.jpg'))
  const env = {
    ...ctx.env,
    DATABASE_URL: `file:${path.join(dir, 'import.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
  }
  await runLogged(
    ctx,
    'import-migrate',
    process.execPath,
    ['node_modules/payload/bin.js', 'migrate'],
    withDevConditions(env),
    /Done\./,
  )

  const groups = options.quick ? 100 : 3334
  const file = path.join(dir, 'export.xml')
  const written = await writeWxr(file, { groups })
  say(`  generated ${written.posts} posts (${(written.bytes / 1048576).toFixed(1)} MB)`)
  const args = [file, '--uploads', path.join(dir, 'uploads')]
  const first = await timedImport(ctx, 'import-first', args, env)
  const created = first.report.created.articles ?? 0
  if (created !== groups) throw new Error(`import: ${created} analyses made of ${groups} groups`)
  const postsPerSecond = round(written.posts / first.seconds, 1)
  say(
    `  first run: ${written.posts} posts in ${first.seconds.toFixed(1)} s (${postsPerSecond}/s), peak ${first.peakRssMB} MB`,
  )
  const second = await timedImport(ctx, 'import-again', args, env)
  const changed = (second.report.created.articles ?? 0) + (second.report.updated.articles ?? 0)
  say(`  second run: ${second.seconds.toFixed(1)} s, ${changed} analyses created or updated`)

  // Long posts (30 kB each) from another site, read in a dry run: only memory matters here.
  const big = path.join(dir, 'big.xml')
  const bigWritten = await writeWxr(big, {
    groups: options.quick ? 57 : 1134,
    bodyBytes: 30_000,
    site: 'https://big.example.org',
  })
  fs.rmSync(file)
  // With V8's heap capped: a run that held the file (or grew with it) would die, so finishing
  // is the proof, and the RSS is not inflated by a collector with room to spare.
  const dry = await timedImport(ctx, 'import-big-dry-run', [big, '--dry-run'], {
    ...env,
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_CAP_MB}`.trim(),
  })
  fs.rmSync(big)
  say(
    `  dry run of ${(bigWritten.bytes / 1048576).toFixed(0)} MB: ${dry.seconds.toFixed(1)} s, peak ${dry.peakRssMB} MB`,
  )

  return {
    posts: written.posts,
    fileMB: round(written.bytes / 1048576, 1),
    seconds: round(first.seconds, 1),
    postsPerSecond,
    peakRssMB: first.peakRssMB,
    created: first.report.created,
    problems: first.report.problems.length,
    rerunSeconds: round(second.seconds, 1),
    rerunChanged: changed,
    big: {
      heapCapMB: HEAP_CAP_MB,
      posts: bigWritten.posts,
      fileMB: round(bigWritten.bytes / 1048576, 1),
      seconds: round(dry.seconds, 1),
      peakRssMB: dry.peakRssMB,
    },
  }
}

const fmt = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US'))

/** Its rows in the benchmark's table (report.mjs). */
export function importSection({ results }, rows, outcome) {
  rows.push({ section: ['7b. WordPress import (npm run import:wxr, SQLite)', 'value'] })
  const r = results.import
  if (!r) return rows.push(outcome('import'))
  rows.push({
    cells: [
      `import of ${fmt(r.posts)} posts in 3 languages (${r.fileMB} MB)`,
      `${r.postsPerSecond} posts/s · ${r.seconds} s`,
    ],
  })
  rows.push({ cells: ['  import process, peak RSS (MB)', fmt(r.peakRssMB)] })
  rows.push({
    cells: ['  second run of the same file', `${r.rerunSeconds} s · ${r.rerunChanged} changed`],
  })
  rows.push({
    cells: [
      `dry run of a ${fmt(Math.round(r.big.fileMB))} MB export (${fmt(r.big.posts)} long posts), heap capped at ${r.big.heapCapMB} MB, peak RSS`,
      `${fmt(r.big.peakRssMB)} MB · ${r.big.seconds} s`,
    ],
  })
}

// Alone, without building the site: `node scripts/bench/phases/import.mjs [--quick]` (under
// the bench lock like `npm run bench`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { runPhaseAlone } = await import('../context.mjs')
  await runPhaseAlone('import', importPhase, 'bench-import')
}
