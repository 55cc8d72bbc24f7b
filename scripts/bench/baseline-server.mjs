// The benchmark's baseline: a minimal node:http server that answers each path with bytes
// held in memory (the same HTML the app served for that path). What autocannon gets from it
// is the practical limit of one Node process on this machine, load generator included.
//   node scripts/bench/baseline-server.mjs PORT pages.json
// pages.json: { "/en": "/tmp/…/page-0.html", … }
import fs from 'node:fs'
import http from 'node:http'

const [port, manifest] = process.argv.slice(2)
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(manifest, 'utf8'))).map(([path, file]) => [
    path,
    fs.readFileSync(file),
  ]),
)

const server = http.createServer((req, res) => {
  const body = pages.get(req.url)
  if (!body) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length })
  res.end(body)
})
server.keepAliveTimeout = 65_000
server.listen(Number(port), '127.0.0.1', () => console.log(`baseline listening on ${port}`))
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => server.close(() => process.exit(0)))
