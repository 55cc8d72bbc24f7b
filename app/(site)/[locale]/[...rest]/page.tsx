import { notFound, permanentRedirect } from 'next/navigation'

import { getOldLinkTarget } from '@/lib/oldLinks'

/**
 * Any other path under a language is a localized 404, unless it is the permalink of a post
 * imported from WordPress: that one answers a permanent redirect to its analysis.
 */
export default async function CatchAll({
  params,
}: {
  params: Promise<{ locale: string; rest: string[] }>
}) {
  const { locale, rest } = await params
  const target = await getOldLinkTarget(locale, rest)
  if (target) permanentRedirect(target)
  notFound()
}
