// 5a. Page weight without a browser: the HTML and the scripts and stylesheets it references,
// each fetched compressed as served (no images, no lazy chunks).
import zlib from 'node:zlib'

import { round } from '../context.mjs'
import { rawGet } from '../http.mjs'
import { pages } from '../site.mjs'

function decode(body, encoding) {
  if (encoding === 'br') return zlib.brotliDecompressSync(body)
  if (encoding === 'gzip') return zlib.gunzipSync(body)
  if (encoding === 'deflate') return zlib.inflateSync(body)
  return body
}

export async function weightPhase(ctx) {
  const { port, site } = ctx
  const sizes = new Map()
  const transferred = async (url) => {
    if (!sizes.has(url)) {
      const response = await rawGet(url, { encoding: 'br, gzip' })
      sizes.set(url, response.status === 200 ? response.body.length : 0)
    }
    return sizes.get(url)
  }
  const rows = []
  for (const page of pages(site)) {
    const url = `http://127.0.0.1:${port}${page.path}`
    const response = await rawGet(url, { encoding: 'br, gzip' })
    const html = decode(response.body, response.contentEncoding).toString('utf8')
    const attr = (tag, name) =>
      tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&')
    // Modern browsers skip noModule scripts (Next's legacy polyfills): not counted.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .filter((m) => !/\snomodule\b/i.test(m[0]))
      .map((m) => attr(m[0], 'src'))
      .filter(Boolean)
    const styles = [...html.matchAll(/<link\b[^>]*>/g)]
      .filter((m) => attr(m[0], 'rel') === 'stylesheet')
      .map((m) => attr(m[0], 'href'))
      .filter(Boolean)
    const absolute = (href) => new URL(href, url).toString()
    let js = 0
    for (const src of new Set(scripts)) js += await transferred(absolute(src))
    let css = 0
    for (const href of new Set(styles)) css += await transferred(absolute(href))
    rows.push({
      type: page.type,
      locale: page.locale,
      htmlKB: round(response.body.length / 1024, 1),
      htmlDecodedKB: round(html.length / 1024, 1),
      compressed: response.contentEncoding,
      jsKB: round(js / 1024, 1),
      cssKB: round(css / 1024, 1),
      totalKB: round((response.body.length + js + css) / 1024, 1),
      scripts: new Set(scripts).size,
    })
  }
  return rows
}
