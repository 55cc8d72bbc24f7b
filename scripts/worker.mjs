#!/usr/bin/env node
// `npm run worker`: works the jobs queue (scheduled publishing, digests) in its own process,
// for sites on several web servers; start those with JOBS_AUTORUN=false.
import { spawn } from 'node:child_process'

const cron = process.env.WORKER_CRON || '*/10 * * * * *'
const worker = spawn(
  process.execPath,
  ['node_modules/payload/bin.js', 'jobs:work', '--cron', cron, '--queue', 'default'],
  {
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=development`.trim(),
    },
    stdio: 'inherit',
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => worker.kill(signal))
worker.on('exit', (code) => process.exit(code ?? 0))
