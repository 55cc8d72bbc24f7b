import { Link } from '@/i18n/navigation'

type Props = {
  page: number
  totalPages: number
  /** The address of a page of this list, without the locale. */
  href: (page: number) => string
  label: string
  newer: string
  older: string
}

/** Newer and older pages of a list that runs newest first; nothing when it fits on one page. */
export function Pager({ page, totalPages, href, label, newer, older }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label}>
      <ul className="pager">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              ← {newer}
            </Link>
          ) : null}
        </li>
        <li>
          {page < totalPages ? (
            <Link href={href(page + 1)} rel="next">
              {older} →
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
