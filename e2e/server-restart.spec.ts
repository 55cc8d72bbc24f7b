import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

/**
 * Scheduled publishing with the real web server process: `npm start` (the e2e build) is
 * killed with SIGKILL before the scheduled time and started again after it, now with
 * `npm run worker` beside it. The analysis goes live once, soon after the restart. It runs on
 * a copy of the e2e database so the main test server's own queue cannot do the work.
 */
test('a scheduled publication survives kill -9 of the web server and happens once with a worker beside it', async ({
  request,
}) => {
  test.skip(test.info().project.name !== 'desktop', 'checked once, on the desktop project')
  test.setTimeout(300_000)
  const port = 3213
  const base = `http://localhost:${port}`
  const current = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), 'wm-e2e-current.json'), 'utf8'),
  ) as { env: { DATABASE_URL: string; MEDIA_DIR: string } }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-restart-'))
  const source = current.env.DATABASE_URL.replace(/^file:/, '')
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, `${dir}/copy.db${suffix}`)
  }
  const env = {
    ...process.env,
    DATABASE_URL: `file:${dir}/copy.db`,
    MEDIA_DIR: current.env.MEDIA_DIR,
    MAIL_OUTBOX_DIR: `${dir}/outbox`,
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    NEXT_PUBLIC_SERVER_URL: base,
    NEXT_DIST_DIR: '.next-e2e',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    PORT: String(port),
  }
  const started: ChildProcess[] = []
  // Each in its own process group, so SIGKILL reaches the real process and anything it forked.
  const launch = (command: string, args: string[]) => {
    const child = spawn(command, args, { env, detached: true, stdio: 'ignore' })
    started.push(child)
    return child
  }
  const killGroup = (child: ChildProcess) => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL')
    } catch {
      // already gone
    }
  }
  const startServer = async () => {
    const server = launch(process.execPath, ['server/server.mjs'])
    await expect
      .poll(
        async () => {
          try {
            return (await request.get(`${base}/api/topics?limit=1`)).status()
          } catch {
            return 0
          }
        },
        { timeout: 60_000, intervals: [250, 500] },
      )
      .toBe(200)
    return server
  }
  const isPublished = async (id: number) =>
    (await request.get(`${base}/api/articles/${id}?depth=0`)).status() === 200

  try {
    const first = await startServer()
    const queued = spawnSync('node_modules/.bin/tsx', ['e2e/fixtures/schedule-draft.ts', '25'], {
      env: { ...env, NODE_OPTIONS: '--conditions=development' },
      encoding: 'utf8',
    })
    const line = queued.stdout.split('\n').find((l) => l.startsWith('{"id"'))
    expect(line, queued.stdout + queued.stderr).toBeTruthy()
    const { id, at } = JSON.parse(line as string) as { id: number; at: string }
    expect(await isPublished(id)).toBe(false)

    killGroup(first)
    await new Promise((r) => setTimeout(r, Math.max(0, new Date(at).getTime() - Date.now()) + 2000))

    // Back after the time, with a worker beside it: both work the queue.
    await startServer()
    const restartedAt = Date.now()
    launch(process.execPath, ['scripts/worker.mjs'])
    await expect.poll(() => isPublished(id), { timeout: 60_000, intervals: [250, 500] }).toBe(true)
    const lateAfterRestart = Date.now() - restartedAt
    console.log(
      `scheduled publish after kill -9: live ${lateAfterRestart} ms after the server was back (${Date.now() - new Date(at).getTime()} ms after its time, ${(restartedAt - new Date(at).getTime()) / 1000} s of it with no server)`,
    )

    // Exactly once, also after the worker and the server have both had their turns.
    await new Promise((r) => setTimeout(r, 12_000))
    const login = await request.post(`${base}/api/users/login`, {
      data: { email: 'editor@monitor.local', password: 'demo-editor' },
    })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const versions = await request.get(
      `${base}/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&depth=0`,
      { headers },
    )
    expect(versions.status()).toBe(200)
    expect((await versions.json()).totalDocs).toBe(1)
  } finally {
    for (const child of started) killGroup(child)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
