'use client'

import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useMemo } from 'react'

const TEXT = {
  en: {
    moreOptions: 'More options',
    publishOptions: 'More ways to publish',
    clipboard: 'Copy or paste this field',
    dashboard: 'Dashboard actions',
    editLink: 'Edit link',
    removeLink: 'Remove link',
  },
  be: {
    moreOptions: 'Іншыя дзеянні',
    publishOptions: 'Іншыя спосабы публікацыі',
    clipboard: 'Скапіяваць або ўставіць поле',
    dashboard: 'Дзеянні з панэллю',
    editLink: 'Змяніць спасылку',
    removeLink: 'Выдаліць спасылку',
  },
  ru: {
    moreOptions: 'Другие действия',
    publishOptions: 'Другие способы публикации',
    clipboard: 'Скопировать или вставить поле',
    dashboard: 'Действия с панелью',
    editLink: 'Изменить ссылку',
    removeLink: 'Удалить ссылку',
  },
}
type Text = (typeof TEXT)['en'] & { edit: (label: string) => string }

/** Named already: by ARIA, by a <label for>, or (for buttons) by their own text. */
const hasName = (element: Element, byContent: boolean) =>
  Boolean(
    element.getAttribute('aria-label')?.trim() ||
    element.getAttribute('aria-labelledby') ||
    (byContent && element.textContent?.trim()) ||
    (element.id && document.querySelector(`label[for="${CSS.escape(element.id)}"]`)),
  )

/** The text of the field label nearest before an element (Payload's FieldLabel), without "*". */
function nearestLabel(element: Element): string | null {
  const clean = (label: Element | null | undefined) =>
    label?.textContent?.replace(/\*\s*$/, '').trim() || null
  // Inside a Payload field: its own label, however deep the input sits (sortable chips).
  const own = clean(
    element.closest('.field-type')?.querySelector(':scope > label, :scope > * > label'),
  )
  if (own) return own
  let node: Element | null = element
  for (let depth = 0; node && depth < 12; depth++, node = node.parentElement) {
    for (
      let sibling = node.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      const label = sibling.matches('label') ? sibling : sibling.querySelector('label:last-of-type')
      const text = clean(label)
      if (text) return text
    }
  }
  return null
}

/**
 * Gives names to Payload 3.90's controls that have none (icon-only popup buttons, react-select
 * and date inputs not tied to their field's label, Lexical's editable area), says in the
 * admin's language the names Payload writes in English only (a relationship chip's "Edit …",
 * Lexical's "Edit link" and "Remove link"), and takes
 * focusable icons out of the tab order where Payload hid them from screen readers. Payload
 * offers no props for these, so the attributes are added when the elements appear; remove
 * this once Payload names them itself.
 */
function nameControls(root: ParentNode, t: Text) {
  for (const button of root.querySelectorAll('button.popup-button')) {
    if (hasName(button, true)) continue
    const name = button.closest('#action-save-popup, .publish-button, .save-draft')
      ? t.publishOptions
      : button.closest('.clipboard-action__popup')
        ? t.clipboard
        : t.moreOptions
    button.setAttribute('aria-label', name)
  }
  for (const input of root.querySelectorAll(
    'input[id^="react-select-"], .react-datepicker__input-container input, [contenteditable="true"][role="textbox"]',
  )) {
    if (hasName(input, false)) continue
    const name = input.closest('.dashboard-breadcrumb-select') ? t.dashboard : nearestLabel(input)
    if (name) input.setAttribute('aria-label', name)
  }
  // Hidden from screen readers but still reachable with Tab: a stop that says nothing.
  for (const hidden of root.querySelectorAll(
    '[aria-hidden="true"]:is(button, [tabindex]:not([tabindex="-1"]))',
  ))
    hidden.setAttribute('tabindex', '-1')
  // Names Payload and Lexical write in English whatever the admin's language.
  const relabel = (selector: string, name: (element: Element) => string) => {
    for (const element of root.querySelectorAll(selector)) {
      const wanted = name(element)
      if (element.getAttribute('aria-label') !== wanted) element.setAttribute('aria-label', wanted)
    }
  }
  relabel('.relationship--multi-value-label__drawer-toggler', (toggler) =>
    t.edit(toggler.closest('.relationship--multi-value-label')?.getAttribute('title') ?? ''),
  )
  relabel('button.link-edit', () => t.editLink)
  relabel('button.link-trash', () => t.removeLink)
  // "Versions" is named by an aria-label while its text also shows the count: let the text
  // (which includes the word) name it.
  for (const tab of root.querySelectorAll('a.doc-tab[aria-label]')) {
    const text = tab.textContent?.trim()
    if (text && text !== tab.getAttribute('aria-label')) tab.removeAttribute('aria-label')
  }
  // The document tabs are links in a <ul> without <li>s: a list that is not one.
  for (const list of root.querySelectorAll('ul.doc-tabs__tabs:not([role])')) {
    if ([...list.children].some((child) => child.tagName !== 'LI'))
      list.setAttribute('role', 'presentation')
  }
}

/** Mounted around the admin (admin.components.providers). */
export function AccessibleNames({ children }: { children?: ReactNode }) {
  const { i18n, t: translate } = useTranslation()
  const t = useMemo(
    () => ({
      ...(TEXT[i18n.language as keyof typeof TEXT] ?? TEXT.en),
      edit: (label: string) => translate('general:editLabel', { label }),
    }),
    [i18n.language, translate],
  )

  useEffect(() => {
    let queued = false
    const run = () => {
      queued = false
      nameControls(document, t)
    }
    run()
    const observer = new MutationObserver(() => {
      if (queued) return
      queued = true
      requestAnimationFrame(run)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [t])

  return <>{children}</>
}
