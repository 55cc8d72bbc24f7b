import { getTranslations } from 'next-intl/server'

import { getSite } from '@/lib/site'

import { NewsletterForm } from './NewsletterForm'

/** The newsletter box every reading page carries. */
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
      <NewsletterForm />
    </section>
  )
}
