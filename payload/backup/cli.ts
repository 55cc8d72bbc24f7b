/**
 * What the backup, restore and db:copy commands share: one-sentence failures with their exit
 * code, sizes and times for people, and a progress bar when a person is watching.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

import { BackupError } from './errors'
import { sqlKind } from './sql'

/** Strict options: an unknown or malformed one is a BackupError (exit 2), nothing done. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  usage: string,
  args = process.argv.slice(2),
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    // Node's own hint after the first sentence is about its API, not this command.
    const first = (error as Error).message.split(/\.\s/)[0]!.replace(/\.$/, '')
    throw new BackupError(`${first}. Usage: ${usage}`)
  }
}

/** A database URL given on the command line, checked before anything connects to it. */
export function checkUrl(url: string): string {
  sqlKind(url)
  return url
}

export { formatBytes } from './files'

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** A progress line per table: a bar redrawn in place on a terminal, one line when done. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  let current = ''
  return (table: string, done: number, total: number) => {
    if (stream.isTTY) {
      const width = 30
      const filled = total ? Math.round((done / total) * width) : width
      stream.write(
        `\r${table.padEnd(32)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
      )
      if (done >= total) stream.write('\n')
    } else if (done >= total && current !== table) {
      current = table
      stream.write(`${table}: ${total} rows\n`)
    }
  }
}

/** Ends a command: a BackupError is its own sentence; anything else is printed whole. */
export function exitWith(error: unknown): never {
  if (error instanceof BackupError) {
    console.error(error.message)
    process.exit(error.exitCode)
  }
  console.error(error)
  process.exit(1)
}
