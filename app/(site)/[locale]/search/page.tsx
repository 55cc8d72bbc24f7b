import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Pager } from '@/components/Pager'
import { VerdictBadge } from '@/components/VerdictBadge'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { formatWeekRangeShort } from '@/lib/format'
import { MAX_QUERY_LENGTH, parseQuery, searchArticles } from '@/lib/search'
import { pageMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'search' })
  // Result pages are not worth indexing; the search page itself is.
  return pageMetadata({ locale, path: '/search', title: t('title'), noindex: true })
}

function parsePage(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw)
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : 1
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale: raw } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const sp = await searchParams
  const rawQuery = Array.isArray(sp.q) ? sp.q[0] : sp.q
  const { query, terms } = parseQuery(rawQuery)
  const page = parsePage(sp.page)
  const t = await getTranslations({ locale, namespace: 'search' })
  const result = terms.length > 0 ? await searchArticles(terms, locale, page) : null
  const pageHref = (p: number) =>
    `/search?${new URLSearchParams({ q: query, ...(p > 1 ? { page: String(p) } : {}) })}`
  return (
    <>
      <header className="page-head">
        <h1>{t('title')}</h1>
      </header>
      <form role="search" action={`/${locale}/search`} method="get" className="search-form">
        <label htmlFor="q" className="visually-hidden">
          {t('label')}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={t('placeholder')}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
        />
        <button className="button" type="submit">
          {t('submit')}
        </button>
      </form>
      {(rawQuery?.length ?? 0) > MAX_QUERY_LENGTH ? (
        <p className="muted">{t('truncated', { max: MAX_QUERY_LENGTH })}</p>
      ) : null}
      {!result ? (
        <p className="muted">{query ? t('tooShort') : t('empty')}</p>
      ) : (
        <section aria-live="polite">
          <p>{t('results', { count: result.total, query })}</p>
          {result.total > result.ranked ? (
            <p className="muted">{t('capped', { ranked: result.ranked })}</p>
          ) : null}
          <ol className="results">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <p className="card__meta">
                  <VerdictBadge verdict={hit.verdict as 'improved'} locale={locale} />
                  {hit.topic ? <span>{hit.topic.name}</span> : null}
                  {hit.weekStart ? (
                    <span>{formatWeekRangeShort(hit.weekStart, locale)}</span>
                  ) : null}
                </p>
                <h2 style={{ margin: '0.3rem 0', fontSize: '1.15rem' }}>
                  <Link href={`/articles/${hit.slug}`}>{hit.title}</Link>
                </h2>
                <p className="muted" style={{ margin: 0 }}>
                  {hit.snippet.map((part, i) =>
                    part.match ? (
                      <mark key={i}>{part.text}</mark>
                    ) : (
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </p>
              </li>
            ))}
          </ol>
          <Pager
            page={page}
            totalPages={result.totalPages}
            href={pageHref}
            label={t('title')}
            previous={t('previousPage')}
            next={t('nextPage')}
          />
        </section>
      )}
    </>
  )
}
