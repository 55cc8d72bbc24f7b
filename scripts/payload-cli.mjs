#!/usr/bin/env node
// Runs the Payload CLI and fails loudly when it did nothing: on Node 20 it can exit 0
// without running (lexical's top-level await), so its output is checked for "Done.".
import { spawnSync } from 'node:child_process'

export function runPayloadCli(
  args,
  {
    env = process.env,
    expect = /Done\.|Types written|Writing import map|Migration created|No schema changes/,
  } = {},
) {
  const result = spawnSync(process.execPath, ['node_modules/payload/bin.js', ...args], {
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --conditions=development`.trim() },
    encoding: 'utf8',
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  process.stdout.write(output)
  if (result.status !== 0 || !expect.test(output)) {
    throw new Error(
      `payload ${args.join(' ')} did not finish (exit ${result.status}); see the output above.`,
    )
  }
  return output
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    runPayloadCli(process.argv.slice(2))
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
