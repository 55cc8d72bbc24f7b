import { Link, Text, View } from '@react-pdf/renderer'
import type { Styles } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import { SERIF, typeset } from './fonts'

type Style = Styles[string]

/** A stored Lexical node, as much of it as the PDF draws. */
type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  start?: number
  fields?: { url?: string }
  url?: string
  children?: LexicalNode[]
}

const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8

const headingSize: Record<string, number> = { h1: 17, h2: 15, h3: 13.5, h4: 12.5, h5: 12, h6: 12 }

function textStyle(format: number): Style {
  const style: Style = {}
  if (format & BOLD) style.fontWeight = 700
  if (format & ITALIC) style.fontStyle = 'italic'
  const lines = [
    format & UNDERLINE ? 'underline' : '',
    format & STRIKETHROUGH ? 'line-through' : '',
  ]
  const decoration = lines.filter(Boolean).join(' ')
  if (decoration) style.textDecoration = decoration as Style['textDecoration']
  return style
}

/** Runs of text inside one block: formatting, line breaks and links (with their address). */
function inline(nodes: LexicalNode[] | undefined, key = 'i'): ReactNode[] {
  return (nodes ?? []).map((node, i) => {
    const k = `${key}-${i}`
    if (node.type === 'linebreak') return '\n'
    if (node.type === 'tab') return '\t'
    if (typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0
      return format ? (
        <Text key={k} style={textStyle(format)}>
          {typeset(node.text)}
        </Text>
      ) : (
        typeset(node.text)
      )
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const url = node.fields?.url ?? node.url ?? ''
      const external = /^https?:\/\//.test(url)
      const label = inline(node.children, k)
      if (!external) return <Text key={k}>{label}</Text>
      // Paper has no links: the address follows the words, as on the printed page.
      return (
        <Text key={k}>
          <Link src={url} style={{ color: '#1c1d1f' }}>
            {label}
          </Link>
          <Text style={{ fontSize: 8.5, color: '#585c63' }}> ({url})</Text>
        </Text>
      )
    }
    return <Text key={k}>{inline(node.children, k)}</Text>
  })
}

function block(node: LexicalNode, key: string, styles: { paragraph: Style }): ReactNode {
  switch (node.type) {
    case 'heading':
      return (
        <Text
          key={key}
          minPresenceAhead={40}
          style={{
            fontSize: headingSize[node.tag ?? 'h2'] ?? 13,
            fontWeight: 700,
            marginTop: 8,
            marginBottom: 4,
          }}
        >
          {inline(node.children, key)}
        </Text>
      )
    case 'quote':
      return (
        <View
          key={key}
          style={{ borderLeft: '3pt solid #8a2432', paddingLeft: 10, marginVertical: 6 }}
        >
          <Text style={{ ...styles.paragraph, fontStyle: 'italic', marginBottom: 0 }}>
            {inline(node.children, key)}
          </Text>
        </View>
      )
    case 'list': {
      const ordered = node.listType === 'number'
      const start = node.start ?? 1
      return (
        <View key={key} style={{ marginBottom: 6 }}>
          {(node.children ?? []).map((item, i) => {
            const nested = (item.children ?? []).filter((c) => c.type === 'list')
            const words = (item.children ?? []).filter((c) => c.type !== 'list')
            return (
              <View key={`${key}-${i}`} style={{ flexDirection: 'row', marginBottom: 2 }}>
                <Text style={{ width: 16 }}>{ordered ? `${start + i}.` : '•'}</Text>
                <View style={{ flex: 1 }}>
                  {words.length ? <Text>{inline(words, `${key}-${i}`)}</Text> : null}
                  {nested.map((list, j) => block(list, `${key}-${i}-${j}`, styles))}
                </View>
              </View>
            )
          })}
        </View>
      )
    }
    case 'horizontalrule':
      return <View key={key} style={{ borderTop: '0.5pt solid #888', marginVertical: 8 }} />
    case 'paragraph':
      if (!node.children?.length) return null
      return (
        <Text key={key} style={styles.paragraph}>
          {inline(node.children, key)}
        </Text>
      )
    default:
      // Blocks the PDF does not draw (uploads, embeds) still give their words, if any.
      return node.children?.length ? (
        <Text key={key} style={styles.paragraph}>
          {inline(node.children, key)}
        </Text>
      ) : null
  }
}

/** A rich-text field (Lexical JSON) as react-pdf blocks. */
export function RichTextPdf({ data, fontSize = 10.5 }: { data: unknown; fontSize?: number }) {
  const root = (data as { root?: LexicalNode } | null)?.root
  if (!root?.children?.length) return null
  const styles = {
    paragraph: { fontFamily: SERIF, fontSize, lineHeight: 1.45, marginBottom: 6 } as Style,
  }
  return (
    <View style={{ fontFamily: SERIF, fontSize, lineHeight: 1.45 }}>
      {root.children.map((node, i) => block(node, `b${i}`, styles))}
    </View>
  )
}
