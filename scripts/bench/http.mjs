// HTTP helpers of the benchmark: timed requests, raw (still compressed) transfer sizes.
import http from 'node:http'

/**
 * One request over node:http (fetch gives up after 5 minutes without response headers,
 * and an uncached render at 10 000 analyses can take longer): status, body text and the
 * milliseconds from sending to the last byte.
 */
export function request(url, { method = 'GET', headers = {}, body, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.request(url, { method, headers, agent: false }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
          returnedAt: performance.now(),
        }),
      )
      response.on('error', reject)
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms: ${url}`)))
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}

/** GET with a time limit; returns status, body text and the milliseconds to the last byte. */
export async function timedGet(url, { headers, timeoutMs = 60_000 } = {}) {
  const { status, body, ms } = await request(url, { headers, timeoutMs })
  return { status, body, ms }
}

export async function json(url, { method = 'GET', body, token, timeoutMs = 60_000 } = {}) {
  const response = await request(url, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    timeoutMs,
  })
  let data = null
  try {
    data = JSON.parse(response.body)
  } catch {
    data = { text: response.body }
  }
  if (response.status < 200 || response.status >= 300) {
    const message = data?.errors?.map((e) => e.message).join('; ') || response.body.slice(0, 300)
    throw new Error(`${method} ${url}: HTTP ${response.status}: ${message}`)
  }
  return { data, ms: response.ms, returnedAt: response.returnedAt }
}

/**
 * The bytes a browser would transfer for a URL: the body as sent (compressed when the
 * server compresses) and its decoded size. Without `encoding` the server sends it plain.
 */
export function rawGet(url, { encoding } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: encoding ? { 'Accept-Encoding': encoding } : {}, agent: false },
      (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            body: Buffer.concat(chunks),
            contentEncoding: response.headers['content-encoding'] ?? null,
            headers: response.headers,
          }),
        )
        response.on('error', reject)
      },
    )
    request.setTimeout(60_000, () => request.destroy(new Error(`timeout: ${url}`)))
    request.on('error', reject)
  })
}

/** Waits until the URL answers 200, or throws after `timeoutMs`. */
export async function waitForOk(url, timeoutMs = 120_000, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server exited before ${url} answered`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.status === 200) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error.message
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (${last})`)
}
