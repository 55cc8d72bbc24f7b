#!/usr/bin/env node
// `npm run stack`: the site as it runs on several servers, on this machine. Two web servers
// (server/server.mjs on 3001 and 3002, one build in .next-stack), one queue worker, Varnish
// on 3000 in front of them (deploy/varnish), PostgreSQL database weekly_monitor_stack and
// Redis with a prefix of its own. README "Running on several servers".
//
// startStack() is the same thing on any ports, database and prefix, for the tests and the
// benchmark: it returns the processes and stop().
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { runPayloadCli } from './payload-cli.mjs'
import { runSeed } from './seed.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const cacheTags = ['articles', 'weeks', 'topics', 'analysts', 'media', 'site']

export const stackDefaults = {
  varnishPort: 3000,
  webPorts: [3001, 3002],
  databaseUrl: 'postgres://postgres@127.0.0.1:5432/weekly_monitor_stack',
  redisUrl: 'redis://127.0.0.1:6379',
  redisPrefix: 'wm-stack:',
  distDir: '.next-stack',
  dataDir: 'data/stack',
  publicUrl: 'http://localhost:3000',
}

/** Where varnishd is, or null. */
export function findVarnishd() {
  for (const candidate of ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd']) {
    if (fs.existsSync(candidate)) return candidate
  }
  const found = spawnSync('sh', ['-c', 'command -v varnishd'], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : null
}

/** Debian's Varnish with the xkey module, when missing and this is a root shell. */
function installVarnish(log) {
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) return
  log('Installing Varnish (apt-get install varnish varnish-modules)')
  spawnSync(
    'sh',
    [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules',
    ],
    { stdio: 'inherit' },
  )
}

/** Whether something accepts connections on host:port. */
export function isListening(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.setTimeout(1000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

/** Whether Redis answers PING at the URL (no client library needed). */
export function redisAnswers(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) })
    socket.setTimeout(1000)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(/PONG|NOAUTH/.test(data.toString()))
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

/** Creates the PostgreSQL database of the URL when it does not exist. */
export async function ensurePostgresDatabase(databaseUrl) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`The stack's database name "${name}" must be lower-case letters, digits and _.`)
  const { default: pg } = await import('pg')
  const admin = new URL(databaseUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
}

/** The token of the web servers' /api/revalidate, as payload/revalidate.ts derives it. */
const revalidationToken = (secret) =>
  crypto.createHmac('sha256', secret).update('weekly-monitor:revalidate').digest('hex')

const builtForFile = (distDir) => path.join(root, distDir, 'wm-public-url')
const builtFor = (distDir) =>
  fs.readFileSync(builtForFile(distDir), { encoding: 'utf8', flag: 'a+' })

