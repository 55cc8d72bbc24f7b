/**
 * The client's address. `npm start` (server/server.mjs) resolves it from the socket and the
 * proxies named in TRUSTED_PROXIES and writes it, alone, into X-Forwarded-For before Next
 * sees the request, so the first entry is the one to count limits against. (Under
 * `next dev` the header is the client's own and nothing is guaranteed.)
 */
export function clientAddress(headers: Headers): string {
  return (
    headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
    headers.get('x-real-ip')?.trim() ||
    'unknown'
  )
}
