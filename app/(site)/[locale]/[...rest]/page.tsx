import { notFound } from 'next/navigation'

/** Any other path under a language is a localized 404. */
export default function CatchAll() {
  notFound()
}
