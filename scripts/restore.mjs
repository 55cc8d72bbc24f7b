#!/usr/bin/env node
// `npm run restore -- ARCHIVE [--into URL] [--force]`: see scripts/restore.ts.
import { spawnSync } from 'node:child_process'

const result = spawnSync(
  'node_modules/.bin/tsx',
  ['scripts/restore.ts', ...process.argv.slice(2)],
  {
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=development`.trim(),
    },
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
