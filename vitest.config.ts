import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

/**
 * The integration suite runs once per database: always on SQLite, on PostgreSQL when
 * TEST_POSTGRES_URL is set and on MongoDB when TEST_MONGODB_URL is set (otherwise those
 * projects report their tests as skipped and say why).
 */
const shared = {
  include: ['tests/**/*.test.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
  pool: 'forks' as const,
  setupFiles: ['tests/helpers/setup-env.ts'],
}

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload/payload.config.ts') },
      { find: /^@\/(.*)$/, replacement: path.join(root, '$1') },
    ],
  },
  test: {
    // Two files at once (any project): most of a file's time is spent waiting for the
    // processes it starts (servers, CLIs, workers), and every file has a database, media
    // folder, Redis prefix and ports of its own.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { ...shared, name: 'sqlite', env: { TEST_DB: 'sqlite' } } },
      { extends: true, test: { ...shared, name: 'postgres', env: { TEST_DB: 'postgres' } } },
      { extends: true, test: { ...shared, name: 'mongodb', env: { TEST_DB: 'mongodb' } } },
    ],
  },
})
