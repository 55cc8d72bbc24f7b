// What the benchmark sets up before it measures: its databases (SQLite files or PostgreSQL
// databases of its own), migrations and the demo content, a cold `next build` under the
// build lock, and the production servers.
import fs from 'node:fs'
import path from 'node:path'

import { BUILD_LOCK, DIST_DIR, commandExists, round } from './context.mjs'
import { waitForOk } from './http.mjs'
import { alive, onCleanup, sleep, start } from './proc.mjs'

async function postgresQuery(ctx, sql) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: ctx.options.postgresUrl })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

function postgresUrlFor(ctx, database) {
  const url = new URL(ctx.options.postgresUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * The run's two databases: `main` for the demo content, `growth` (a copy of main made after
 * the seed) for the growth phase; `size(url)` in bytes.
 */
export async function createDatabases(ctx) {
  const { options, tmp } = ctx
  if (options.db === 'sqlite') {
    return {
      main: `file:${path.join(tmp, 'main.db')}`,
      growth: `file:${path.join(tmp, 'growth.db')}`,
      // The database runs in WAL mode: the last writes of the seed may still sit in
      // main.db-wal, so the copy takes it too (nothing has the file open at this point).
      copyToGrowth: async () => {
        for (const suffix of ['', '-wal'])
          if (fs.existsSync(path.join(tmp, `main.db${suffix}`)))
            fs.copyFileSync(
              path.join(tmp, `main.db${suffix}`),
              path.join(tmp, `growth.db${suffix}`),
            )
      },
      size: async (url) => fs.statSync(url.slice('file:'.length)).size,
    }
  }
  const main = `wm_bench_${ctx.runId}`
  const growth = `wm_bench_${ctx.runId}_growth`
  try {
    await postgresQuery(ctx, `create database ${main}`)
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${options.postgresUrl.replace(/\/\/[^@]*@/, '//…@')} refused: ${error.message}`,
    )
  }
  onCleanup(async () => {
    for (const name of [main, growth])
      await postgresQuery(ctx, `drop database if exists ${name} with (force)`)
  })
  return {
    main: postgresUrlFor(ctx, main),
    growth: postgresUrlFor(ctx, growth),
    copyToGrowth: () => postgresQuery(ctx, `create database ${growth} template ${main}`),
    size: async (url) =>
      Number(
        (
          await postgresQuery(
            ctx,
            `select pg_database_size('${new URL(url).pathname.slice(1)}') as size`,
          )
        )[0].size,
      ),
  }
}

export const withDevConditions = (env) => ({
  ...env,
  NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --conditions=development`.trim(),
})

/** `node --import tsx file`: one process (the tsx CLI would start a second one). */
export const tsxArgs = (file, args = []) => ['--import', 'tsx', file, ...args]

/**
 * Runs a bench script in a Local API process of its own (under tsx, with `env`'s database)
 * and returns the JSON it prints on the line starting with `prefix`; throws with its tail.
 */
export async function runLocalApiScript(ctx, { name, file, args, env, prefix }) {
  let result = null
  const child = start(name, process.execPath, tsxArgs(file, args), {
    env: withDevConditions(env),
    log: ctx.tmpFile(`${name}.log`),
    capture: true,
    onLine: (line) => {
      if (line.startsWith(`${prefix} `)) result = JSON.parse(line.slice(prefix.length + 1))
    },
  })
  const code = await child.exited
  if (code !== 0 || !result) {
    const tail = child.output.trim().split('\n').slice(-20).join('\n')
    throw new Error(`${name} failed (exit ${code}):\n${tail}`)
  }
  return result
}

/** Runs a command to its end with its output in the temporary folder; throws with its tail. */
export async function runLogged(ctx, name, command, args, env, expect) {
  const logFile = ctx.tmpFile(`${name.replace(/\W+/g, '-')}.log`)
  const child = start(name, command, args, { env, log: logFile, capture: true })
  const code = await child.exited
  if (code !== 0 || (expect && !expect.test(child.output))) {
    const tail = child.output.trim().split('\n').slice(-25).join('\n')
    throw new Error(`${name} failed (exit ${code}):\n${tail}`)
  }
  return child.output
}

/**
 * Migrations and the demo content, as `npm run migrate` and `npm run seed` would; `name`
 * tells the logs of two databases apart.
 */
export async function prepareDatabase(ctx, url, env, name = '') {
  const dbEnv = withDevConditions({ ...env, DATABASE_URL: url })
  const prefix = name ? `${name}-` : ''
  await runLogged(
    ctx,
    `${prefix}migrate`,
    process.execPath,
    ['node_modules/payload/bin.js', 'migrate'],
    dbEnv,
    /Done\./,
  )
  await runLogged(
    ctx,
    `${prefix}seed`,
    process.execPath,
    tsxArgs('scripts/seed.ts'),
    dbEnv,
    /Demo content ready/,
  )
}

/** Next adds its build folder's types to tsconfig.json; take back exactly those lines. */
function restoreTsconfig(before) {
  const now = fs.readFileSync('tsconfig.json', 'utf8')
  if (now === before) return
  try {
    const config = JSON.parse(now)
    const include = (config.include ?? []).filter((entry) => !entry.startsWith(`${DIST_DIR}/`))
    if (include.length === (config.include ?? []).length) return
    config.include = include
    const text = `${JSON.stringify(config, null, 2)}\n`
    fs.writeFileSync('tsconfig.json', text === now ? now : text)
  } catch {
    // someone else's edit in progress: leave it
  }
}

/** A cold `next build` into .next-bench under the build lock; its time without the wait. */
export async function buildSite(ctx, env) {
  // A cold build, as from a clean clone: no Turbopack cache, no query results cached for
  // another database.
  fs.rmSync(DIST_DIR, { recursive: true, force: true })
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
  const logFile = ctx.tmpFile('build.log')
  const marker = 'WM_BENCH_BUILD_START'
  const script = `echo ${marker}; exec "${process.execPath}" node_modules/next/dist/bin/next build`
  let buildStarted = null
  const requested = Date.now()
  const buildOptions = {
    env: { ...env, NODE_ENV: 'production' },
    log: logFile,
    onLine: (line) => {
      if (line.includes(marker)) buildStarted = Date.now()
    },
  }
  let child
  if (process.env.WM_BUILD_LOCK_HELD === '1') {
    // The caller already holds the build lock (e.g. `flock /tmp/wm-build.lock bash .ci/run`):
    // taking it again from here would wait for ourselves forever.
    child = start('next build', 'sh', ['-c', script], buildOptions)
  } else if (commandExists('flock')) {
    child = start('next build', 'flock', [BUILD_LOCK, 'sh', '-c', script], buildOptions)
  } else {
    // No util-linux: a lock directory with our PID in it, taken over when its owner is gone.
    const lockDir = `${BUILD_LOCK}.d`
    for (;;) {
      try {
        fs.mkdirSync(lockDir)
        fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
        break
      } catch {
        const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8') || 0)
        if (owner && !alive(owner)) fs.rmSync(lockDir, { recursive: true, force: true })
        await sleep(1000)
      }
    }
    onCleanup(() => fs.rmSync(lockDir, { recursive: true, force: true }))
    child = start('next build', 'sh', ['-c', script], buildOptions)
  }
  const waitNotice = setTimeout(() => {
    if (!buildStarted) ctx.say(`waiting for ${BUILD_LOCK} (another next build is running)…`)
  }, 2000)
  const code = await child.exited
  clearTimeout(waitNotice)
  restoreTsconfig(tsconfig)
  if (process.env.WM_BUILD_LOCK_HELD !== '1' && !commandExists('flock'))
    fs.rmSync(`${BUILD_LOCK}.d`, { recursive: true, force: true })
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-30).join('\n')
    throw new Error(`next build failed (exit ${code}):\n${tail}`)
  }
  return {
    seconds: round((Date.now() - (buildStarted ?? requested)) / 1000, 1),
    waitedForLockSeconds: round(((buildStarted ?? requested) - requested) / 1000, 1),
  }
}

/**
 * The production server as `npm start` runs it (server/server.mjs: the client is the socket's
 * address, which the API's per-address limits count), on 127.0.0.1:`port`, once /en answers
 * 200; its log in the temporary folder.
 */
export async function startServer(ctx, name, env, port) {
  const logFile = ctx.tmpFile(`${name}.log`)
  const child = start(name, process.execPath, ['server/server.mjs'], {
    env: { ...env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1' },
    log: logFile,
  })
  let exited = false
  child.exited.then(() => (exited = true))
  try {
    await waitForOk(`http://127.0.0.1:${port}/en`, 120_000, () => !exited)
  } catch (error) {
    const log = fs.readFileSync(logFile, 'utf8')
    throw new Error(`${error.message}\n${log.trim().split('\n').slice(-20).join('\n')}`)
  }
  return child
}
