import { type ChildProcess, spawn } from 'node:child_process'

/**
 * A queue worker in its own process: what `npm run worker` runs (`payload jobs:work`), checking
 * every second. Resolves once Payload is up; the caller kills it.
 */
export function startRunner(env: Record<string, string | undefined>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['node_modules/payload/bin.js', 'jobs:work', '--cron', '* * * * * *'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        NODE_OPTIONS: '--conditions=development',
        // Nothing serves pages here: revalidation requests fail fast and are only logged.
        REVALIDATE_URL: 'http://127.0.0.1:9',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (/Scheduling|Running|cron|INFO/i.test(output)) resolve(child)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && signal !== 'SIGTERM')
        reject(new Error(`runner exited early (${code}): ${output.slice(-500)}`))
    })
    setTimeout(() => resolve(child), 20_000)
  })
}
