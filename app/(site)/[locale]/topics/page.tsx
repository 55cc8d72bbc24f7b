import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Sparkline } from '@/components/TopicChart'
import { VerdictBadge } from '@/components/VerdictBadge'
import { Link } from '@/i18n/navigation'
import { type AppLocale, isLocale } from '@/i18n/routing'
import { pageMetadata } from '@/lib/seo'
import { getRecentTopicVerdicts, getTopics } from '@/lib/topics'

type Props = { params: Promise<{ locale: string }> }

/** The sparkline shows about a quarter of a year. */
const SPARKLINE_WEEKS = 12

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'topics' })
  return pageMetadata({ locale, path: '/topics', title: t('title'), description: t('intro') })
}

export default async function TopicsPage({ params }: Props) {
  const { locale: raw } = await params
  const locale = raw as AppLocale
  setRequestLocale(locale)
  const [t, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'topics' }),
    getTopics(locale),
  ])
  const histories = await Promise.all(
    topics.map((topic) => getRecentTopicVerdicts(topic.id, locale, SPARKLINE_WEEKS)),
  )
  return (
    <>
      <header className="page-head">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      <ul className="people">
        {topics.map((topic, i) => {
          const { points, total } = histories[i]
          const latest = points.at(-1)
          return (
            <li key={topic.id} className="person">
              <div>
                <h2 style={{ margin: 0 }}>
                  <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
                </h2>
                {topic.description ? <p className="muted">{topic.description}</p> : null}
                <p>
                  {latest ? (
                    <>
                      <span className="muted">{t('latest')}: </span>
                      <VerdictBadge verdict={latest.verdict} locale={locale} />{' '}
                    </>
                  ) : null}
                  <span className="muted">{t('analysesCount', { count: total })}</span>
                </p>
              </div>
              <Sparkline verdicts={points.map((p) => p.verdict)} />
            </li>
          )
        })}
      </ul>
    </>
  )
}
