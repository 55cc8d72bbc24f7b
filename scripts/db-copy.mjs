#!/usr/bin/env node
// `npm run db:copy -- --from URL --to URL`: see scripts/db-copy.ts.
import { spawnSync } from 'node:child_process'

const result = spawnSync(
  'node_modules/.bin/tsx',
  ['scripts/db-copy.ts', ...process.argv.slice(2)],
  {
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=development`.trim(),
    },
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
