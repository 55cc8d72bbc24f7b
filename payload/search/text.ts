import snowball from 'snowball-stemmers'

/**
 * Search text handling shared by every database: one grammar for readers' queries, one way
 * to cut words and find their stems, so SQLite, PostgreSQL and MongoDB answer alike.
 */

export type SearchLocale = 'en' | 'be' | 'ru'

/** Longest query that is searched; the rest is cut and the page says so. */
export const MAX_QUERY_LENGTH = 200
/** Words searched at most (each one is a term of the full-text query). */
const MAX_WORDS = 12
/** Longer "words" are not words a reader means; they are dropped. */
const MAX_WORD_LENGTH = 40
/** The last word is matched as a prefix from this many letters on. */
const MIN_PREFIX = 3

const stemmers = {
  en: snowball.newStemmer('english'),
  ru: snowball.newStemmer('russian'),
}

/**
 * Belarusian has no stemmer in PostgreSQL or in Snowball: a query word loses one common
 * inflectional ending and is matched as a prefix (санкцыі → санкцы* finds санкцый,
 * санкцыямі; Мінск* finds Мінска).
 */
const BE_ENDINGS = [
  'амі',
  'ямі',
  'ымі',
  'імі',
  'ага',
  'яга',
  'аму',
  'яму',
  'ыя',
  'ія',
  'ая',
  'яя',
  'ое',
  'ае',
  'ую',
  'юю',
  'ых',
  'іх',
  'ым',
  'ім',
  'ой',
  'ей',
  'ах',
  'ях',
  'ам',
  'ям',
  'ом',
  'ем',
  'аў',
  'яў',
  'оў',
  'еў',
  'а',
  'я',
  'ы',
  'і',
  'у',
  'ю',
  'е',
  'о',
  'ь',
  'й',
]

function belarusianStem(word: string): string {
  for (const ending of BE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, -ending.length)
    }
  }
  return word
}

/** Lower case, composed, ё as е (Russian texts write it either way). */
export const normalizeWord = (word: string): string =>
  word.normalize('NFC').toLowerCase().replace(/ё/g, 'е')

/** What the FTS5 tokenizer (remove_diacritics 2) does to a word, for comparing in code. */
export const foldDiacritics = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')

const WORD = /[\p{L}\p{N}]+/gu

/** The words of a text, as the index sees them (letters and digits; everything else splits). */
export const words = (text: string): string[] => text.normalize('NFC').match(WORD) ?? []

/**
 * Stems already computed, per language: the Snowball port takes tens of microseconds a word
 * and an analysis repeats most of its words, so indexing one is several times faster with
 * them. Bounded: cleared when full.
 */
const stemCache = { en: new Map<string, string>(), ru: new Map<string, string>() }
const STEM_CACHE_SIZE = 50_000

/** The stem a word is indexed under in that language (Belarusian words stay whole). */
export function stem(word: string, locale: SearchLocale): string {
  if (locale === 'be') return normalizeWord(word)
  const cache = stemCache[locale]
  let stemmed = cache.get(word)
  if (stemmed === undefined) {
    stemmed = stemmers[locale].stem(normalizeWord(word))
    if (cache.size >= STEM_CACHE_SIZE) cache.clear()
    cache.set(word, stemmed)
  }
  return stemmed
}

/** A text as the SQLite index stores it: each word replaced by its stem. */
export const stemmedText = (text: string, locale: SearchLocale): string =>
  words(text)
    .map((w) => stem(w, locale))
    .join(' ')

/** One searched item: a word, or a phrase in quotes. */
export type QueryTerm = {
  /** The words as typed, lower-cased. */
  words: string[]
  phrase: boolean
  /** Matched as a prefix: the last word while typing, and Belarusian words. */
  prefix: boolean
}

export type ParsedQuery = {
  /** The query as searched (trimmed, cut); shown back in the search box. */
  text: string
  /** Whether the reader's query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean
  /** Every group must match; inside a group any term may (`a or b`). */
  groups: QueryTerm[][]
  /** Terms that must not occur (`-word`, `-"a phrase"`). */
  exclude: QueryTerm[]
}

/**
 * Reads a reader's query the way web search engines do: words must all occur, "quoted
 * words" as a phrase, `or` between two terms for either, `-word` to exclude. Anything
 * else (operators of the database's own syntax, punctuation, emoji) only separates words,
 * so nothing a reader types reaches a database as syntax.
 */
