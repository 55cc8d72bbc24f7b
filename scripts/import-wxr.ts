/**
 * `npm run import:wxr -- FILE.xml [--dry-run] [--uploads DIR] [--map map.json]
 * [--report report.json] [--strict]`: brings a WordPress export over (payload/wxr).
 * Exit codes: 0 done, 1 problems with --strict or a failed run, 2 a file that cannot be read.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import { type ImportProgress, type ImportReport, importWxr } from '@/payload/wxr/import'
import { loadMapping, MappingError } from '@/payload/wxr/mapping'
import { WxrError } from '@/payload/wxr/parse'

const usage =
  'Usage: npm run import:wxr -- FILE.xml [--dry-run] [--uploads DIR] [--map map.json] [--report report.json] [--strict]'

function fatal(message: string, code: number): never {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

let parsed
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      uploads: { type: 'string' },
      map: { type: 'string' },
      report: { type: 'string' },
      strict: { type: 'boolean' },
    },
  })
} catch (error) {
  fatal(`${(error as Error).message}\n${usage}`, 2)
}
const { values, positionals } = parsed
if (positionals.length !== 1) fatal(usage, 2)
const file = positionals[0]
if (!fs.existsSync(file)) fatal(`${file} does not exist.`, 2)
if (values.uploads && !fs.existsSync(values.uploads)) {
  fatal(`The uploads folder ${values.uploads} does not exist.`, 2)
}

let mapping
try {
  mapping = loadMapping(values.map)
} catch (error) {
  fatal((error as Error).message, 2)
}

const tty = process.stdout.isTTY
const started = Date.now()
let lastLine = 0
/** A progress line is on screen without its newline yet. */
let openLine = false
function progress({ phase, done, total }: ImportProgress) {
  const seconds = (Date.now() - started) / 1000
  const rate = seconds > 0 ? (done / seconds).toFixed(1) : '0'
  if (phase === 'scan') {
    if (tty) process.stdout.write(`\rReading the export… ${done} items`)
    openLine = tty
    return
  }
  if (tty) {
    const width = 30
    const filled = total > 0 ? Math.round((done / total) * width) : 0
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
    process.stdout.write(`\r${bar} ${done}/${total} posts · ${rate}/s   `)
    openLine = done !== total
    if (!openLine) process.stdout.write('\n')
  } else if (Date.now() - lastLine > 5000 || done === total) {
    lastLine = Date.now()
    console.log(`${done}/${total} posts (${rate}/s)`)
  }
}

function summary(report: ImportReport, dryRun: boolean) {
  const line = (title: string, counts: Record<string, number>) => {
    const parts = Object.entries(counts).map(([k, n]) => `${k} ${n}`)
    console.log(`${title}: ${parts.length > 0 ? parts.join(', ') : 'nothing'}`)
  }
  console.log(
    dryRun ? 'Dry run: nothing was changed. This is what would happen.' : 'Import finished.',
  )
  line(dryRun ? 'Would create' : 'Created', report.created)
  line(dryRun ? 'Would update' : 'Updated', report.updated)
  line('Skipped', report.skipped)
  console.log(`Problems: ${report.problems.length}`)
  for (const p of report.problems) console.log(`  - ${p.item} [${p.kind}]: ${p.message}`)
}

const booted: { payload?: Payload } = {}
let exitCode = 0
try {
  const report = await importWxr(
    async () => (booted.payload = await getPayload({ config })),
    file,
    {
      dryRun: values['dry-run'],
      uploadsDir: values.uploads,
      mapping,
      onProgress: progress,
    },
  )
  if (openLine) process.stdout.write('\n')
  summary(report, Boolean(values['dry-run']))
  if (values.report) fs.writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`)
  if (values.strict && report.problems.length > 0) exitCode = 1
} catch (error) {
  if (openLine) process.stdout.write('\n')
  if (error instanceof WxrError) {
    process.stderr.write(`${error.message}\n`)
    exitCode = 2
  } else if (error instanceof MappingError) {
    process.stderr.write(`${error.message}\n`)
    exitCode = 2
  } else {
    // A database error's message holds the whole query: its first line and its cause say it.
    const failure = error as Error & { cause?: { message?: string } }
    const reason = [failure.message.split('\n')[0].slice(0, 300), failure.cause?.message]
      .filter(Boolean)
      .join(': ')
    process.stderr.write(
      `The import stopped: ${reason}. What was written so far is recorded; run the same command again to finish.\n`,
    )
    exitCode = 1
  }
} finally {
  await booted.payload?.destroy()
}
process.exit(exitCode)
