import type { Payload, Where } from 'payload'

/** "/en/2023/02/20/slug/" → "/en/2023/02/20/slug": how old paths are stored and looked up. */
export function normalizeOldPath(pathname: string): string {
  let decoded = pathname
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    // keep it as it came
  }
  const trimmed = decoded.replace(/\/+$/, '')
  return trimmed.startsWith('/') ? trimmed || '/' : `/${trimmed}`
}

/**
 * Where an imported WordPress post lives now: its old permalink path ("/en/2023/02/20/slug")
 * or its id ("?p=101") → "/en/articles/slug", in the language the post was written in.
 */
export async function resolveOldLink(
  payload: Payload,
  from: { paths?: string[]; postId?: number },
): Promise<string | null> {
  let where: Where
  if (from.postId !== undefined && Number.isInteger(from.postId) && from.postId > 0) {
    where = { and: [{ kind: { equals: 'post' } }, { wpId: { equals: from.postId } }] }
  } else if (from.paths && from.paths.length > 0) {
    const paths = from.paths.map(normalizeOldPath).filter((p) => p !== '/')
    if (paths.length === 0) return null
    where = { and: [{ kind: { equals: 'post' } }, { oldPath: { in: paths } }] }
  } else {
    return null
  }
  const { docs } = await payload.find({
    collection: 'wp-sources',
    where,
    sort: '-updatedAt',
    limit: 5,
    depth: 0,
    overrideAccess: true,
    select: { docId: true, locale: true, oldPath: true },
  })
  // The path as asked first (with its language prefix), then the same path without it.
  const order = from.paths?.map(normalizeOldPath) ?? []
  docs.sort((a, b) => order.indexOf(a.oldPath ?? '') - order.indexOf(b.oldPath ?? ''))
  for (const source of docs) {
    if (!source.docId || !source.locale) continue
    const article = await payload.find({
      collection: 'articles',
      where: { id: { equals: source.docId } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      select: { slug: true },
    })
    const slug = article.docs[0]?.slug
    if (slug) return `/${source.locale}/articles/${slug}`
  }
  return null
}
