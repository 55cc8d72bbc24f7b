// The api phase's 64 app clients, in a process of their own (forked by phases/api.mjs): in
// the benchmark's process their answers, 130 lists a second, delayed the reader's timer
// beside them, which then counted the harness's own lag as the site's.
//   fork('scripts/bench/app-clients.mjs', [base, seconds, clients]) → a message when they start, one with their answers
import http from 'node:http'

import { appAddress, get, uncachedListPath } from './phases/api.mjs'

const [base, seconds, count] = process.argv.slice(2)
process.send({ type: 'started' })
const until = performance.now() + Number(seconds) * 1000
const clients = Array.from({ length: Number(count) }, async (_, i) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const answers = []
  for (let k = 0; performance.now() < until; k++) {
    const locale = ['en', 'be', 'ru'][(i + k) % 3]
    const path = uncachedListPath(locale, 1 + ((i + k) % 3), 1_000_000 + i * 100_000 + k)
    answers.push(await get(base, path, { agent, localAddress: appAddress(i) }))
  }
  agent.destroy()
  return answers
})
process.send({ type: 'answers', answers: (await Promise.all(clients)).flat() }, () =>
  process.exit(0),
)
