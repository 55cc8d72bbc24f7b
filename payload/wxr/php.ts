/**
 * Reads PHP's `serialize()` output as plain data (Polylang keeps its translation groups this
 * way). Objects become plain records and nothing is ever instantiated, so a hostile export
 * cannot do more than fail to parse.
 */
export type PhpValue = null | boolean | number | string | PhpValue[] | { [key: string]: PhpValue }

export function unserializePhp(input: string): PhpValue {
  // PHP counts string lengths in bytes.
  const bytes = Buffer.from(input, 'utf8')
  let at = 0

  const fail = (what: string): never => {
    throw new Error(`Not PHP-serialized data (${what} at byte ${at}).`)
  }
  const readUntil = (stop: number): string => {
    const end = bytes.indexOf(stop, at)
    if (end < 0) fail('unterminated value')
    const text = bytes.toString('utf8', at, end)
    at = end + 1
    return text
  }
  const expect = (char: string) => {
    if (bytes[at] !== char.charCodeAt(0)) fail(`expected "${char}"`)
    at++
  }

  const value = (depth: number): PhpValue => {
    if (depth > 32) fail('nesting too deep')
    const type = String.fromCharCode(bytes[at] ?? 0)
    at++
    if (type === 'N') {
      expect(';')
      return null
    }
    expect(':')
    switch (type) {
      case 'b':
        return readUntil(0x3b) === '1'
      case 'i':
      case 'd': {
        const n = Number(readUntil(0x3b))
        return Number.isNaN(n) ? fail('bad number') : n
      }
      case 's': {
        const length = Number(readUntil(0x3a))
        if (!Number.isInteger(length) || length < 0) fail('bad string length')
        expect('"')
        const text = bytes.toString('utf8', at, at + length)
        at += length
        expect('"')
        expect(';')
        return text
      }
      case 'a':
      case 'O': {
        if (type === 'O') {
          readUntil(0x3a) // class name length
          readUntil(0x3a) // "ClassName"
        }
        const count = Number(readUntil(0x3a))
        if (!Number.isInteger(count) || count < 0) fail('bad array size')
        expect('{')
        const entries: [string | number, PhpValue][] = []
        for (let i = 0; i < count; i++) {
          const key = value(depth + 1)
          if (typeof key !== 'string' && typeof key !== 'number') fail('bad array key')
          entries.push([key as string | number, value(depth + 1)])
        }
        expect('}')
        const isList = type === 'a' && entries.every(([key], i) => key === i)
        return isList
          ? entries.map(([, v]) => v)
          : Object.fromEntries(entries.map(([k, v]) => [String(k), v]))
      }
      default:
        return fail(`unknown type "${type}"`)
    }
  }

  const result = value(0)
  if (at !== bytes.length) fail('trailing data')
  return result
}

/** Like unserializePhp, but null for anything that is not serialized data. */
export function tryUnserializePhp(input: string): PhpValue | undefined {
  if (!/^(?:[abdiNsO]:|N;)/.test(input.trim())) return undefined
  try {
    return unserializePhp(input.trim())
  } catch {
    return undefined
  }
}
