// The abuse phase's 8 abusive clients, in a process of their own (forked by
// phases/abuse.mjs), for the reason the api phase's app clients have one: their thousands of
// answers delayed the reader's timer in the benchmark's process.
//   fork('scripts/bench/abusive-clients.mjs', [base, seconds, graceMs])
//   → a message when they start, one with each client's answers
import { ABUSE_KINDS, ABUSIVE_CLIENTS, FIRST_ABUSIVE_ADDRESS, abuseUntil } from './phases/abuse.mjs'

const [base, seconds, graceMs] = process.argv.slice(2).map((v, i) => (i ? Number(v) : v))
process.send({ type: 'started' })
const until = performance.now() + seconds * 1000
const abort = new AbortController()
const clients = Array.from({ length: ABUSIVE_CLIENTS }, (_, i) => {
  const abuse = ABUSE_KINDS[i % ABUSE_KINDS.length]
  const localAddress = `127.0.0.${FIRST_ABUSIVE_ADDRESS + i}`
  return abuseUntil(base, abuse, localAddress, until, abort.signal).then((answers) => ({
    kind: abuse.kind,
    localAddress,
    answers,
  }))
})
// Requests still unanswered this long after the window are aborted: an unlimited bomb can
// keep the server busy far longer than the window.
const graceTimer = setTimeout(() => abort.abort(), seconds * 1000 + graceMs)
const finished = await Promise.all(clients)
clearTimeout(graceTimer)
const drainedMs = performance.now() - until
process.send({ type: 'finished', finished, drainedMs }, () => process.exit(0))
