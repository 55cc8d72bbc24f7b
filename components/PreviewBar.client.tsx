'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Shown in draft mode. Inside the admin's live preview it tells the admin it is ready and
 * re-renders the page (with the newest draft) every time the document is saved or autosaved.
 */
export function PreviewBar({
  label,
  exitLabel,
  exitHref,
}: {
  label: string
  exitLabel: string
  exitHref: string
}) {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    if (window.parent !== window)
      window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return (
    <p className="notice preview-bar" role="status">
      {label} <a href={exitHref}>{exitLabel}</a>
    </p>
  )
}
