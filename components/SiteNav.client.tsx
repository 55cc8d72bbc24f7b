'use client'

import { Link, usePathname } from '@/i18n/navigation'

type Item = { href: string; label: string }

/** Main navigation; marks the section the reader is in. */
export function SiteNav({ items, label }: { items: Item[]; label: string }) {
  const pathname = usePathname()
  const current = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href))
  return (
    <nav className="nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
