import fs from 'node:fs'

import type { Article } from '@/payload-types'

export type Locale = 'en' | 'be' | 'ru'
export const LOCALES: Locale[] = ['en', 'be', 'ru']
export type Verdict = Article['verdict']

/** How WordPress data becomes ours; `--map map.json` overrides any part of it. */
export type WxrMapping = {
  /** Post types imported as analyses; every other type is skipped and counted. */
  postTypes: string[]
  /** The language of a post nothing else names (no Polylang, WPML or link prefix). */
  defaultLanguage: Locale
  /** Polylang language slugs, WPML codes and WordPress locales → our languages. */
  languages: Record<string, Locale>
  /** Where the week is written ("February 13 – February 19, 2023" in any language). */
  week: { meta: string | null; taxonomy: string | null }
  /** Where the verdict is, and which term slugs, names or meta values mean which verdict. */
  verdict: { taxonomy: string | null; meta: string | null; values: Record<string, Verdict> }
  /** The taxonomy topics come from, and its terms that are no topic. */
  topics: { taxonomy: string; ignore: string[] }
}

export const defaultMapping: WxrMapping = {
  postTypes: ['post'],
  defaultLanguage: 'en',
  languages: {
    en: 'en',
    en_us: 'en',
    en_gb: 'en',
    be: 'be',
    be_by: 'be',
    bel: 'be',
    ru: 'ru',
    ru_ru: 'ru',
  },
  week: { meta: 'week_period', taxonomy: null },
  verdict: {
    taxonomy: 'situation',
    meta: 'verdict',
    values: {
      'got-better': 'improved',
      improved: 'improved',
      better: 'improved',
      'not-changed': 'unchanged',
      unchanged: 'unchanged',
      'no-change': 'unchanged',
      'got-worse': 'worsened',
      worsened: 'worsened',
      worse: 'worsened',
    },
  },
  topics: { taxonomy: 'category', ignore: ['uncategorized', 'bez-kategorii', 'bez-katehoryi'] },
}

export class MappingError extends Error {}

/** The defaults with a map file's choices on top (objects merged, the rest replaced). */
export function loadMapping(file?: string): WxrMapping {
  if (!file) return defaultMapping
  let custom: Partial<WxrMapping>
  try {
    custom = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WxrMapping>
  } catch (error) {
    throw new MappingError(
      `The map file ${file} cannot be read as JSON: ${(error as Error).message.split('\n')[0]}`,
    )
  }
  const merged: WxrMapping = {
    ...defaultMapping,
    ...custom,
    languages: { ...defaultMapping.languages, ...custom.languages },
    week: { ...defaultMapping.week, ...custom.week },
    verdict: {
      ...defaultMapping.verdict,
      ...custom.verdict,
      values: { ...defaultMapping.verdict.values, ...custom.verdict?.values },
    },
    topics: { ...defaultMapping.topics, ...custom.topics },
  }
  if (!LOCALES.includes(merged.defaultLanguage)) {
    throw new MappingError(`The map's defaultLanguage must be one of ${LOCALES.join(', ')}.`)
  }
  for (const [key, value] of Object.entries(merged.verdict.values)) {
    if (!['improved', 'unchanged', 'worsened'].includes(value)) {
      throw new MappingError(
        `The map's verdict value for "${key}" must be improved, unchanged or worsened.`,
      )
    }
  }
  return merged
}
