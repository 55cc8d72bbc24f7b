/**
 * Backups, restores and db:copy as an operator runs them (`npm run backup`, `restore`,
 * `db:copy` in their own processes) on a site with the demo content's last week: a backup
 * taken while 8 clients publish and edit restores with every published text and picture as
 * it was; a killed backup, a cut archive and a full database are refused; a copy into the
 * other database keeps what readers see, every login and a waiting scheduled publication.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Cron } from 'croner'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openArchive } from '@/payload/backup/archive'
import { latestBackup } from '@/payload/backup/backup'
import { openDatabase } from '@/payload/backup/sql'
import { queueNextBackup } from '@/payload/backup/task'
import { demoUsers, seedDemoContent } from '@/payload/seed'

import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'
import {
  publishedContent,
  publishedTexts,
  type PublishedAnalysis,
  type TextRow,
} from './helpers/site-snapshot'

const skip = skipReason()
if (skip) console.warn(skip)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

type Run = { code: number | null; stdout: string; stderr: string }

/** `node scripts/NAME.mjs …` (what `npm run NAME` runs) in its own process group. */
function start(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [`scripts/${script}.mjs`, ...args], {
    env: { ...process.env, REVALIDATE_URL: 'http://127.0.0.1:9', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
}

function finish(child: ChildProcess): Promise<Run> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (c) => (stdout += String(c)))
  child.stderr?.on('data', (c) => (stderr += String(c)))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

const command = (script: string, args: string[], env: Record<string, string> = {}) =>
  finish(start(script, args, env))

type Fresh = { url: string; drop: () => Promise<void> }

/** An empty database of either kind, whatever this test project's own database is. */
async function freshDatabase(kind: 'sqlite' | 'postgres'): Promise<Fresh> {
  if (kind === 'sqlite') {
    const dir = tmp('wm-backup-db-')
    return {
      url: `file:${path.join(dir, 'restored.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const admin = process.env.TEST_POSTGRES_URL as string
  const name = `wm_backup_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  const { default: pg } = await import('pg')
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    await client.query(sql)
    await client.end()
  }
  await run(`create database ${name}`)
  const url = new URL(admin)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) }
}

/** SHA-256 of every file under `dir` (relative path → hash). */
function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full, `${prefix}${e.name}/`)
      else
        out[`${prefix}${e.name}`] = crypto
          .createHash('sha256')
          .update(fs.readFileSync(full))
          .digest('hex')
    }
  }
  if (fs.existsSync(dir)) walk(dir, '')
  return out
}

