/**
 * Runs before each test file's imports: the Payload config reads DATABASE_URL when it is
 * first imported, so the fresh test database must be in the environment before anything
 * (a test, or a lib/ module it imports) loads the config. Never the demo's database.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createTestDatabase, skipReason, type TestDatabase } from './database'

declare global {
  var __testDatabase: TestDatabase | undefined
  var __testMediaDir: string | undefined
}

process.env.PAYLOAD_SECRET = 'test-secret-for-weekly-monitor'
process.env.REVALIDATE_URL = 'http://127.0.0.1:9'
process.env.MAIL_OUTBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-outbox-'))
if (!skipReason()) {
  globalThis.__testDatabase = await createTestDatabase()
  globalThis.__testMediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-media-'))
  process.env.DATABASE_URL = globalThis.__testDatabase.url
  process.env.MEDIA_DIR = globalThis.__testMediaDir
}
