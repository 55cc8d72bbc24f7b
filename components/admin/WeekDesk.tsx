import type { UIFieldServerProps } from 'payload'

import { weekDesk } from '@/payload/editorial'

import { TranslationBadges } from './TranslationStatus'

const TEXT: Record<string, Record<string, string>> = {
  en: {
    title: 'This week’s desk',
    topic: 'Topic',
    analysis: 'Analysis',
    languages: 'Languages',
    none: 'No analysis yet',
    draft: 'draft',
    published: 'published',
    ready: 'Every topic has a published analysis in all three languages.',
    missing: '{n} of {t} topics still need work.',
  },
  be: {
    title: 'Працоўны стол тыдня',
    topic: 'Тэма',
    analysis: 'Аналітыка',
    languages: 'Мовы',
    none: 'Аналітыкі пакуль няма',
    draft: 'чарнавік',
    published: 'апублікавана',
    ready: 'Па кожнай тэме ёсць апублікаваная аналітыка на трох мовах.',
    missing: 'Патрабуюць працы: {n} з {t} тэм.',
  },
  ru: {
    title: 'Рабочий стол недели',
    topic: 'Тема',
    analysis: 'Аналитика',
    languages: 'Языки',
    none: 'Пока нет аналитики',
    draft: 'черновик',
    published: 'опубликована',
    ready: 'По каждой теме есть опубликованная аналитика на трёх языках.',
    missing: 'Требуют работы: {n} из {t} тем.',
  },
}

/** Which topics have an analysis this week, which are missing, and which translations are missing. */
export async function WeekDesk({ id, payload, i18n }: UIFieldServerProps) {
  if (!id) return null
  const t = TEXT[i18n.language] ?? TEXT.en
  const rows = await weekDesk(payload, id)
  const incomplete = rows.filter(
    (r) =>
      !r.article ||
      r.article.status !== 'published' ||
      Object.values(r.translations ?? {}).some((s) => s !== 'published'),
  ).length
  return (
    <section style={{ marginBottom: '2rem' }} aria-label={t.title}>
      <h3>{t.title}</h3>
      <p>
        {incomplete === 0
          ? t.ready
          : t.missing.replace('{n}', String(incomplete)).replace('{t}', String(rows.length))}
      </p>
      <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>{t.topic}</th>
            <th style={{ textAlign: 'left' }}>{t.analysis}</th>
            <th style={{ textAlign: 'left' }}>{t.languages}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.topic.id}>
              <td>{row.topic.name}</td>
              <td>
                {row.article ? (
                  <a href={`/admin/collections/articles/${row.article.id}`}>
                    {row.article.title} <small>({t[row.article.status]})</small>
                  </a>
                ) : (
                  <strong style={{ color: '#a8231f' }}>{t.none}</strong>
                )}
              </td>
              <td>
                {row.translations ? (
                  <TranslationBadges status={row.translations} language={i18n.language} />
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
