import fs from 'node:fs'
import path from 'node:path'

import { SaxesParser, type SaxesTag } from 'saxes'

/** A file that is not a readable WordPress export: one sentence that says where and why. */
export class WxrError extends Error {
  constructor(file: string, line: number, column: number, reason: string) {
    super(
      `${path.basename(file)} cannot be imported: ${reason.replace(/\.$/, '')} (line ${line}, column ${column}).`,
    )
    this.name = 'WxrError'
  }
}

export type WxrChannel = {
  title: string
  link: string
  siteUrl: string
  /** 1.0, 1.1 or 1.2; from `wp:wxr_version`, else from the namespace. */
  version: string
  versionFromNamespace: boolean
}

export type WxrAuthor = { id: number | null; login: string; displayName: string; email: string }

export type WxrTerm = {
  id: number | null
  taxonomy: string
  slug: string
  name: string
  parent: string
  description: string
  meta: Record<string, string>
}

export type WxrItemTerm = { domain: string; nicename: string; name: string }

export type WxrItem = {
  id: number
  title: string
  link: string
  guid: string
  creator: string
  content: string
  excerpt: string
  date: string
  dateGmt: string
  modifiedGmt: string
  slug: string
  status: string
  type: string
  parent: number
  attachmentUrl: string
  terms: WxrItemTerm[]
  meta: Record<string, string>
  /** Where the item starts in the file, for messages. */
  line: number
}

export type WxrRecord =
  | { kind: 'channel'; channel: WxrChannel }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem }

type Node = { name: string; attributes: Record<string, string>; text: string; children: Node[] }

const WXR_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/(1\.[0-2])\/?$/
const SUPPORTED = new Set(['1.0', '1.1', '1.2'])

const child = (node: Node, name: string) => node.children.find((c) => c.name === name)
const textOf = (node: Node, name: string) => (child(node, name)?.text ?? '').trim()
const rawTextOf = (node: Node, name: string) => child(node, name)?.text ?? ''
const numberOf = (node: Node, name: string) => {
  const n = Number.parseInt(textOf(node, name), 10)
  return Number.isFinite(n) ? n : null
}
const metaOf = (node: Node, name: string) => {
  const meta: Record<string, string> = {}
  for (const m of node.children) {
    if (m.name !== name) continue
    const key = textOf(m, 'wp:meta_key')
    if (key) meta[key] = rawTextOf(m, 'wp:meta_value')
  }
  return meta
}

function toTerm(node: Node, taxonomy?: string): WxrTerm {
  const isCategory = node.name === 'wp:category'
  const isTag = node.name === 'wp:tag'
  return {
    id: numberOf(node, 'wp:term_id'),
    taxonomy:
      taxonomy ?? (isCategory ? 'category' : isTag ? 'post_tag' : textOf(node, 'wp:term_taxonomy')),
    slug: textOf(
      node,
      isCategory ? 'wp:category_nicename' : isTag ? 'wp:tag_slug' : 'wp:term_slug',
    ),
    name: textOf(node, isCategory ? 'wp:cat_name' : isTag ? 'wp:tag_name' : 'wp:term_name'),
    parent: textOf(node, isCategory ? 'wp:category_parent' : 'wp:term_parent'),
    description: textOf(
      node,
      isCategory ? 'wp:category_description' : isTag ? 'wp:tag_description' : 'wp:term_description',
    ),
    meta: metaOf(node, 'wp:termmeta'),
  }
}

function toItem(node: Node, line: number): WxrItem {
  return {
    id: numberOf(node, 'wp:post_id') ?? 0,
    title: textOf(node, 'title'),
    link: textOf(node, 'link'),
    guid: textOf(node, 'guid'),
    creator: textOf(node, 'dc:creator'),
    content: rawTextOf(node, 'content:encoded'),
    excerpt: textOf(node, 'excerpt:encoded'),
    date: textOf(node, 'wp:post_date'),
    dateGmt: textOf(node, 'wp:post_date_gmt'),
    modifiedGmt: textOf(node, 'wp:post_modified_gmt'),
    slug: textOf(node, 'wp:post_name'),
    status: textOf(node, 'wp:status'),
    type: textOf(node, 'wp:post_type'),
    parent: numberOf(node, 'wp:post_parent') ?? 0,
    attachmentUrl: textOf(node, 'wp:attachment_url'),
    terms: node.children
      .filter((c) => c.name === 'category')
      .map((c) => ({
        domain: c.attributes.domain ?? 'category',
        nicename: c.attributes.nicename ?? '',
        name: c.text.trim(),
      })),
    meta: metaOf(node, 'wp:postmeta'),
    line,
  }
}

