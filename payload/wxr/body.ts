import { autop } from '@wordpress/autop'
import { convertHTMLToLexical } from '@payloadcms/richtext-lexical'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'

import type { Article } from '@/payload-types'

type LexicalNode = {
  type: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown> | null
  [key: string]: unknown
}

export type BodyImage = { src: string; alt: string; caption: string; attachmentId: number | null }

/** Shortcodes turned into HTML here; any other one is left as text and reported. */
const KNOWN = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video'])

const attr = (tag: string, name: string): string => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>\\]]+))`, 'i').exec(
    tag,
  )
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : ''
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

export type PreparedBody = {
  html: string
  images: BodyImage[]
  unknownShortcodes: string[]
}

/**
 * WordPress post content → HTML the converter understands: block comments dropped,
 * classic-editor text given its paragraphs, [caption], [gallery] and [embed] turned into
 * images and links, and every image replaced by a marker the caller swaps for an upload.
 */
export function prepareBody(
  content: string,
  galleryImage: (attachmentId: number) => { src: string; alt: string; caption: string } | null,
): PreparedBody {
  const images: BodyImage[] = []
  const unknownShortcodes = new Set<string>()
  const marker = (image: BodyImage) => {
    images.push(image)
    return `<p>WXRIMAGE${images.length - 1}WXR</p>`
  }
  const isBlockEditor = content.includes('<!-- wp:')
  let html = content.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '')

  html = html.replace(
    /\[(?:wp_)?caption([^\]]*)\]([\s\S]*?)\[\/(?:wp_)?caption\]/g,
    (_all, attributes: string, inner: string) => {
      const img = /<img\b[^>]*>/i.exec(inner)?.[0]
      if (!img) return inner
      const caption = stripTags(
        inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i, ''),
      )
      const id = /attachment_(\d+)/.exec(attributes)?.[1] ?? /wp-image-(\d+)/.exec(img)?.[1]
      return `\n\n${marker({
        src: attr(img, 'src'),
        alt: attr(img, 'alt'),
        caption: caption || attr(attributes, 'caption'),
        attachmentId: id ? Number(id) : null,
      })}\n\n`
    },
  )
  html = html.replace(/\[gallery([^\]]*)\]/g, (_all, attributes: string) => {
    const ids = attr(attributes, 'ids')
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > 0)
    return `\n\n${ids
      .map((id) => {
        const found = galleryImage(id)
        return found ? marker({ ...found, attachmentId: id }) : ''
      })
      .join('\n')}\n\n`
  })
  html = html.replace(
    /\[(embed|audio|video)([^\]]*)\]([\s\S]*?)\[\/\1\]|\[(audio|video)([^\]]*)\]/g,
    (
      _all,
      _name: string,
      attributes: string | undefined,
      inner: string | undefined,
      _n2,
      attributes2: string | undefined,
    ) => {
      const url =
        (inner ?? '').trim() ||
        attr(attributes ?? attributes2 ?? '', 'src') ||
        attr(attributes ?? attributes2 ?? '', 'mp3') ||
        attr(attributes ?? attributes2 ?? '', 'mp4')
      return url ? `\n\n<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>\n\n` : ''
    },
  )
  for (const match of html.matchAll(/\[([a-z][a-z0-9_-]*)(?=[\s\]/])[^\]]*\]/gi)) {
    if (!KNOWN.has(match[1].toLowerCase())) unknownShortcodes.add(match[1])
  }
  // Block-editor HTML has its paragraphs; classic text relies on WordPress adding them.
  if (!isBlockEditor) html = autop(html)
  html = html.replace(/<img\b[^>]*>/gi, (img) => {
    const id = /wp-image-(\d+)/.exec(img)?.[1]
    return `</p>${marker({ src: attr(img, 'src'), alt: attr(img, 'alt'), caption: '', attachmentId: id ? Number(id) : null })}<p>`
  })
  html = html.replace(/<p>\s*<\/p>/g, '')
  return { html, images, unknownShortcodes: [...unknownShortcodes] }
}

const MARKER = /WXRIMAGE(\d+)WXR/g

const textNode = (text: string, format = 0): LexicalNode => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/**
 * Converts prepared HTML with Payload's own converter, then puts each image where its marker
 * was (an upload of the media item `mediaFor` returns, its caption in italics below it, or
 * nothing when the image could not be had) and lets `rewriteLink` change link targets.
 */
export function htmlToLexical(
  prepared: PreparedBody,
  editorConfig: SanitizedServerEditorConfig,
  mediaFor: (image: BodyImage) => number | string | null,
  rewriteLink: (url: string) => string,
): NonNullable<Article['body']> {
  const state = convertHTMLToLexical({ editorConfig, html: prepared.html, JSDOM })
  const root = state.root as unknown as LexicalNode

  const visitLinks = (node: LexicalNode) => {
    if ((node.type === 'link' || node.type === 'autolink') && node.fields) {
      const url = node.fields.url
      if (typeof url === 'string') node.fields.url = rewriteLink(url)
    }
    node.children?.forEach(visitLinks)
  }
  visitLinks(root)

  const out: LexicalNode[] = []
  for (const block of root.children ?? []) {
    const found: number[] = []
    const strip = (node: LexicalNode) => {
      if (typeof node.text === 'string' && node.text.includes('WXRIMAGE')) {
        node.text = node.text.replace(MARKER, (_m, n: string) => {
          found.push(Number(n))
          return ''
        })
      }
      node.children?.forEach(strip)
      if (node.children) {
        node.children = node.children.filter((c) => c.type !== 'text' || (c.text ?? '') !== '')
      }
    }
    strip(block)
    const hasContent = (node: LexicalNode): boolean =>
      (typeof node.text === 'string' && node.text.trim() !== '') ||
      (node.type !== 'text' && !node.children) ||
      (node.children ?? []).some(hasContent)
    if (found.length === 0 || hasContent(block)) out.push(block)
    for (const index of found) {
      const image = prepared.images[index]
      const media = image ? mediaFor(image) : null
      if (media === null || !image) continue
      out.push({
        type: 'upload',
        version: 3,
        format: '',
        id: `wxr${Date.now().toString(16)}${index}${Math.random().toString(16).slice(2, 8)}`,
        fields: null,
        relationTo: 'media',
        value: media,
      })
      if (image.caption) {
        out.push({
          type: 'paragraph',
          children: [textNode(image.caption, 2)],
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 2,
          textStyle: '',
          version: 1,
        })
      }
    }
  }
  root.children = out
  return state as unknown as NonNullable<Article['body']>
}

/** Plain text of HTML, for a lead taken from the body. */
export const htmlToText = stripTags
