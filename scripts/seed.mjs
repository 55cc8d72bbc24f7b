#!/usr/bin/env node
// `npm run seed`: loads the demo content into an empty database (see payload/seed).
import { spawnSync } from 'node:child_process'

export function runSeed(env = process.env) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/seed.ts'], {
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --conditions=development`.trim() },
    encoding: 'utf8',
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  process.stdout.write(output)
  if (result.status !== 0 || !/Demo content ready|demo seeding skipped/.test(output)) {
    throw new Error(`Seeding did not finish (exit ${result.status}); see the output above.`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    runSeed()
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