/** Builds the site into distDir under the shared build lock (never two builds at once). */
export function buildSite({ env, distDir, log = console.log }) {
  log(`Building the site into ${distDir} (about a minute; waits for other builds)`)
  const next = path.join(root, 'node_modules/.bin/next')
  const [command, args] =
    process.env.WM_BUILD_LOCK_HELD === '1'
      ? [next, ['build']]
      : ['flock', ['/tmp/wm-build.lock', next, 'build']]
  // Cached query results of an earlier build may belong to another database.
  fs.rmSync(path.join(root, distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  const build = spawnSync(command, args, {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}`)
    throw new Error(`next build into ${distDir} failed; see the output above.`)
  }
  fs.writeFileSync(builtForFile(distDir), env.NEXT_PUBLIC_SERVER_URL ?? '')
}

const sourceEntries = [
  'app',
  'collections',
  'components',
  'globals',
  'i18n',
  'lib',
  'messages',
  'payload',
  'instrumentation.ts',
  'next.config.ts',
  'proxy.ts',
  'package.json',
]

/** Whether distDir has no build, or one older than a source file it was built from. */
export function buildIsOutdated(distDir, publicUrl) {
  const buildId = path.join(root, distDir, 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  if (builtFor(distDir) !== publicUrl) return true
  const builtAt = fs.statSync(buildId).mtimeMs
  const newer = (entry) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false })
    if (!stat) return false
    if (!stat.isDirectory()) return stat.mtimeMs > builtAt
    return fs.readdirSync(entry).some((name) => newer(path.join(entry, name)))
  }
  return sourceEntries.some((entry) => newer(path.join(root, entry)))
}

/** The backends file default.vcl includes: these web servers, and who may purge. */
export function backendsVcl(webPorts, { host = '127.0.0.1', purgers = ['127.0.0.1'] } = {}) {
  const backends = webPorts
    .map(
      (port, i) => `backend web${i + 1} {
    .host = "${host}";
    .port = "${port}";
    .probe = web_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 10s;
    .between_bytes_timeout = 10s;
}
`,
    )
    .join('\n')
  return `# Written by scripts/stack.mjs.
${backends}
acl purgers {
${purgers.map((address) => `    "${address}";`).join('\n')}
}

sub vcl_init {
    new web = directors.round_robin();
${webPorts.map((_, i) => `    web.add_backend(web${i + 1});`).join('\n')}
}
`
}

/** Every process startStack started in this process and that is still running. */
const startedProcesses = new Set()

/**
 * Stops everything startStack started from this process, also a stack whose start failed
 * or was given up on (a test's timed-out hook): SIGTERM, then SIGKILL after 10 s.
 */
export async function stopStartedProcesses() {
  const running = [...startedProcesses]
  for (const proc of running) proc.kill('SIGTERM')
  await Promise.race([
    Promise.all(running.map((proc) => proc.exited)),
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ])
  for (const proc of running) if (proc.running) proc.kill('SIGKILL')
}

// Nothing outlives the process that started it, whichever way it ends.
process.once('exit', () => {
  for (const proc of startedProcesses) proc.kill('SIGKILL')
})

/**
 * A process in its own process group (so stopping it stops its children too), with its
 * output passed line by line to onOutput.
 */
function startProcess(name, command, args, { env, onOutput }) {
  const child = spawn(command, args, {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = ''
    stream.on('data', (chunk) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) onOutput(name, line)
    })
  }
  const handle = {
    name,
    child,
    pid: child.pid,
    exited: new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    ),
    running: true,
    /** Sends a signal to the whole process group. */
    kill(signal = 'SIGTERM') {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // Already gone.
      }
    },
  }
  startedProcesses.add(handle)
  handle.exited.then(() => {
    handle.running = false
    startedProcesses.delete(handle)
  })
  return handle
}

async function waitFor(what, check, { timeoutMs = 180_000, process: proc, signal } = {}) {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (signal?.aborted) throw new Error(`${what}: the stack was stopped while starting.`)
    if (proc && !proc.running) throw new Error(`${what}: the process exited.`)
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${what}: not ready within ${Math.round(timeoutMs / 1000)} s.`)
}

async function answersHttp(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    await response.body?.cancel()
    return response.status < 500
  } catch {
    return false
  }
}

/**
 * Starts the stack and resolves once every part answers.
 *
 * Options (all optional): varnishPort, webPorts, databaseUrl (PostgreSQL; created, migrated
 * and seeded with the demo content when empty), publicUrl (NEXT_PUBLIC_SERVER_URL, written into
 * the build; default http://localhost:3000), redisUrl, redisPrefix, distDir, dataDir
 * (media, outbox, secret), secret, build ('outdated' (default: when a source file is newer) |
 * 'missing' | 'always' | 'never'), seed (true),
 * worker (true), env (extra variables for every process), onOutput(name, line), log(line),
 * signal (an AbortSignal: the start gives up between steps).
 *
 * Returns { url, varnish, servers: [{ port, url, process }], worker, env, stop(),
 * startServer(i) } where each process has pid, kill(signal), exited and running.
 */
export async function startStack(options = {}) {
  const settings = { ...stackDefaults, ...options }
  const log = options.log ?? ((line) => console.log(`▸ ${line}`))
  const onOutput = options.onOutput ?? ((name, line) => console.log(`[${name}] ${line}`))
  const { varnishPort, webPorts, databaseUrl, redisUrl, redisPrefix, distDir } = settings
  const dataDir = path.resolve(root, settings.dataDir)

  let varnishd = findVarnishd()
  if (!varnishd && options.installVarnish) {
    installVarnish(log)
    varnishd = findVarnishd()
  }
  if (!varnishd)
    throw new Error(
      'varnishd is not installed: apt-get install varnish varnish-modules (Debian), then run again.',
    )
  if (!(await redisAnswers(redisUrl)))
    throw new Error(`Redis does not answer at ${redisUrl}: start it or set REDIS_URL.`)
  for (const port of [varnishPort, ...webPorts]) {
    if (await isListening(port)) throw new Error(`Port ${port} is already in use.`)
  }

  fs.mkdirSync(dataDir, { recursive: true })
  let secret = options.secret
  if (!secret) {
    const file = path.join(dataDir, '.payload-secret')
    if (!fs.existsSync(file))
      fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
    secret = fs.readFileSync(file, 'utf8').trim()
  }
  const frontCache = `http://127.0.0.1:${varnishPort}`
  const env = {
    ...process.env,
    ...options.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: secret,
    // Next writes it into the build: every stack shares one unless told otherwise.
    NEXT_PUBLIC_SERVER_URL: settings.publicUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    // One folder for every server's uploads (README: shared folder or S3).
    MEDIA_DIR: path.join(dataDir, 'media'),
    MAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    FRONT_CACHE_PURGE_URLS: frontCache,
    // Without Redis, the worker would ask the first web server.
    REVALIDATE_URL: `http://127.0.0.1:${webPorts[0]}`,
  }

  log(`Preparing the database ${databaseUrl.replace(/\/\/([^@/]*)@/, '//***@')}`)
  await ensurePostgresDatabase(databaseUrl)
  runPayloadCli(['migrate'], { env })
  if (options.seed !== false) runSeed(env)

  const build = options.build ?? 'outdated'
  const needsBuild =
    build === 'always' ||
    (build === 'missing' && !fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) ||
    (build === 'outdated' && buildIsOutdated(distDir, env.NEXT_PUBLIC_SERVER_URL))
  if (needsBuild) buildSite({ env, distDir, log })
  else log(`Using the build in ${distDir}`)

  const giveUpIfAsked = () => {
    if (options.signal?.aborted) throw new Error('The stack was stopped while starting.')
  }
  giveUpIfAsked()
  /**
   * @typedef {ReturnType<typeof startProcess>} StackProcess
   * @type {{ servers: { port: number, url: string, process: StackProcess }[], worker: StackProcess | null, varnish: StackProcess | null, varnishDir?: string }}
   */
  const handles = { servers: [], worker: null, varnish: null }
  const serverEnv = (port) => ({
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    NEXT_DIST_DIR: distDir,
    // Varnish is the only proxy; it compresses.
    TRUSTED_PROXIES: '127.0.0.1',
    ORIGIN_COMPRESSION: 'false',
    // The worker works the queue.
    JOBS_AUTORUN: 'false',
  })
  const startServer = async (index) => {
    const port = webPorts[index]
    const proc = startProcess(`web:${port}`, process.execPath, ['server/server.mjs'], {
      env: serverEnv(port),
      onOutput,
    })
    const server = { port, url: `http://127.0.0.1:${port}`, process: proc }
    handles.servers[index] = server
    await waitFor(`The web server on ${port}`, () => answersHttp(`${server.url}/robots.txt`), {
      process: proc,
      signal: options.signal,
    })
    return server
  }
  const stop = async () => {
    const all = [handles.varnish, handles.worker, ...handles.servers.map((s) => s?.process)]
    const running = all.filter((proc) => proc?.running)
    for (const proc of running) proc.kill('SIGTERM')
    await Promise.race([
      Promise.all(running.map((proc) => proc.exited)),
      new Promise((resolve) => setTimeout(resolve, 15_000)),
    ])
    for (const proc of running) if (proc.running) proc.kill('SIGKILL')
    if (handles.varnishDir) fs.rmSync(handles.varnishDir, { recursive: true, force: true })
  }

  try {
    giveUpIfAsked()
    log(`Starting web servers on ${webPorts.join(', ')}`)
    await Promise.all(webPorts.map((_, index) => startServer(index)))
    // Pages the build rendered (maybe from another database) and query results cached by
    // an earlier run are expired, so every page is read from this database.
    await Promise.all(
      handles.servers.map(async ({ url }) => {
        const response = await fetch(`${url}/api/revalidate`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${revalidationToken(secret)}`,
          },
          body: JSON.stringify({ tags: cacheTags }),
        })
        if (!response.ok) throw new Error(`${url}/api/revalidate answered ${response.status}`)
      }),
    )

    giveUpIfAsked()
    if (options.worker !== false) {
      log('Starting the queue worker')
      handles.worker = startProcess('worker', process.execPath, ['scripts/worker.mjs'], {
        env: { ...env, NODE_ENV: 'production' },
        onOutput,
      })
    }

    giveUpIfAsked()
    log(`Starting Varnish on ${varnishPort}`)
    handles.varnishDir = fs.mkdtempSync(path.join(os.tmpdir(), `wm-varnish-${varnishPort}-`))
    fs.chmodSync(handles.varnishDir, 0o755)
    fs.writeFileSync(path.join(handles.varnishDir, 'backends.vcl'), backendsVcl(webPorts))
    handles.varnish = startProcess(
      `varnish:${varnishPort}`,
      varnishd,
      [
        '-F',
        '-n',
        path.join(handles.varnishDir, 'work'),
        '-a',
        `127.0.0.1:${varnishPort}`,
        '-T',
        'none',
        '-p',
        `vcl_path=${handles.varnishDir}:${path.join(root, 'deploy/varnish')}`,
        '-f',
        path.join(root, 'deploy/varnish/default.vcl'),
        '-s',
        `malloc,${options.varnishMemory ?? '256m'}`,
      ],
      { env: process.env, onOutput },
    )
    await waitFor(`Varnish on ${varnishPort}`, () => answersHttp(`${frontCache}/robots.txt`), {
      process: handles.varnish,
      timeoutMs: 60_000,
      signal: options.signal,
    })
  } catch (error) {
    await stop()
    throw error
  }

  return {
    url: frontCache,
    varnish: handles.varnish,
    get servers() {
      return handles.servers
    },
    get worker() {
      return handles.worker
    },
    env,
    secret,
    /** (Re)starts web server `index` (after it was killed). */
    startServer,
    stop,
  }
}

async function main() {
  const env = process.env
  const stack = await startStack({
    databaseUrl: env.STACK_DATABASE_URL || stackDefaults.databaseUrl,
    redisUrl: env.REDIS_URL || stackDefaults.redisUrl,
    redisPrefix: env.REDIS_PREFIX || stackDefaults.redisPrefix,
    build: env.STACK_BUILD || 'outdated',
    installVarnish: true,
  })
  const [a, b] = stack.servers
  console.log(`
  Weekly Monitor on several servers is running.
    Readers (Varnish):  http://localhost:${stackDefaults.varnishPort}/en
    Admin:              http://localhost:${stackDefaults.varnishPort}/admin
    Web server A:       ${a.url}  (pid ${a.process.pid})
    Web server B:       ${b.url}  (pid ${b.process.pid})
    Queue worker:       pid ${stack.worker?.pid}
    Varnish:            pid ${stack.varnish.pid}, deploy/varnish/default.vcl
    Database:           ${stack.env.DATABASE_URL}
    Redis:              ${stack.env.REDIS_URL}, prefix ${stack.env.REDIS_PREFIX}
    Uploads:            ${stack.env.MEDIA_DIR} (shared by both web servers)
  Demo logins as for npm run demo (editor@monitor.local / demo-editor).
  Press Ctrl+C to stop everything.
`)
  let stopping = false
  const stopAll = async () => {
    if (stopping) return
    stopping = true
    console.log('\nStopping the stack…')
    await stack.stop()
    process.exit(0)
  }
  process.on('SIGINT', stopAll)
  process.on('SIGTERM', stopAll)
  // A part that dies on its own is reported; the rest keeps running.
  for (const proc of [stack.varnish, stack.worker, ...stack.servers.map((s) => s.process)]) {
    proc?.exited.then(({ code, signal }) => {
      if (!stopping) console.error(`✖ ${proc.name} stopped (${signal ?? `exit ${code}`}).`)
    })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`\n✖ ${error.message}`)
    process.exit(1)
  })
}
