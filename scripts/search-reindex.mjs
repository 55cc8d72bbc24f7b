#!/usr/bin/env node
// `npm run search:reindex [-- --fresh]`: see scripts/search-reindex.ts.
import { spawnSync } from 'node:child_process'

const result = spawnSync(
  'node_modules/.bin/tsx',
  ['scripts/search-reindex.ts', ...process.argv.slice(2)],
  {
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=development`.trim(),
    },
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
