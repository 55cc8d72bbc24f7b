#!/usr/bin/env node
// `npm run migrate:create -- name`: writes a migration for each SQL dialect, diffing the
// config against the previous migrations (SQLite in a temporary file, PostgreSQL in a
// temporary database on MIGRATE_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runPayloadCli } from './payload-cli.mjs'

const name = process.argv[2] || 'change'
const adminUrl = process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-migrate-'))

runPayloadCli(['migrate:create', name], {
  env: { ...process.env, DATABASE_URL: `file:${path.join(dir, 'migrate.db')}` },
})

const db = `wm_migrate_${Date.now()}`
const psql = (sql) => spawnSync('psql', [adminUrl, '-c', sql], { stdio: 'inherit' })
psql(`CREATE DATABASE ${db}`)
try {
  const url = new URL(adminUrl)
  url.pathname = `/${db}`
  runPayloadCli(['migrate:create', name], { env: { ...process.env, DATABASE_URL: url.toString() } })
} finally {
  psql(`DROP DATABASE IF EXISTS ${db}`)
  fs.rmSync(dir, { recursive: true, force: true })
}