export function parseQuery(raw: string | string[] | undefined | null): ParsedQuery {
  const input = (Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')).replace(/\s+/g, ' ').trim()
  const truncated = input.length > MAX_QUERY_LENGTH
  // Cut at a character boundary: never half of a surrogate pair.
  const text = truncated ? Array.from(input).slice(0, MAX_QUERY_LENGTH).join('').trim() : input
  const groups: QueryTerm[][] = []
  const exclude: QueryTerm[] = []
  let pendingOr = false
  let count = 0
  const add = (term: QueryTerm, negated: boolean) => {
    if (term.words.length === 0 || count >= MAX_WORDS) return
    term.words = term.words.slice(0, MAX_WORDS - count)
    count += term.words.length
    if (negated) exclude.push(term)
    else if (pendingOr && groups.length > 0) groups[groups.length - 1]!.push(term)
    else groups.push([term])
    pendingOr = false
  }
  const keep = (list: string[]) =>
    list.map(normalizeWord).filter((w) => w.length <= MAX_WORD_LENGTH)
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (ch === ' ') {
      i++
      continue
    }
    const negated = ch === '-' && (i === 0 || text[i - 1] === ' ')
    const start = negated ? i + 1 : i
    if (text[start] === '"') {
      // A phrase runs to the closing quote, or to the end when it is never closed.
      const close = text.indexOf('"', start + 1)
      const end = close < 0 ? text.length : close
      const list = keep(words(text.slice(start + 1, end)))
      add({ words: list, phrase: list.length > 1, prefix: false }, negated)
      i = end + 1
      continue
    }
    let end = text.indexOf(' ', start)
    if (end < 0) end = text.length
    // A quote inside a word starts a phrase there: split the chunk at it.
    const quote = text.indexOf('"', start)
    if (quote > start && quote < end) end = quote
    const chunk = text.slice(start, end)
    i = end
    const list = keep(words(chunk))
    if (!negated && list.length === 1 && list[0] === 'or' && /^or$/i.test(chunk)) {
      // `or` between two terms; a lone or leading `or` is just a word nobody searches for.
      if (groups.length > 0) pendingOr = true
      continue
    }
    if (list.length === 0) continue
    // "e-mail", "Мінск-Масква": the parts as a phrase, as the index stores them.
    add({ words: list, phrase: list.length > 1, prefix: false }, negated)
  }
  // The last word while typing: matched as a prefix unless the query ends with a space,
  // quote or punctuation after it.
  const lastGroup = groups[groups.length - 1]
  const last = lastGroup?.[lastGroup.length - 1]
  if (
    last &&
    !last.phrase &&
    last.words[0]!.length >= MIN_PREFIX &&
    /[\p{L}\p{N}]$/u.test(text) &&
    text.toLocaleLowerCase().endsWith(last.words[0]!)
  ) {
    last.prefix = true
  }
  return { text, truncated, groups, exclude }
}

/** Whether the query has anything to look for (a lone `-word` or `or` does not). */
export const hasTerms = (query: ParsedQuery): boolean => query.groups.length > 0

/** The words a term is looked up by in that language: stems, and whether each is a prefix. */
export function termKeys(
  term: QueryTerm,
  locale: SearchLocale,
): { key: string; prefix: boolean }[] {
  return term.words.map((w) => {
    if (locale === 'be') {
      // Whole Belarusian words are matched by their stem as a prefix; a phrase keeps its words.
      if (term.phrase) return { key: w, prefix: false }
      const base = belarusianStem(w)
      return { key: base, prefix: base.length >= MIN_PREFIX || term.prefix }
    }
    return { key: stem(w, locale), prefix: term.prefix }
  })
}

/**
 * The FTS5 MATCH expression: every key in double quotes (keys are letters and digits only,
 * so a quote can never occur inside one), joined by FTS5's own AND, OR, NOT.
 */
export function ftsMatch(query: ParsedQuery, locale: SearchLocale): string {
  const render = (term: QueryTerm) => {
    const keys = termKeys(term, locale).map((k) => `"${k.key}"${k.prefix ? ' *' : ''}`)
    return term.phrase ? keys.join(' + ') : keys[0]!
  }
  const positive = query.groups.map((group) =>
    group.length === 1 ? render(group[0]!) : `(${group.map(render).join(' OR ')})`,
  )
  const body = `{title lead body} : (${positive.join(' AND ')})`
  const excluded = query.exclude.map((term) => ` NOT {title lead body} : (${render(term)})`)
  return `locale : "${locale}" AND ${body}${excluded.join('')}`
}

/**
 * The PostgreSQL tsquery text for `to_tsquery(config, …)`: each key in single quotes (only
 * letters and digits inside), so PostgreSQL stems it with the language's configuration;
 * `<->` joins a phrase, `:*` marks a prefix.
 */
export function tsQuery(query: ParsedQuery, locale: SearchLocale): string {
  const render = (term: QueryTerm) => {
    const keys = termKeys(term, locale).map(
      // PostgreSQL stems the word itself: send the word, not our stem (except Belarusian).
      (k, i) => `'${locale === 'be' ? k.key : term.words[i]}'${k.prefix ? ':*' : ''}`,
    )
    return term.phrase ? `(${keys.join(' <-> ')})` : keys[0]!
  }
  const positive = query.groups.map((group) =>
    group.length === 1 ? render(group[0]!) : `(${group.map(render).join(' | ')})`,
  )
  return [...positive, ...query.exclude.map((term) => `!${render(term)}`)].join(' & ')
}

