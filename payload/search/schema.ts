/**
 * The search index's tables, outside Payload's generated schema (full-text columns are
 * beyond what Payload models). Created by the `search_index` migrations and, when missing
 * (a database whose schema `next dev` pushed), on first use.
 *
 * search_documents: one row per analysis and language published in it, with what results
 * show and filter by; its full text is in search_fts (SQLite, stems by our code) or in the
 * `tsv` column (PostgreSQL, stems by the text-search configuration of the language).
 */
/**
 * What counting, filtering and ranking read of each match, apart from its text: one row of
 * search_documents fills most of a page (its lead and body), so a query that read the table
 * for each of 4 000 matches read 4 000 pages; this index holds 100 matches a page. Queries
 * name it (INDEXED BY): the planner otherwise looks matches up by rowid in the table.
 */
export const SQLITE_SEARCH_META_INDEX = `CREATE INDEX IF NOT EXISTS search_documents_meta_idx ON search_documents (id, topic_id, verdict, week_start, week_day, published_at)`

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
  SQLITE_SEARCH_META_INDEX,
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

/**
 * One GIN index per language: a search always asks for one, and a single index over all
 * three made PostgreSQL pick the locale index instead and test every analysis of the
 * language. The vector stays in the row (storage MAIN, compressed only when it must be):
 * ranking reads it for every match, and fetching it from the TOAST table cost more than
 * the ranking itself. Queries name the language as a literal so the planner can use these.
 * No pending list (fastupdate off): analyses are published a few a week, and entries
 * waiting there are read one by one by every search until a vacuum merges them.
 */
export const POSTGRES_SEARCH_TSV_INDEXES = [
  `ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE MAIN`,
  ...(['en', 'be', 'ru'] as const).map(
    (locale) =>
      `CREATE INDEX IF NOT EXISTS search_documents_tsv_${locale}_idx ON search_documents USING gin (tsv) WITH (fastupdate = off) WHERE locale = '${locale}'`,
  ),
  `DROP INDEX IF EXISTS search_documents_tsv_idx`,
]

/**
 * Vectors too large for the row are compressed in it (storage MAIN), and ranking reads every
 * match's: with lz4 a Belarusian or Russian search at 10 000 analyses took a third less
 * time than with PostgreSQL's default pglz. Only where the server was built with lz4.
 */
export const POSTGRES_SEARCH_TSV_LZ4 = `DO $$ BEGIN
  IF 'lz4' = ANY ((SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression')::text[]) THEN
    ALTER TABLE search_documents ALTER COLUMN tsv SET COMPRESSION lz4;
  END IF;
END $$`

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
  ...POSTGRES_SEARCH_TSV_INDEXES,
  POSTGRES_SEARCH_TSV_LZ4,
  `CREATE INDEX IF NOT EXISTS search_documents_locale_day_idx ON search_documents (locale, week_day)`,
  `CREATE TABLE IF NOT EXISTS search_reindex_state (id integer PRIMARY KEY, last_article_id integer, started_at text)`,
]

export const POSTGRES_SEARCH_DROP = [
  'DROP TABLE IF EXISTS search_documents',
  'DROP TABLE IF EXISTS search_reindex_state',
]

/** PostgreSQL text-search configuration per language (Belarusian has none: words as written). */
export const PG_CONFIG = { en: 'english', ru: 'russian', be: 'simple' } as const
