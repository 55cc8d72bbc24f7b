/**
 * The week as a PDF (issue #14): rendered by lib/weekPdf on the demo content, parsed with
 * pdf-lib, its words read back with poppler's pdftotext (skipped, with the reason, where
 * poppler-utils is missing).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppLocale } from '@/i18n/routing'
import { publicRead } from '@/lib/payload'
import { typeset } from '@/lib/pdf/fonts'
import { getWeekBySlug } from '@/lib/weeks'
import { renderWeekPdf } from '@/lib/weekPdf'
import { demoWeeks, seedDemoContent } from '@/payload/seed'
import { lexicalToPlainText } from '@/payload/utilities/lexicalText'

import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
if (!hasPoppler)
  console.warn('pdftotext (Debian poppler-utils) is missing: the PDF text checks are skipped.')

const weeks = demoWeeks.slice(-2)
const latest = weeks[1].startDate.slice(0, 10)
const locales: AppLocale[] = ['en', 'be', 'ru']
/** Where the rendered files stay for a person to look at (pdftoppm -png). */
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-week-pdf-'))

// Words can wrap anywhere and fonts may join letters (ﬁ): compare normalised text.
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim()

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

describe.skipIf(skip)('week PDF', () => {
  let ctx: TestContext
  const files = new Map<AppLocale, string>()

  beforeAll(async () => {
    ctx = await startPayload()
    await seedDemoContent(ctx.payload, { weeks: 2, log: () => {} })
    for (const locale of locales) {
      const pdf = await renderWeekPdf(latest, locale)
      expect(pdf, `a PDF in ${locale}`).not.toBeNull()
      const file = path.join(outDir, `week-${latest}-${locale}.pdf`)
      fs.writeFileSync(file, pdf!)
      files.set(locale, file)
    }
    console.info(`Week PDFs written to ${outDir}`)
  })
  afterAll(async () => ctx?.close())

  const publishedTitles = async (locale: AppLocale) => {
    const week = await getWeekBySlug(latest, locale)
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      where: { week: { equals: week!.id } },
      limit: 50,
      depth: 0,
      ...publicRead(locale),
    })
    return docs.map((d) => d.title)
  }

  it.each(locales)('is a valid PDF with its title and language (%s)', async (locale) => {
    const bytes = fs.readFileSync(files.get(locale)!)
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    const titles = await publishedTitles(locale)
    // The cover, then at least one page per analysis.
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1 + titles.length)
    expect(doc.getTitle()).toMatch(/\d{4}/)
    const lang = doc.catalog.lookup(PDFName.of('Lang'), PDFString)
    expect(lang.decodeText()).toBe(locale)
  })

  it.skipIf(!hasPoppler).each(locales)(
    'says every published analysis title in its language (%s)',
    async (locale) => {
      const text = flat(pdfText(files.get(locale)!))
      const titles = await publishedTitles(locale)
      expect(titles.length).toBeGreaterThan(0)
      for (const title of titles) expect(text).toContain(flat(title))
    },
  )

  it.skipIf(!hasPoppler).each(locales)(
    'reads back the summary and every lead word for word (%s)',
    async (locale) => {
      // Letters dropped or lines broken inside words would show here (fontkit's glyph cache
      // once lost и after a Belarusian PDF, and ﬁ shifted English lines by a letter).
      const text = flat(pdfText(files.get(locale)!))
      const week = await getWeekBySlug(latest, locale)
      const summary = lexicalToPlainText(week!.summary as Parameters<typeof lexicalToPlainText>[0])
      const paragraphs = summary.split('\n').filter(Boolean)
      expect(paragraphs.length).toBeGreaterThan(0)
      for (const paragraph of paragraphs) expect(text).toContain(flat(typeset(paragraph)))
      const { docs } = await ctx.payload.find({
        collection: 'articles',
        where: { week: { equals: week!.id } },
        limit: 50,
        depth: 0,
        ...publicRead(locale),
      })
      for (const doc of docs) expect(text).toContain(flat(doc.lead ?? ''))
    },
  )

  it.skipIf(!hasPoppler)('writes Belarusian ў and і as text, not boxes', () => {
    const text = pdfText(files.get('be')!)
    expect(text).toMatch(/ў/)
    expect(text).toMatch(/і/)
    // Page numbers and the address in the footer of every page.
    expect(text).toMatch(/Старонка 1 з \d+/)
    expect(text).toContain(`/be/weeks/${latest}`)
  })

  it('has no PDF for a week with nothing published in a language, or no such week', async () => {
    const week = await getWeekBySlug(latest, 'en')
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      where: { week: { equals: week!.id } },
      limit: 50,
      depth: 0,
      draft: false,
      overrideAccess: true,
      locale: 'ru',
    })
    // Unpublish the week's Russian text of every analysis: the Russian PDF has nothing left.
    for (const doc of docs)
      await ctx.payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'ru',
        data: { _status: 'draft' },
        unpublishSpecificLocale: 'ru',
        overrideAccess: true,
      } as never)
    expect(await renderWeekPdf(latest, 'ru')).toBeNull()
    expect(await renderWeekPdf('1999-01-04', 'en')).toBeNull()
  })
})
