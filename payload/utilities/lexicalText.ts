/** Plain text of a Lexical document: for search, reading time and e-mail previews. */

type Node = { type?: string; text?: string; children?: Node[] }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

export function lexicalToPlainText(doc: { root?: Node } | null | undefined): string {
  if (!doc?.root) return ''
  const parts: string[] = []
  const walk = (node: Node) => {
    if (typeof node.text === 'string') parts.push(node.text)
    node.children?.forEach(walk)
    if (node.type && BLOCK_TYPES.has(node.type)) parts.push('\n')
  }
  walk(doc.root)
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

export const countWords = (text: string): number => (text.match(/[\p{L}\p{N}’'-]+/gu) ?? []).length

/** The first sentences of a text, cut at a word, for meta descriptions. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}
