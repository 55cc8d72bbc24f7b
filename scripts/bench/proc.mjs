// Child processes of the benchmark: each one is started as the leader of its own process
// group, remembered by its PID, and stopped by signalling that group (the real node process
// and whatever it started), on success, on failure and on Ctrl+C alike.
import { fork, spawn } from 'node:child_process'
import fs from 'node:fs'

const running = new Map()
const cleanups = []
let cleaningUp = null

/** PIDs of process groups that are not our children (Chromium started by chrome-launcher). */
const foreignGroups = new Set()

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts a command in its own process group. Output goes to `log` (a file path) or is
 * collected in memory (`child.output`) when `capture` is set; `onLine` sees each line.
 */
export function start(name, command, args, { env, log, capture = false, onLine } = {}) {
  const out = log ? fs.openSync(log, 'a') : 'pipe'
  const child = spawn(command, args, {
    env,
    detached: true,
    stdio: ['ignore', capture || onLine ? 'pipe' : out, capture || onLine ? 'pipe' : out],
  })
  child.name = name
  child.output = ''
  running.set(child.pid, child)
  const consume = (stream) => {
    let pending = ''
    stream?.on('data', (chunk) => {
      const text = chunk.toString()
      if (capture) child.output += text
      if (log) fs.appendFileSync(log, text)
      if (!onLine) return
      pending += text
      const lines = pending.split('\n')
      pending = lines.pop()
      for (const line of lines) onLine(line)
    })
  }
  consume(child.stdout)
  consume(child.stderr)
  child.exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child.pid)
      if (typeof out === 'number') fs.closeSync(out)
      resolve(code ?? (signal ? 128 : 1))
    })
    child.on('error', (error) => {
      running.delete(child.pid)
      child.output += String(error)
      resolve(127)
    })
  })
  return child
}

/** Runs a command to its end; throws with the output's tail when it fails. */
export async function run(name, command, args, { env, log, expect } = {}) {
  const child = start(name, command, args, { env, log, capture: true })
  const code = await child.exited
  if (code !== 0 || (expect && !expect.test(child.output))) {
    const tail = child.output.split('\n').slice(-30).join('\n')
    throw new Error(`${name} failed (exit ${code}):\n${tail}`)
  }
  return child.output
}

/** SIGTERM to the whole group, SIGKILL after `graceMs` if anything of it is still there. */
export async function stopGroup(pid, graceMs = 5000) {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    return
  }
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return
    await sleep(100)
  }
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

export async function stop(child, graceMs) {
  if (!child) return
  await stopGroup(child.pid, graceMs)
  if (running.has(child.pid)) await Promise.race([child.exited, sleep(2000)])
}

/** A process group started by a child of ours that we must also stop at the end. */
export function adoptGroup(pid) {
  foreignGroups.add(pid)
}
export function releaseGroup(pid) {
  foreignGroups.delete(pid)
}

/** Work to do at the end (drop databases, remove temporary files), last registered first. */
export function onCleanup(fn) {
  cleanups.push(fn)
}

export function cleanup() {
  cleaningUp ??= (async () => {
    const groups = [...running.keys(), ...foreignGroups]
    await Promise.all(groups.map((pid) => stopGroup(pid)))
    for (const fn of cleanups.reverse()) {
      try {
        await fn()
      } catch (error) {
        console.error(`cleanup: ${error.message}`)
      }
    }
  })()
  return cleaningUp
}

/** Stops everything and exits on Ctrl+C, SIGTERM or an uncaught error. */
export function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, async () => {
      console.error(`\n${signal}: stopping the benchmark's processes…`)
      await cleanup()
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1))
    })
  }
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
export function treeRss(rootPid) {
  let children
  try {
    children = new Map()
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        if (!children.has(ppid)) children.set(ppid, [])
        children.get(ppid).push(Number(entry))
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    return null
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      const match = status.match(/VmRSS:\s+(\d+) kB/)
      if (match) total += Number(match[1]) * 1024
    } catch {
      continue
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Samples treeRss every `everyMs` until stopped; returns the peak and last value. */
export function sampleRss(pid, everyMs = 250) {
  let peak = treeRss(pid) ?? 0
  let last = peak
  const timer = setInterval(() => {
    const value = treeRss(pid)
    if (value === null) return
    last = value
    peak = Math.max(peak, value)
  }, everyMs)
  return {
    stop() {
      clearInterval(timer)
      return { peak, last }
    },
  }
}

/**
 * A bench script in a process of its own that sends `{ type: 'started' }`, then its result
 * (another type): `started` resolves with the first, `message(type)` with the result.
 */
export function forkClients(script, args, what) {
  const child = fork(script, args.map(String))
  const message = (type) =>
    new Promise((resolve, reject) => {
      child.on('message', (m) => m.type === type && resolve(m))
      child.once('exit', (code) => reject(new Error(`${what} stopped (exit ${code})`)))
    })
  return { started: message('started'), message }
}

export { alive, sleep }
