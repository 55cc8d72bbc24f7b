import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

/** Renders stored Lexical rich text; links to other sites open safely. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => {
    const fields = node.fields as { url?: string; newTab?: boolean }
    const url = fields.url ?? '#'
    const external = /^https?:\/\//.test(url)
    return (
      <a
        href={url}
        rel={external ? 'noopener noreferrer' : undefined}
        target={fields.newTab ? '_blank' : undefined}
      >
        {nodesToJSX({ nodes: node.children })}
      </a>
    )
  },
})

export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <LexicalRichText
      className={className}
      converters={converters}
      data={data as SerializedEditorState}
      disableContainer={false}
    />
  )
}
