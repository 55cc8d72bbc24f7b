import config from '@payload-config'
import { getPayload as getPayloadInstance } from 'payload'

/** The one Payload instance of this process (Payload caches it across calls). */
export const getPayload = () => getPayloadInstance({ config })

/**
 * How the site reads: as an anonymous reader (the collections' access rules decide what
 * is public), in one language, never falling back to another language's text.
 */
export const publicRead = (locale: string) =>
  ({
    locale: locale as 'en',
    fallbackLocale: false as const,
    overrideAccess: false,
    user: null,
  }) as const