/**
 * Reads a WordPress export as a stream: the channel's header, then each author, term and
 * item as it is completed, handed to `onRecord` one at a time (the file is paused while it
 * works), so memory holds one item however large the file is.
 */
export async function readWxr(
  file: string,
  onRecord: (record: WxrRecord) => void | Promise<void>,
): Promise<WxrChannel> {
  const parser = new SaxesParser({ position: true })
  const fail = (reason: string): never => {
    throw new WxrError(file, parser.line, parser.column, reason)
  }

  let depth = 0
  let sawRss = false
  let namespaceVersion: string | null = null
  let channel: WxrChannel | null = null
  const header = { title: '', link: '', siteUrl: '', version: '' }
  /** The element being collected (a direct child of <channel>) and its open descendants. */
  const stack: Node[] = []
  let itemLine = 0
  const queue: WxrRecord[] = []
  let parseError: WxrError | null = null

  const channelReady = (): WxrChannel => {
    if (channel) return channel
    const version = header.version || namespaceVersion
    if (!version) fail('it has no WXR version and no WordPress export namespace')
    if (!SUPPORTED.has(version as string)) {
      fail(`its WXR version "${version}" is not one of 1.0, 1.1 or 1.2`)
    }
    channel = {
      title: header.title,
      link: header.link,
      siteUrl: (header.siteUrl || header.link).replace(/\/+$/, ''),
      version: version as string,
      versionFromNamespace: !header.version,
    }
    queue.push({ kind: 'channel', channel })
    return channel
  }

  parser.on('error', (error) => {
    // WordPress writes "]]>" inside CDATA as "]]]]><![CDATA[>", but older exports left it
    // bare; like WordPress's own importer, keep it as text rather than refuse the file.
    if (/\]\]>/.test(error.message) && /char data|disallowed/i.test(error.message)) return
    parseError ??= new WxrError(
      file,
      parser.line,
      parser.column,
      `the XML is malformed: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`,
    )
  })
  parser.on('opentag', (tag: SaxesTag) => {
    depth++
    if (depth === 1) {
      if (tag.name !== 'rss')
        fail(`it is not a WordPress export: it starts with <${tag.name}>, not <rss>`)
      sawRss = true
      for (const [name, value] of Object.entries(tag.attributes)) {
        const match = name.startsWith('xmlns:') ? WXR_NAMESPACE.exec(String(value)) : null
        if (match) namespaceVersion = match[1]
      }
      return
    }
    if (depth === 2) {
      if (tag.name !== 'channel')
        fail(`it is not a WordPress export: <rss> holds <${tag.name}>, not <channel>`)
      return
    }
    if (depth === 3) itemLine = parser.line
    if (depth >= 3) {
      const node: Node = {
        name: tag.name,
        attributes: tag.attributes as Record<string, string>,
        text: '',
        children: [],
      }
      stack.at(-1)?.children.push(node)
      stack.push(node)
    }
  })
  const onText = (text: string) => {
    const node = stack.at(-1)
    if (node) node.text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => {
    depth--
    if (depth < 2) return
    const node = stack.pop()
    if (!node || depth !== 2) return
    switch (node.name) {
      case 'title':
        header.title = node.text.trim()
        break
      case 'link':
        header.link = node.text.trim()
        break
      case 'wp:base_site_url':
        header.siteUrl = node.text.trim()
        break
      case 'wp:wxr_version': {
        header.version = node.text.trim()
        if (!SUPPORTED.has(header.version)) {
          fail(`its WXR version "${header.version}" is not one of 1.0, 1.1 or 1.2`)
        }
        break
      }
      case 'wp:author':
        channelReady()
        queue.push({
          kind: 'author',
          author: {
            id: numberOf(node, 'wp:author_id'),
            login: textOf(node, 'wp:author_login'),
            displayName: textOf(node, 'wp:author_display_name') || textOf(node, 'wp:author_login'),
            email: textOf(node, 'wp:author_email'),
          },
        })
        break
      case 'wp:category':
      case 'wp:tag':
      case 'wp:term':
        channelReady()
        queue.push({ kind: 'term', term: toTerm(node) })
        break
      case 'item':
        channelReady()
        queue.push({ kind: 'item', item: toItem(node, itemLine) })
        break
    }
  })

  let stream: fs.ReadStream
  try {
    await fs.promises.access(file, fs.constants.R_OK)
    stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })
  } catch {
    throw new WxrError(file, 0, 0, 'the file cannot be read')
  }
  const drain = async () => {
    if (parseError) throw parseError
    while (queue.length > 0) await onRecord(queue.shift() as WxrRecord)
  }
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string)
      await drain()
    }
    parser.close()
    await drain()
  } finally {
    stream.destroy()
  }
  if (!sawRss) fail('it is empty or not XML')
  return channelReady()
}
