import { getTranslations } from 'next-intl/server'

import { getSite } from '@/lib/site'

/**
 * The newsletter box every page carries. The subscription form itself arrives with the
 * newsletter work; it goes inside this section, which keeps the id `newsletter`.
 */
export async function NewsletterSlot({ locale }: { locale: string }) {
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'newsletter' }),
    getSite(locale),
  ])
  return (
    <section
      id="newsletter"
      className="newsletter"
      aria-labelledby="newsletter-title"
      data-slot="newsletter-form"
    >
      <h2 id="newsletter-title">{t('title')}</h2>
      <p>{site.newsletterBlurb || t('blurb')}</p>
      <p className="muted">{t('soon')}</p>
    </section>
  )
}
