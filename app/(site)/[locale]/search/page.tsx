import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Pager } from '@/components/Pager'
import { VerdictBadge } from '@/components/VerdictBadge'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { formatWeekRangeShort } from '@/lib/format'
import {
  MAX_QUERY_LENGTH,
  readSearchParams,
  searchArticles,
  searchHref,
  type SearchState,
} from '@/lib/search'
import { pageMetadata } from '@/lib/seo'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'search' })
  // Result pages are not worth indexing; the search page itself is.
  return pageMetadata({ locale, path: '/search', title: t('title'), noindex: true })
}

type Option = { key: string; label: string; count?: number; href: string; current: boolean }

/** One filter as a list of links (they work without JavaScript and can be shared). */
function FilterLinks({ label, options }: { label: string; options: Option[] }) {
  return (
    <div className="search-filter">
      <h2 className="search-filter__label">{label}</h2>
      <ul>
        {options.map((o) => (
          <li key={o.key}>
            <Link href={o.href} aria-current={o.current ? 'true' : undefined}>
              {o.label}
              {o.count !== undefined ? <span className="muted"> ({o.count})</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale: raw } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const state = readSearchParams(await searchParams)
  const [t, tv] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    getTranslations({ locale, namespace: 'verdict' }),
  ])
  const result = state.q ? await searchArticles(state, locale) : null
  const href = (change: Partial<SearchState>) => searchHref(state, change)
  const filtered = Boolean(state.topic || state.verdict || state.from || state.to)
  const topicName = result?.topics.find((x) => x.slug === state.topic)?.name ?? state.topic
  const rangeLabel =
    state.from || state.to
      ? state.from?.slice(0, 4) === state.to?.slice(0, 4) &&
        state.from?.endsWith('-01-01') &&
        state.to?.endsWith('-12-31')
        ? state.from!.slice(0, 4)
        : t('range', { from: state.from ?? '…', to: state.to ?? '…' })
      : null
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
          defaultValue={state.q}
          placeholder={t('placeholder')}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
        />
        {state.sort === 'date' ? <input type="hidden" name="sort" value="date" /> : null}
        <button className="button" type="submit">
          {t('submit')}
        </button>
      </form>
      {state.truncated ? (
        <p className="notice" role="status">
          {t('truncated', { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}
      {state.badPage ? (
        <p className="notice" role="status">
          {t('badPage')}
        </p>
      ) : null}
      {!result ? (
        <>
          <p className="muted">{t('empty')}</p>
          <p className="muted">{t('tips')}</p>
        </>
      ) : !result.searched ? (
        <>
          <p className="notice" role="status">
            {t('noWords')}
          </p>
          <p className="muted">{t('tips')}</p>
        </>
      ) : (
        <div className="search-layout">
          <section aria-label={t('resultsLabel')} className="search-results">
            <p role="status">{t('results', { count: result.total, query: state.q })}</p>
            {result.pageClamped ? (
              <p className="notice">{t('pageClamped', { pages: result.totalPages })}</p>
            ) : null}
            {result.total === 0 && filtered ? (
              <div className="notice">
                <p>{t('noResultsFiltered')}</p>
                <ul className="search-remove">
                  {state.topic ? (
                    <li>
                      <Link href={href({ topic: null })}>
                        {t('remove', { name: topicName ?? '' })}
                      </Link>
                    </li>
                  ) : null}
                  {state.verdict ? (
                    <li>
                      <Link href={href({ verdict: null })}>
                        {t('remove', { name: tv(state.verdict) })}
                      </Link>
                    </li>
                  ) : null}
                  {rangeLabel ? (
                    <li>
                      <Link href={href({ from: null, to: null })}>
                        {t('remove', { name: rangeLabel })}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <Link href={href({ topic: null, verdict: null, from: null, to: null })}>
                      {t('searchEverything', { query: state.q })}
                    </Link>
                  </li>
                </ul>
              </div>
            ) : null}
            {result.total === 0 && !filtered ? <p className="muted">{t('tips')}</p> : null}
            {result.total > 1 ? (
              <p className="search-sort">
                <span>{t('sortLabel')}: </span>
                <Link
                  href={href({ sort: 'relevance' })}
                  aria-current={state.sort === 'relevance' ? 'true' : undefined}
                >
                  {t('sortRelevance')}
                </Link>
                {' · '}
                <Link
                  href={href({ sort: 'date' })}
                  aria-current={state.sort === 'date' ? 'true' : undefined}
                >
                  {t('sortDate')}
                </Link>
              </p>
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
                  <h2 className="results__title">
                    <Link href={`/articles/${hit.slug}`}>{hit.title}</Link>
                  </h2>
                  <p className="muted results__snippet">
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
              page={result.page}
              totalPages={result.totalPages}
              href={(p) => href({ page: p })}
              label={t('title')}
              previous={t('previousPage')}
              next={t('nextPage')}
            />
          </section>
          {result.total > 0 || filtered ? (
            <nav aria-label={t('filters')} className="search-filters">
              <FilterLinks
                label={t('topic')}
                options={[
                  {
                    key: 'all',
                    label: t('all'),
                    href: href({ topic: null }),
                    current: !state.topic,
                  },
                  ...result.topics.map((x) => ({
                    key: x.slug,
                    label: x.name,
                    count: x.count,
                    href: href({ topic: x.slug }),
                    current: state.topic === x.slug,
                  })),
                ]}
              />
              <FilterLinks
                label={t('verdict')}
                options={[
                  {
                    key: 'all',
                    label: t('all'),
                    href: href({ verdict: null }),
                    current: !state.verdict,
                  },
                  ...result.verdicts.map((v) => ({
                    key: v.verdict,
                    label: tv(v.verdict),
                    count: v.count,
                    href: href({ verdict: v.verdict as SearchState['verdict'] }),
                    current: state.verdict === v.verdict,
                  })),
                ]}
              />
              <FilterLinks
                label={t('period')}
                options={[
                  {
                    key: 'all',
                    label: t('anyTime'),
                    href: href({ from: null, to: null }),
                    current: !state.from && !state.to,
                  },
                  ...result.years.map((y) => ({
                    key: y.year,
                    label: y.year,
                    count: y.count,
                    href: href({ from: `${y.year}-01-01`, to: `${y.year}-12-31` }),
                    current: state.from === `${y.year}-01-01` && state.to === `${y.year}-12-31`,
                  })),
                ]}
              />
            </nav>
          ) : null}
        </div>
      )}
    </>
  )
}
