/** Thrown when a body is larger than the reader was allowed to take. */
export class BodyTooLargeError extends Error {
  constructor(public readonly limitBytes: number) {
    super(`The request body is larger than ${limitBytes} bytes.`)
    this.name = 'BodyTooLargeError'
  }
}

/**
 * Reads a request body of at most `limitBytes`, stopping at the first byte over it, so a
 * client sending megabytes costs no more than one sending the limit.
 */
export async function readCappedBody(
  req: { headers: Headers; body?: ReadableStream<Uint8Array> | null },
  limitBytes: number,
): Promise<Buffer> {
  if (Number(req.headers.get('content-length') || 0) > limitBytes) {
    await req.body?.cancel().catch(() => {})
    throw new BodyTooLargeError(limitBytes)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  if (req.body) {
    const reader = req.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limitBytes) {
        await reader.cancel().catch(() => {})
        throw new BodyTooLargeError(limitBytes)
      }
      chunks.push(value)
    }
  }
  return Buffer.concat(chunks)
}
