import { getTranslations } from 'next-intl/server'

import type { Topic } from '@/payload-types'

import { type Verdict, VerdictIcon } from './VerdictBadge'

/** One square per topic: the compact heat-map row of a week. Text for screen readers. */
export async function VerdictStrip({
  topics,
  verdicts,
  locale,
}: {
  topics: Pick<Topic, 'id' | 'name'>[]
  verdicts: Map<string, Verdict>
  locale: string
}) {
  const t = await getTranslations({ locale })
  return (
    <ul className="strip">
      {topics.map((topic) => {
        const verdict = verdicts.get(String(topic.id))
        const text = `${topic.name}: ${verdict ? t(`verdict.${verdict}`) : t('week.topicMissing')}`
        return (
          <li key={topic.id} className={`is-${verdict ?? 'missing'}`} title={text}>
            {verdict ? <VerdictIcon verdict={verdict} size={12} /> : null}
            <span className="visually-hidden">{text}</span>
          </li>
        )
      })}
    </ul>
  )
}
