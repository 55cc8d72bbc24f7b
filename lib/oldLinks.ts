import { resolveOldLink } from '@/payload/wxr/links'

import { getPayload } from './payload'
import { unstorableIn } from './unstorable'

/**
 * The new address of an imported WordPress permalink that reached a language's catch-all:
 * "/en/2023/02/20/slug" as it was, or, for a site whose links had no language (the language
 * was added on the way here), "/2023/02/20/slug". Not kept in the shared data cache: any
 * path a crawler invents would stay there; this is one indexed query, and only on a 404.
 */
export async function getOldLinkTarget(locale: string, rest: string[]): Promise<string | null> {
  // A path no database can hold (a NUL byte, lone surrogates) is no old link: the 404.
  if (rest.length === 0 || rest.length > 8 || unstorableIn(rest)) return null
  const path = `/${rest.join('/')}`
  const payload = await getPayload()
  return resolveOldLink(payload, { paths: [`/${locale}${path}`, path] })
}
