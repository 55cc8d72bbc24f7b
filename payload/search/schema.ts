/**
 * The search index's tables, outside Payload's generated schema (full-text columns are
 * beyond what Payload models). Created by the `search_index` migrations and, when missing
 * (a database whose schema `next dev` pushed), on first use.
 *
 * search_documents: one row per analysis and language published in it, with what results
 * show and filter by; its full text is in search_fts (SQLite, stems by our code) or in the
 * `tsv` column (PostgreSQL, stems by the text-search configuration of the language).
 */
export const SQLITE_SEARCH_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS search_documents (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    locale TEXT NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    lead TEXT NOT NULL,
    body TEXT NOT NULL,
    topic_id INTEGER,
    verdict TEXT,
    week_start TEXT,
    week_day INTEGER,
    published_at TEXT,
    UNIQUE (article_id, locale)
  )`,
  `CREATE INDEX IF NOT EXISTS search_documents_locale_day_idx ON search_documents (locale, week_day)`,
  // Columns hold stems (see payload/search/text.ts); diacritics folded; prefix indexes for
  // the last word typed and Belarusian words.
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    locale, title, lead, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5'
  )`,
  `CREATE TABLE IF NOT EXISTS search_reindex_state (id INTEGER PRIMARY KEY, last_article_id INTEGER, started_at TEXT)`,
]

export const SQLITE_SEARCH_DROP = [
  'DROP TABLE IF EXISTS search_fts',
  'DROP TABLE IF EXISTS search_documents',
  'DROP TABLE IF EXISTS search_reindex_state',
]

export const POSTGRES_SEARCH_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS search_documents (
    id serial PRIMARY KEY,
    article_id integer NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale varchar(8) NOT NULL,
    slug text NOT NULL,
    title text NOT NULL,
    lead text NOT NULL,
    body text NOT NULL,
    topic_id integer,
    verdict text,
    week_start text,
    week_day integer,
    published_at text,
    tsv tsvector NOT NULL,
    UNIQUE (article_id, locale)
  )`,
  `CREATE INDEX IF NOT EXISTS search_documents_tsv_idx ON search_documents USING gin (tsv)`,
  `CREATE INDEX IF NOT EXISTS search_documents_locale_day_idx ON search_documents (locale, week_day)`,
  `CREATE TABLE IF NOT EXISTS search_reindex_state (id integer PRIMARY KEY, last_article_id integer, started_at text)`,
]

export const POSTGRES_SEARCH_DROP = [
  'DROP TABLE IF EXISTS search_documents',
  'DROP TABLE IF EXISTS search_reindex_state',
]

/** PostgreSQL text-search configuration per language (Belarusian has none: words as written). */
export const PG_CONFIG = { en: 'english', ru: 'russian', be: 'simple' } as const
