/**
 * Values no database here can store or look up. PostgreSQL refuses a NUL byte in any text
 * (`invalid byte sequence for encoding "UTF8": 0x00`) and a lone UTF-16 surrogate cannot be
 * written as UTF-8, so a query with one failed with a 500 on PostgreSQL where SQLite found
 * nothing. They are refused before any query, with a 4xx that says why, on every database.
 */

/** Longer than any slug, title or text node a reader or an editor writes in one piece. */
export const MAX_STRING_LENGTH = 1_000_000

/** Nested deeper than any document the admin sends (Lexical's trees included). */
const MAX_DEPTH = 64

/** Why a string cannot be stored, as the end of a sentence, or null when it can. */
export function unstorableString(value: string, maxLength = MAX_STRING_LENGTH): string | null {
  if (value.length > maxLength)
    return `is ${value.length} characters long; at most ${maxLength} are accepted`
  if (value.includes('\u0000')) return 'contains a NUL character (\\u0000)'
  if (!value.isWellFormed()) return 'contains a lone UTF-16 surrogate (not a character)'
  return null
}

/**
 * The first unstorable string in a value (keys included) as a sentence naming where it is,
 * or null. Walks arrays and plain objects; numbers, booleans and null are always fine.
 */
export function unstorableIn(value: unknown, where = 'the value'): string | null {
  return walk(value, where, 0)
}

function walk(value: unknown, where: string, depth: number): string | null {
  if (typeof value === 'string') {
    const reason = unstorableString(value)
    return reason ? `${capitalise(where)} ${reason}.` : null
  }
  if (value === null || typeof value !== 'object') return null
  if (depth > MAX_DEPTH) return `${capitalise(where)} is nested more than ${MAX_DEPTH} levels deep.`
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], `${where}[${i}]`, depth + 1)
      if (found) return found
    }
    return null
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return null
  for (const [key, item] of Object.entries(value)) {
    const keyReason = unstorableString(key, 1000)
    if (keyReason) return `A field name in ${where} ${keyReason}.`
    const found = walk(item, `${where}.${key.slice(0, 60)}`, depth + 1)
    if (found) return found
  }
  return null
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Thrown by a site query given an unstorable argument; pages answer it with their 404. */
export class UnstorableInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnstorableInputError'
  }
}
