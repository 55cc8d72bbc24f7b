import type { Article } from '@/payload-types'

import type { BodyBlock } from './content/types'

/** Minimal Lexical JSON builders, so demo texts can be written as plain blocks. */

type LexicalNode = Record<string, unknown>

const element = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const text = (value: string, bold = false): LexicalNode => ({
  type: 'text',
  text: value,
  format: bold ? 1 : 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** Splits `**bold**` and `[label](url)` markers into Lexical text and link nodes. */
export function inline(source: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(text(source.slice(last, index)))
    if (match[1] !== undefined) nodes.push(text(match[1], true))
    else
      nodes.push(
        element('link', [text(match[2])], {
          version: 3,
          fields: { linkType: 'custom', url: match[3], newTab: false },
        }),
      )
    last = index + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

const paragraph = (source: string) =>
  element('paragraph', inline(source), { textFormat: 0, textStyle: '' })

function block(b: BodyBlock): LexicalNode {
  switch (b.type) {
    case 'p':
      return paragraph(b.text)
    case 'h2':
    case 'h3':
      return element('heading', inline(b.text), { tag: b.type })
    case 'quote':
      return element('quote', inline(b.text))
    case 'ul':
    case 'ol':
      return element(
        'list',
        b.items.map((item, i) => element('listitem', inline(item), { value: i + 1 })),
        { listType: b.type === 'ul' ? 'bullet' : 'number', tag: b.type, start: 1 },
      )
  }
}

/** The stored shape of every rich-text field (they share one editor). */
export type LexicalDocument = NonNullable<Article['body']>

export function toLexical(blocks: BodyBlock[]): LexicalDocument {
  return { root: element('root', blocks.map(block)) } as LexicalDocument
}

export const paragraphsToLexical = (paragraphs: string[]): LexicalDocument =>
  toLexical(paragraphs.map((p) => ({ type: 'p', text: p })))
