#!/usr/bin/env node
// `npm test`'s static checks (Prettier, ESLint, TypeScript) at once instead of one after
// another: each mostly waits on one core, and the machine has two. Each check's output is
// printed whole when it ends, so the lines of two checks never mix; the exit code is the
// first failing check's.
import { spawn } from 'node:child_process'

const checks = ['format:check', 'lint', 'typecheck']

function run(script) {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const text = Buffer.concat(output).toString().trimEnd()
      const verdict = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`
      process.stdout.write(
        `\n▸ npm run ${script}: ${verdict} in ${seconds} s\n${text ? `${text}\n` : ''}`,
      )
      resolve(code ?? 1)
    })
  })
}

const codes = await Promise.all(checks.map(run))
process.exit(codes.find((code) => code !== 0) ?? 0)
