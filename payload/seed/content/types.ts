/**
 * Shape of the demo content. Texts are written fresh for Weekly Monitor; the seed script
 * turns them into Lexical rich text, generates hero images locally and links everything.
 */
export type Locale = 'en' | 'be' | 'ru'

/** English is always present; Belarusian and Russian where translated. */
export type Localized<T> = { en: T; be?: T; ru?: T }

/** All three languages are required. */
export type Trilingual<T> = { en: T; be: T; ru: T }

export type Verdict = 'improved' | 'unchanged' | 'worsened'

/**
 * One block of body text. Paragraph and quote text may hold inline links written as
 * `[link text](https://example.org/path)` and bold written as `**bold**`.
 */
export type BodyBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'ol'; items: string[] }

export type ArticleText = {
  title: string
  /** One or two sentences that say what happened and why it matters. */
  lead: string
  /** Three or four one-sentence points. */
  keyPoints: string[]
  /** Three to six blocks; at least two paragraphs. */
  body: BodyBlock[]
}

export type SeedTopic = {
  slug: string
  order: number
  name: Trilingual<string>
  description: Trilingual<string>
}

export type SeedAnalyst = {
  slug: string
  name: Trilingual<string>
  role: Trilingual<string>
  /** Paragraphs of the biography. */
  bio: Trilingual<string[]>
  links: { label: string; url: string }[]
}

export type SeedImage = {
  /** Main colour of the generated abstract hero image, 0–359. */
  hue: number
  /** Motif drawn on the generated image. */
  motif: 'waves' | 'grid' | 'circles' | 'bars' | 'diagonal'
  alt: Localized<string>
  caption: Localized<string>
  credit: string
  sourceUrl?: string
}

export type SeedArticle = {
  /** ASCII, unique across all demo content, e.g. `minsk-moscow-gas-price-talks`. */
  slug: string
  topic: string
  verdict: Verdict
  /** Analyst slugs; an empty list means "Editorial team". */
  authors: string[]
  image: SeedImage
  text: Localized<ArticleText>
}

export type SeedWeek = {
  /** A Monday, `YYYY-MM-DD`. */
  startDate: string
  /** The editor's overview: paragraphs. */
  summary: Localized<string[]>
  /** One per topic. */
  articles: SeedArticle[]
}

export type SeedSite = {
  siteName: Trilingual<string>
  tagline: Trilingual<string>
  newsletterBlurb: Trilingual<string>
  socialLinks: { label: string; url: string }[]
}
