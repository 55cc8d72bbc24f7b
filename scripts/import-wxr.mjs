#!/usr/bin/env node
// `npm run import:wxr -- FILE.xml [--dry-run] [--uploads DIR] [--map map.json] [--report report.json] [--strict]`:
// runs scripts/import-wxr.ts with the Payload config (tsx, development conditions as seed.mjs does).
import { spawn } from 'node:child_process'

export function importWxrCommand(args, { env = process.env, stdio = 'inherit' } = {}) {
  return spawn('node_modules/.bin/tsx', ['scripts/import-wxr.ts', ...args], {
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --conditions=development`.trim() },
    stdio,
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const child = importWxrCommand(process.argv.slice(2))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)))
}
