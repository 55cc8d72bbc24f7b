import type { BeforeListTableServerProps } from 'payload'

const TEXT: Record<string, { some: (n: number) => string; show: string; all: string }> = {
  en: {
    some: (n) => `${n} imported ${n === 1 ? 'analysis needs' : 'analyses need'} review.`,
    show: 'Show them',
    all: 'Show all',
  },
  be: {
    some: (n) => `Імпартаванай аналітыкі, якую трэба праверыць: ${n}.`,
    show: 'Паказаць',
    all: 'Паказаць усё',
  },
  ru: {
    some: (n) => `Импортированной аналитики, которую нужно проверить: ${n}.`,
    show: 'Показать',
    all: 'Показать всё',
  },
}

/**
 * Above the analyses list: how many the WordPress import left marked "Needs review" (no
 * verdict, week or topic), with a link that filters the list to them and one back.
 */
export async function NeedsReviewFilter({
  payload,
  user,
  i18n,
  searchParams,
}: BeforeListTableServerProps) {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: { needsReview: { equals: true } },
    user,
    overrideAccess: false,
  })
  if (totalDocs === 0) return null
  const text = TEXT[i18n.language] ?? TEXT.en
  const where = searchParams?.where as { needsReview?: unknown } | undefined
  const filtered = Boolean(where?.needsReview)
  // The links keep the content language the list is shown in.
  const locale = typeof searchParams?.locale === 'string' ? searchParams.locale : null
  const inLocale = locale ? `locale=${encodeURIComponent(locale)}` : ''
  const list = `${payload.config.routes.admin}/collections/articles`
  const all = inLocale ? `${list}?${inLocale}` : list
  const needingReview = `${list}?where[needsReview][equals]=true${inLocale ? `&${inLocale}` : ''}`
  return (
    <p data-testid="needs-review" style={{ margin: '0 0 1rem' }}>
      {text.some(totalDocs)}{' '}
      <a href={filtered ? all : needingReview}>{filtered ? text.all : text.show}</a>
    </p>
  )
}
