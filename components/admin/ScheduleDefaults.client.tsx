'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Payload's "Schedule Publish" drawer preselects Unpublish whenever the document has no
 * newer draft than its published version, which includes a draft that was never published:
 * there the only sensible choice is Publish. The drawer is mounted afresh each time it
 * opens, so when one appears for such a document its Publish option is chosen.
 */
export function ScheduleDefaults() {
  const { hasPublishedDoc, id } = useDocumentInfo()

  useEffect(() => {
    if (hasPublishedDoc || !id) return
    const choosePublish = () => {
      const drawer = document.querySelector('.schedule-publish')
      if (!drawer || drawer.getAttribute('data-publish-default') === 'done') return
      const publish = drawer.querySelector<HTMLInputElement>(
        '.schedule-publish__type input[type="radio"][id$="-type-publish"]',
      )
      if (!publish) return
      drawer.setAttribute('data-publish-default', 'done')
      if (!publish.checked) publish.click()
    }
    const observer = new MutationObserver(choosePublish)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [hasPublishedDoc, id])

  return null
}
