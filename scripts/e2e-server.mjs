#!/usr/bin/env node
// Playwright's web server: a fresh SQLite database with the demo content, a production
// build of its own (.next-e2e) and the production server (server/server.mjs, as `npm start`).
// Nothing is shared with `npm run demo`.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runPayloadCli } from './payload-cli.mjs'
import { runSeed } from './seed.mjs'

const port = process.env.E2E_PORT || '3211'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-e2e-'))
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
  PAYLOAD_SECRET: 'e2e-secret-not-for-production',
  NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
  NEXT_DIST_DIR: '.next-e2e',
  NEXT_TELEMETRY_DISABLED: '1',
  // e2e/ops.spec.ts reads /api/metrics with it.
  METRICS_TOKEN: 'e2e-metrics-token',
}
fs.writeFileSync(
  path.join(os.tmpdir(), 'wm-e2e-current.json'),
  JSON.stringify({
    dir,
    env: {
      DATABASE_URL: env.DATABASE_URL,
      MEDIA_DIR: env.MEDIA_DIR,
      MAIL_OUTBOX_DIR: env.MAIL_OUTBOX_DIR,
    },
  }),
)

// Next keeps cached query results (unstable_cache) in the build folder across builds; a
// fresh database must not be served data cached from the previous one.
fs.rmSync(path.join(env.NEXT_DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })

runPayloadCli(['migrate'], { env })
runSeed(env)
// Never two builds at once on one machine (WM_BUILD_LOCK_HELD=1: the caller holds the lock).
const [buildCommand, buildArgs] =
  process.env.WM_BUILD_LOCK_HELD === '1'
    ? ['node_modules/.bin/next', ['build']]
    : ['flock', ['/tmp/wm-build.lock', 'node_modules/.bin/next', 'build']]
const build = spawnSync(buildCommand, buildArgs, {
  env: { ...env, NODE_ENV: 'production' },
  stdio: 'inherit',
})
if (build.status !== 0) process.exit(1)

const server = spawn(process.execPath, ['server/server.mjs'], {
  env: { ...env, NODE_ENV: 'production', PORT: port },
  stdio: 'inherit',
})
const stop = () => {
  server.kill('SIGTERM')
  fs.rmSync(dir, { recursive: true, force: true })
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(code ?? 0)
})
