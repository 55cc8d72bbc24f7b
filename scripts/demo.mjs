#!/usr/bin/env node
// `npm run demo`: one command from a fresh clone to a running site with demo content on
// the embedded SQLite database. Data in ./data is kept between runs.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { runPayloadCli } from './payload-cli.mjs'
import { runSeed } from './seed.mjs'

const port = process.env.PORT || '3000'
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || 'file:./data/monitor.db',
  NEXT_PUBLIC_SERVER_URL: process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
}

// A secret of its own for this demo, kept beside its data so logins survive restarts.
if (!env.PAYLOAD_SECRET) {
  const file = path.resolve('data/.payload-secret')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
}

const step = (title) => console.log(`\n▸ ${title}`)

try {
  step(`Applying migrations to ${env.DATABASE_URL}`)
  runPayloadCli(['migrate'], { env })
  step('Loading demo content (only into an empty database)')
  runSeed(env)
  if (process.env.DEMO_SKIP_BUILD !== '1' || !fs.existsSync('.next/BUILD_ID')) {
    // Cached query results from an earlier build may belong to another database.
    fs.rmSync('.next/cache/fetch-cache', { recursive: true, force: true })
    step('Building the site (about a minute)')
    const build = spawnSync('node_modules/.bin/next', ['build'], {
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'inherit',
    })
    if (build.status !== 0) throw new Error('next build failed; see the output above.')
  }
} catch (error) {
  console.error(`\n✖ ${error.message}`)
  process.exit(1)
}

step(`Starting on ${env.NEXT_PUBLIC_SERVER_URL}`)
const server = spawn(process.execPath, ['server/server.mjs'], {
  env: { ...env, NODE_ENV: 'production', PORT: port },
  stdio: ['ignore', 'pipe', 'inherit'],
})
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (/Ready in|started server/i.test(chunk.toString())) {
    console.log(`
  Weekly Monitor is running.
    Site:   ${env.NEXT_PUBLIC_SERVER_URL}/en
    Admin:  ${env.NEXT_PUBLIC_SERVER_URL}/admin
  Demo logins (password after the slash):
    admin    admin@monitor.local / demo-admin
    editor   editor@monitor.local / demo-editor
    analyst  alena@monitor.local / demo-analyst
    analyst  pavel@monitor.local / demo-analyst
  E-mail is written to ${path.resolve(process.env.MAIL_OUTBOX_DIR || 'data/outbox')} (set SMTP_URL to send it).
  Press Ctrl+C to stop.
`)
  }
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
