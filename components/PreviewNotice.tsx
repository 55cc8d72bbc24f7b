import { getTranslations } from 'next-intl/server'

import { PreviewBar } from './PreviewBar.client'

/** The draft-mode notice of a page, with its way back to the published version. */
export async function PreviewNotice({ locale, path }: { locale: string; path: string }) {
  const t = await getTranslations({ locale, namespace: 'preview' })
  return (
    <PreviewBar
      label={t('label')}
      exitLabel={t('exit')}
      exitHref={`/api/preview?exit=1&path=${encodeURIComponent(path)}`}
    />
  )
}
