import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'

import { NewsletterForm as Form } from './NewsletterForm.client'

/**
 * The subscription form with the messages it needs in the browser, and only those: the site
 * layout hands client components none, so a page carries no translations it does not use.
 */
export async function NewsletterForm() {
  const { newsletter, language } = await getMessages()
  return (
    <NextIntlClientProvider messages={{ newsletter, language }}>
      <Form />
    </NextIntlClientProvider>
  )
}