describe.skipIf(skip)('backups, restore and db:copy', () => {
  let ctx: TestContext
  let kind: 'sqlite' | 'postgres'
  const cleanups: (() => Promise<void>)[] = []
  const backups = tmp('wm-backups-')
  const env = () => ({
    DATABASE_URL: ctx.db.url,
    MEDIA_DIR: process.env.MEDIA_DIR as string,
    BACKUP_DIR: backups,
  })

  beforeAll(async () => {
    ctx = await startPayload()
    kind = ctx.db.kind as 'sqlite' | 'postgres'
    await seedDemoContent(ctx.payload, { weeks: 1, log: () => undefined })
  })
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined)
    fs.rmSync(backups, { recursive: true, force: true })
    await ctx?.close()
  })

  it('a backup taken while 8 clients publish and edit restores every published text and picture', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThanOrEqual(4)
    // Half the analyses are edited during the backup, the others are not touched.
    const edited = docs.slice(0, Math.ceil(docs.length / 2)).map((d) => String(d.id))
    const before = await publishedTexts(ctx.db.url)
    // Every state a text was in while the backup ran: a restored text must be one of them.
    const seen = new Map<string, Set<string>>()
    const remember = (rows: TextRow[]) => {
      for (const r of rows) {
        const key = `${r.id}/${r.locale}`
        if (!seen.has(key)) seen.set(key, new Set())
        seen.get(key)!.add(r.hash)
      }
    }
    remember(before)

    // 8 clients in another process (as the web server would be) edit half the analyses;
    // every state they leave a text in is logged.
    const work = tmp('wm-writers-')
    cleanups.push(async () => fs.rmSync(work, { recursive: true, force: true }))
    const stopFile = path.join(work, 'stop')
    const logFile = path.join(work, 'log.jsonl')
    fs.writeFileSync(logFile, '')
    const writers = finish(
      spawn(process.execPath, ['node_modules/.bin/tsx', 'tests/helpers/writers.ts'], {
        env: {
          ...process.env,
          NODE_OPTIONS: '--conditions=development',
          REVALIDATE_URL: 'http://127.0.0.1:9',
          ARTICLES: JSON.stringify(edited),
          STOP_FILE: stopFile,
          LOG_FILE: logFile,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
    const logged = () => fs.readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length
    const deadline = Date.now() + 90_000
    while (logged() < 8 && Date.now() < deadline) await sleep(200)
    const savesBefore = logged()
    const backup = await command('backup', ['--out', backups], env())
    const savesDuring = logged() - savesBefore
    fs.writeFileSync(stopFile, '')
    const writersRun = await writers
    expect(writersRun.code, writersRun.stderr.slice(-2000)).toBe(0)
    remember(
      fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as TextRow),
    )

    expect(backup.code, backup.stderr).toBe(0)
    expect(savesDuring).toBeGreaterThan(0)
    const archive = /Backup written: (\S+)/.exec(backup.stdout)?.[1]
    expect(archive && fs.existsSync(archive)).toBe(true)

    const targets: ('sqlite' | 'postgres')[] =
      kind === 'sqlite'
        ? ['sqlite', ...(process.env.TEST_POSTGRES_URL ? ['postgres' as const] : [])]
        : ['postgres']
    if (kind === 'sqlite' && !process.env.TEST_POSTGRES_URL)
      console.warn('Restoring into PostgreSQL skipped: set TEST_POSTGRES_URL to include it.')
    for (const target of targets) {
      const db = await freshDatabase(target)
      cleanups.push(db.drop)
      const media = tmp('wm-restored-media-')
      cleanups.push(async () => fs.rmSync(media, { recursive: true, force: true }))
      const restore = await command('restore', [archive!, '--into', db.url, '--media', media])
      expect(restore.code, `${restore.stdout}\n${restore.stderr}`).toBe(0)
      expect(restore.stdout).toMatch(/counts match the manifest/)

      const restored = await publishedTexts(db.url)
      // Nothing published before the backup is missing, and every text is one a client
      // saved whole (never half of one save and half of another).
      const restoredKeys = new Set(restored.map((r) => `${r.id}/${r.locale}`))
      for (const r of before) expect(restoredKeys.has(`${r.id}/${r.locale}`)).toBe(true)
      for (const r of restored) expect(seen.get(`${r.id}/${r.locale}`)?.has(r.hash)).toBe(true)
      // The analyses nobody edited are exactly as they were.
      const untouched = (rows: TextRow[]) => rows.filter((r) => !edited.includes(r.id))
      expect(untouched(restored)).toEqual(untouched(before))
      expect(untouched(before).length).toBeGreaterThan(0)
      // Every picture, with the same bytes.
      const original = fileHashes(process.env.MEDIA_DIR as string)
      expect(Object.keys(original).length).toBeGreaterThan(0)
      expect(fileHashes(media)).toEqual(original)
    }
  })

  it('refuses a killed backup, a cut archive, a full database and bad input, writing nothing', async () => {
    const out = tmp('wm-killed-')
    cleanups.push(async () => fs.rmSync(out, { recursive: true, force: true }))
    const child = start('backup', ['--out', out], env())
    const done = finish(child)
    // Killed as soon as the archive is being written (or, failing that, prepared).
    const deadline = Date.now() + 60_000
    let seenPartial = false
    while (Date.now() < deadline) {
      const names = fs.readdirSync(out)
      if (names.some((n) => n.includes('.partial-'))) {
        seenPartial = true
        break
      }
      if (names.some((n) => n.startsWith('.backup-staging-'))) await sleep(5)
      else await sleep(20)
    }
    process.kill(-child.pid!, 'SIGKILL')
    await done
    expect(seenPartial, 'the backup was killed while writing its archive').toBe(true)
    const left = fs.readdirSync(out)
    expect(left.filter((n) => n.endsWith('.tar.gz'))).toEqual([])
    const target = await freshDatabase('sqlite')
    cleanups.push(target.drop)
    for (const name of left.filter((n) => fs.statSync(path.join(out, n)).isFile())) {
      const refused = await command('restore', [path.join(out, name), '--into', target.url])
      expect(refused.code).toBe(2)
      expect(refused.stderr).toMatch(/damaged or incomplete/)
    }

    // A good archive cut short.
    const good = await command('backup', ['--out', path.join(out, 'good.tar.gz')], env())
    expect(good.code, good.stderr).toBe(0)
    const bytes = fs.readFileSync(path.join(out, 'good.tar.gz'))
    const cut = path.join(out, 'cut.tar.gz')
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const fresh = await freshDatabase(kind)
    cleanups.push(fresh.drop)
    // The refusals write nothing, so they run side by side: a cut archive, the site's own
    // (not empty) database, an unknown option, a missing archive, an unreachable database.
    const [truncated, full, unknown, missing, unreachable] = await Promise.all([
      command('restore', [cut, '--into', fresh.url]),
      command('restore', [path.join(out, 'good.tar.gz'), '--into', ctx.db.url]),
      command('restore', ['--frobnicate']),
      command('restore', [path.join(out, 'nope.tar.gz'), '--into', fresh.url]),
      command('db-copy', ['--from', ctx.db.url, '--to', 'postgres://nobody@127.0.0.1:1/none']),
    ])
    expect(truncated.code).toBe(2)
    expect(truncated.stderr.trim()).toMatch(
      /^\S+cut\.tar\.gz is damaged or incomplete .*nothing was restored\.$/,
    )
    const emptyStill = await openDatabase(fresh.url)
    expect((await emptyStill.tables()).length).toBe(0)
    await emptyStill.close()
    expect(full.code).toBe(2)
    expect(full.stderr).toMatch(/is not empty .* add --force/)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^Unknown option '--frobnicate'\. Usage: /)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/There is no archive at/)
    expect(unreachable.code).toBe(2)
    expect(unreachable.stderr).toMatch(/^Could not connect to the PostgreSQL database/)
  })

  it('db:copy into the other database keeps what readers see, every login and a waiting schedule; a second run changes nothing', async (t) => {
    const other = kind === 'sqlite' ? 'postgres' : 'sqlite'
    if (other === 'postgres' && !process.env.TEST_POSTGRES_URL) {
      t.skip('db:copy from SQLite to PostgreSQL needs TEST_POSTGRES_URL.')
      return
    }
    // A draft scheduled to be published shortly after the copy is done.
    const [topic] = (await ctx.payload.find({ collection: 'topics', limit: 1, depth: 0 })).docs
    const [week] = (await ctx.payload.find({ collection: 'weeks', limit: 1, depth: 0 })).docs
    const draft = await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: {
        title: 'Scheduled across the move',
        lead: 'Published by the new database.',
        topic: topic!.id as number,
        week: week!.id as number,
        verdict: 'unchanged',
      },
      overrideAccess: true,
      context: { seeding: true },
    })
    const at = new Date(Date.now() + 45_000)
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: at,
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id as number } },
    })
    const expected: PublishedAnalysis[] = await publishedContent(ctx.payload)

    const target = await freshDatabase(other)
    cleanups.push(target.drop)
    const first = await command('db-copy', ['--from', ctx.db.url, '--to', target.url])
    expect(first.code, `${first.stdout}\n${first.stderr}`).toBe(0)
    expect(first.stdout).toMatch(/every table has the same count on both sides/)
    const second = await command('db-copy', ['--from', ctx.db.url, '--to', target.url])
    expect(second.code, second.stderr).toBe(0)
    expect(second.stdout).toMatch(/^0 rows copied/m)

    const inspect = await finish(
      spawn(process.execPath, ['node_modules/.bin/tsx', 'tests/helpers/inspect-site.ts'], {
        env: {
          ...process.env,
          NODE_OPTIONS: '--conditions=development',
          DATABASE_URL: target.url,
          LOGINS: JSON.stringify(demoUsers.map(({ email, password }) => ({ email, password }))),
          RUN_SCHEDULED: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
    const line = inspect.stdout.split('\n').find((l) => l.startsWith('RESULT '))
    expect(line, inspect.stderr).toBeTruthy()
    const result = JSON.parse(line!.slice('RESULT '.length)) as {
      signedIn: Record<string, boolean>
      scheduled: { waitUntil: string | null; doc: number | string | null }[]
      fired: Record<string, string>
      published: PublishedAnalysis[]
    }
    expect(result.signedIn).toEqual(Object.fromEntries(demoUsers.map((u) => [u.email, true])))
    expect(result.scheduled).toEqual([{ waitUntil: at.toISOString(), doc: draft.id }])
    expect(result.fired).toEqual({ [String(draft.id)]: 'published' })
    // What readers see, plus the analysis the schedule has just published there.
    expect(result.published.filter((p) => p.slug !== draft.slug)).toEqual(expected)
    expect(result.published.some((p) => p.slug === draft.slug)).toBe(true)
  })

  it('scheduled backups: BACKUP_CRON keeps one job waiting; at its time the queue writes an archive and keeps BACKUP_KEEP', async () => {
    const dir = tmp('wm-scheduled-')
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }))
    const saved = { ...process.env }
    Object.assign(process.env, { BACKUP_CRON: '0 3 * * *', BACKUP_DIR: dir, BACKUP_KEEP: '2' })
    try {
      // Three archives from earlier days (only their names and ages matter to the pruning).
      for (const day of [1, 2, 3]) {
        const file = path.join(dir, `monitor-2026010${day}-030000.tar.gz`)
        fs.writeFileSync(file, 'old')
        const at = new Date(Date.now() - (10 - day) * 86_400_000)
        fs.utimesSync(file, at, at)
      }
      expect(latestBackup(dir)?.stale).toBe(true)
      await queueNextBackup(ctx.payload)
      await queueNextBackup(ctx.payload)
      const waiting = async () =>
        (
          await ctx.payload.find({
            collection: 'payload-jobs',
            where: {
              and: [{ taskSlug: { equals: 'backup' } }, { completedAt: { exists: false } }],
            },
            overrideAccess: true,
          })
        ).docs
      const [job, ...more] = await waiting()
      expect(more).toEqual([])
      expect(job!.waitUntil).toBe(new Cron('0 3 * * *').nextRun()!.toISOString())
      // Its time comes.
      await ctx.payload.update({
        collection: 'payload-jobs',
        id: job!.id,
        data: { waitUntil: new Date().toISOString() },
        overrideAccess: true,
      })
      await ctx.payload.jobs.run({ queue: 'default', limit: 10 })
      const archives = fs.readdirSync(dir).filter((n) => n.endsWith('.tar.gz'))
      expect(archives).toHaveLength(2)
      const newest = latestBackup(dir)!
      expect(newest.stale).toBe(false)
      expect(archives).toContain(newest.file)
      // A real archive, which a restore would accept.
      const opened = await openArchive(path.join(dir, newest.file))
      expect(opened.manifest.collections.articles!.documents).toBeGreaterThan(0)
      opened.cleanup()
      // And the next one is waiting.
      const [next] = await waiting()
      expect(new Date(next!.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    } finally {
      process.env = saved
    }
  })
})