/** MongoDB `$text` search text: words, "phrases" and -exclusions (no prefixes there). */
export function mongoTextSearch(query: ParsedQuery): string {
  const render = (term: QueryTerm) =>
    term.phrase ? `"${term.words.join(' ')}"` : term.words.join(' ')
  return [
    ...query.groups.flatMap((g) => g.map(render)),
    ...query.exclude.map((t) => `-${render(t)}`),
  ].join(' ')
}

export type SnippetPart = { text: string; match: boolean }

/**
 * A word of a text as a query key is compared with it: its stem and the word itself,
 * lower-cased and without diacritics. Unicode normalization is most of a snippet's cost
 * (a result page runs it over ten analyses' texts), so the forms are kept per language,
 * bounded like the stems.
 */
const formsCache = {
  en: new Map<string, string[]>(),
  be: new Map<string, string[]>(),
  ru: new Map<string, string[]>(),
}

function comparableForms(word: string, locale: SearchLocale): string[] {
  const cache = formsCache[locale]
  let forms = cache.get(word)
  if (forms === undefined) {
    const w = normalizeWord(word)
    forms = [foldDiacritics(stem(w, locale)), foldDiacritics(w)]
    if (cache.size >= STEM_CACHE_SIZE) cache.clear()
    cache.set(word, forms)
  }
  return forms
}

/**
 * The passage of a text with the most matching words, cut at words, split into matching
 * and other parts (the page marks the matches; no HTML ever comes from data).
 */
export function snippet(
  text: string,
  query: ParsedQuery,
  locale: SearchLocale,
  size = 32,
): SnippetPart[] {
  const keys = query.groups.flatMap((g) => g.flatMap((t) => termKeys(t, locale)))
  const folded = keys.map((k) => ({ key: foldDiacritics(k.key), prefix: k.prefix }))
  // A text repeats most of its words: each distinct word is compared once.
  const seen = new Map<string, boolean>()
  const isMatch = (word: string) => {
    let match = seen.get(word)
    if (match === undefined) {
      const forms = comparableForms(word, locale)
      match = folded.some((k) => forms.some((f) => (k.prefix ? f.startsWith(k.key) : f === k.key)))
      seen.set(word, match)
    }
    return match
  }
  const tokens: { start: number; end: number; match: boolean }[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, match: isMatch(m[0]) })
  }
  if (tokens.length === 0) return [{ text: text.slice(0, 200), match: false }]
  // The window of `size` words holding the most matches (the first such one).
  let best = 0
  let bestCount = -1
  let running = 0
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.match) running++
    if (i >= size && tokens[i - size]!.match) running--
    const from = Math.max(0, i - size + 1)
    if (running > bestCount) {
      bestCount = running
      best = from
    }
  }
  // Start a few words before the first match so it is read in context.
  const firstMatch = tokens.findIndex((t, i) => i >= best && t.match)
  const from = firstMatch > best + 4 ? firstMatch - 4 : best
  const to = Math.min(tokens.length, from + size)
  const startAt = from === 0 ? 0 : tokens[from]!.start
  const endAt = to >= tokens.length ? text.length : tokens[to - 1]!.end
  const parts: SnippetPart[] = []
  if (startAt > 0) parts.push({ text: '…', match: false })
  let cursor = startAt
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (!t.match) continue
    if (t.start > cursor) parts.push({ text: text.slice(cursor, t.start), match: false })
    parts.push({ text: text.slice(t.start, t.end), match: true })
    cursor = t.end
  }
  if (endAt > cursor) parts.push({ text: text.slice(cursor, endAt), match: false })
  if (endAt < text.length) parts.push({ text: '…', match: false })
  return mergeParts(parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })))
}

function mergeParts(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = []
  for (const part of parts) {
    const prev = out[out.length - 1]
    if (prev && prev.match === part.match) prev.text += part.text
    else if (part.text) out.push({ ...part })
  }
  return out
}

/** Marks in PostgreSQL's ts_headline output; stripped from stored text first. */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/** Splits ts_headline output at its marks into parts. */
export function partsFromMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  const re = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g')
  let cursor = 0
  for (const m of marked.matchAll(re)) {
    if (m.index > cursor) parts.push({ text: marked.slice(cursor, m.index), match: false })
    parts.push({ text: m[1]!, match: true })
    cursor = m.index + m[0].length
  }
  if (cursor < marked.length) parts.push({ text: marked.slice(cursor), match: false })
  return mergeParts(parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })))
}

export const stripMarks = (text: string): string => text.replace(/[\uE000\uE001]/g, '')
