import path from 'node:path'

import { Font } from '@react-pdf/renderer'

/**
 * The PDF's typefaces, embedded (subset) in every file: PT Serif for reading and PT Sans for
 * headings and notes. ParaType drew both for Cyrillic, Belarusian ў and і included; the TTF
 * files come from npm packages, so every machine that runs `npm ci` has them.
 */
const fontFile = (pkg: string, prefix: string, variant: string) =>
  path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    'node_modules/@expo-google-fonts',
    pkg,
    variant,
    `${prefix}_${variant}.ttf`,
  )

export const SERIF = 'PT Serif'
export const SANS = 'PT Sans'

type Variant = { fontWeight: 400 | 700; fontStyle?: 'italic' }
const VARIANTS: Variant[] = [
  { fontWeight: 400 },
  { fontWeight: 400, fontStyle: 'italic' },
  { fontWeight: 700 },
  { fontWeight: 700, fontStyle: 'italic' },
]

/** fontkit's font object, as much of it as the warm-up below uses. */
type GlyphCache = { characterSet?: number[]; glyphForCodePoint?: (codePoint: number) => unknown }

let ready: Promise<void> | null = null

/**
 * ﬁ, ﬂ and the like (U+FB00–U+FB4F) name the glyphs the font's ligatures draw for two
 * letters: met here first, the ligature would keep one letter, and the text after it would
 * be laid out one letter off.
 */
const isPresentationForm = (codePoint: number) => codePoint >= 0xfb00 && codePoint <= 0xfb4f

/**
 * Registers the fonts once per process and loads them. fontkit keeps one glyph object per
 * glyph for the life of the font, with the characters it was first met for; a composite
 * glyph (Cyrillic й is и with a breve) creates its parts with none. An и first met that way
 * was written to later PDFs without its letter: the text layout lost its place, and
 * pdftotext read "Ситуация" as "Ситуац я". Meeting every mapped character first, through
 * the font's character map, gives each glyph its letter before any composite is drawn.
 */
export function preparePdfFonts(): Promise<void> {
  ready ??= (async () => {
    registerPdfFonts()
    for (const fontFamily of [SERIF, SANS])
      for (const variant of VARIANTS) {
        const source = Font.getFont({ fontFamily, ...variant })
        await source.load()
        const font = source.data as GlyphCache | null
        for (const codePoint of font?.characterSet ?? [])
          if (!isPresentationForm(codePoint)) font?.glyphForCodePoint?.(codePoint)
      }
  })()
  return ready
}

let registered = false

function registerPdfFonts(): void {
  if (registered) return
  registered = true
  for (const [family, pkg, prefix] of [
    [SERIF, 'pt-serif', 'PTSerif'],
    [SANS, 'pt-sans', 'PTSans'],
  ] as const) {
    Font.register({
      family,
      fonts: [
        { src: fontFile(pkg, prefix, '400Regular'), fontWeight: 400 },
        { src: fontFile(pkg, prefix, '400Regular_Italic'), fontWeight: 400, fontStyle: 'italic' },
        { src: fontFile(pkg, prefix, '700Bold'), fontWeight: 700 },
        { src: fontFile(pkg, prefix, '700Bold_Italic'), fontWeight: 700, fontStyle: 'italic' },
      ],
    })
  }
  // react-pdf hyphenates with English rules by default, which cuts Belarusian and Russian
  // words in wrong places: break lines between words only.
  Font.registerHyphenationCallback((word) => [word])
}

/**
 * Intl writes thin spaces (U+2009, U+202F) in dates, which PT Serif and PT Sans lack
 * (react-pdf would fall back to Helvetica for them): ordinary and no-break spaces instead.
 */
export const typeset = (text: string): string =>
  text.replace(/[\u2009\u200A]/g, ' ').replace(/\u202F/g, '\u00A0')
