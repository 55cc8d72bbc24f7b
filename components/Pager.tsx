import { Link } from '@/i18n/navigation'

type Props = {
  page: number
  totalPages: number
  /** The address of a page of this list, without the locale. */
  href: (page: number) => string
  label: string
  previous: string
  next: string
}

/** Links to the previous and the next page of a list; nothing when it fits on one page. */
export function Pager({ page, totalPages, href, label, previous, next }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label}>
      <ul className="pager">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              ← {previous}
            </Link>
          ) : null}
        </li>
        <li>
          {page < totalPages ? (
            <Link href={href(page + 1)} rel="next">
              {next} →
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
