import type { ServerProps } from 'payload'
import type { CSSProperties, ReactNode } from 'react'

import { locales } from '@/i18n/routing'
import type { User } from '@/payload-types'
import { isAnalystUser, isEditorUser } from '@/payload/access/roles'
import {
  type LanguageState,
  myWork,
  pendingSchedules,
  type ScheduledItem,
  translationGaps,
  weekDeskView,
} from '@/payload/desk'
import type { Locale } from '@/payload/editorial'
import { editorialTimezone, formatInTimezone } from '@/payload/timezone'

const TEXT = {
  en: {
    desk: 'The newsroom’s desk',
    thisWeek: 'This week',
    current: 'The week of {week}, today’s week.',
    next: 'The week of {week}: the next one (no week is set up for today).',
    latest: 'The week of {week}: the newest one (no week is set up for today or later).',
    noWeek: 'No week is set up yet.',
    createWeek: 'Create the week',
    weekStatus: { published: 'published', draft: 'not published yet' },
    openWeek: 'Open the week',
    topic: 'Topic',
    analysis: 'Analysis',
    verdict: 'Verdict',
    missingAnalysis: 'No analysis yet',
    untitled: '(no title yet)',
    colleagueDraft: 'A colleague’s draft',
    write: 'Write the {topic} analysis',
    needWork: '{n} of {t} topics still need work.',
    allDone: 'Every topic has an analysis published in all three languages.',
    state: {
      published: 'published',
      changed: 'published, changes not yet published',
      draft: 'draft',
      scheduled: 'scheduled for {at}',
      missing: 'missing',
    },
    languageLink: '{language}: {state}',
    verdicts: { improved: 'improved', unchanged: 'unchanged', worsened: 'worsened' },
    myWork: 'My work',
    myWorkEmpty: 'Nothing of yours is waiting: every analysis you wrote is out in all languages.',
    edited: 'saved {at}',
    changedSinceMine: '{who} changed since your last save ({at}): {fields}',
    fields: {
      title: 'title',
      lead: 'lead',
      keyPoints: 'key points',
      body: 'text',
      heroImage: 'picture',
      meta: 'search and sharing',
      week: 'week',
      topic: 'topic',
      verdict: 'verdict',
      authors: 'authors',
    },
    week: 'week of {week}',
    scheduled: 'Scheduled',
    scheduledEmpty: 'Nothing is scheduled.',
    publish: 'Publish',
    unpublish: 'Unpublish',
    allLanguages: 'all languages',
    overdue: 'overdue',
    overdueWarning:
      '{n} scheduled change(s) are past their time and have not run: the jobs queue is not working. Check that the web server (or `npm run worker` when JOBS_AUTORUN=false) is running.',
    when: 'When ({zone})',
    what: 'What',
    language: 'Language',
    document: 'Document',
    translations: 'Translations',
    translationsEmpty: 'Every published analysis is out in all three languages.',
    translationsHint:
      'Published in one language but missing in another, the longest-waiting first.',
    publishedIn: 'published in {languages}',
    missingIn: 'missing in',
    since: 'since {date}',
  },
  be: {
    desk: 'Працоўны стол рэдакцыі',
    thisWeek: 'Гэты тыдзень',
    current: 'Тыдзень {week}, бягучы.',
    next: 'Тыдзень {week}: наступны (тыдня на сёння няма).',
    latest: 'Тыдзень {week}: апошні (тыдня на сёння і пазней няма).',
    noWeek: 'Тыдняў пакуль няма.',
    createWeek: 'Стварыць тыдзень',
    weekStatus: { published: 'апублікаваны', draft: 'яшчэ не апублікаваны' },
    openWeek: 'Адкрыць тыдзень',
    topic: 'Тэма',
    analysis: 'Аналітыка',
    verdict: 'Ацэнка',
    missingAnalysis: 'Аналітыкі пакуль няма',
    untitled: '(пакуль без загалоўка)',
    colleagueDraft: 'Чарнавік калегі',
    write: 'Напісаць аналітыку па тэме «{topic}»',
    needWork: 'Патрабуюць працы: {n} з {t} тэм.',
    allDone: 'Па кожнай тэме ёсць аналітыка, апублікаваная на трох мовах.',
    state: {
      published: 'апублікавана',
      changed: 'апублікавана, ёсць неапублікаваныя праўкі',
      draft: 'чарнавік',
      scheduled: 'запланавана на {at}',
      missing: 'няма',
    },
    languageLink: '{language}: {state}',
    verdicts: { improved: 'палепшылася', unchanged: 'не змянілася', worsened: 'пагоршылася' },
    myWork: 'Мая праца',
    myWorkEmpty: 'Нічога вашага не чакае: уся ваша аналітыка выйшла на ўсіх мовах.',
    edited: 'захавана {at}',
    changedSinceMine: '{who} змяніў(-ла) пасля вашага апошняга захавання ({at}): {fields}',
    fields: {
      title: 'загаловак',
      lead: 'лід',
      keyPoints: 'галоўнае',
      body: 'тэкст',
      heroImage: 'ілюстрацыя',
      meta: 'пошук і сацсеткі',
      week: 'тыдзень',
      topic: 'тэма',
      verdict: 'ацэнка',
      authors: 'аўтары',
    },
    week: 'тыдзень {week}',
    scheduled: 'Запланавана',
    scheduledEmpty: 'Нічога не запланавана.',
    publish: 'Апублікаваць',
    unpublish: 'Зняць з публікацыі',
    allLanguages: 'усе мовы',
    overdue: 'спазняецца',
    overdueWarning:
      'Запланаваных змен, час якіх мінуў, а яны не выкананыя: {n}. Чарга задач не працуе. Праверце, ці працуе вэб-сервер (або `npm run worker` пры JOBS_AUTORUN=false).',
    when: 'Калі ({zone})',
    what: 'Што',
    language: 'Мова',
    document: 'Дакумент',
    translations: 'Пераклады',
    translationsEmpty: 'Уся апублікаваная аналітыка выйшла на трох мовах.',
    translationsHint:
      'Апублікавана на адной мове, але няма на іншай; спачатку тое, што чакае даўжэй.',
    publishedIn: 'апублікавана: {languages}',
    missingIn: 'няма:',
    since: 'з {date}',
  },
  ru: {
    desk: 'Рабочий стол редакции',
    thisWeek: 'Эта неделя',
    current: 'Неделя {week}, текущая.',
    next: 'Неделя {week}: следующая (недели на сегодня нет).',
    latest: 'Неделя {week}: последняя (недели на сегодня и позже нет).',
    noWeek: 'Недель пока нет.',
    createWeek: 'Создать неделю',
    weekStatus: { published: 'опубликована', draft: 'ещё не опубликована' },
    openWeek: 'Открыть неделю',
    topic: 'Тема',
    analysis: 'Аналитика',
    verdict: 'Оценка',
    missingAnalysis: 'Аналитики пока нет',
    untitled: '(пока без заголовка)',
    colleagueDraft: 'Черновик коллеги',
    write: 'Написать аналитику по теме «{topic}»',
    needWork: 'Требуют работы: {n} из {t} тем.',
    allDone: 'По каждой теме есть аналитика, опубликованная на трёх языках.',
    state: {
      published: 'опубликовано',
      changed: 'опубликовано, есть неопубликованные правки',
      draft: 'черновик',
      scheduled: 'запланировано на {at}',
      missing: 'нет',
    },
    languageLink: '{language}: {state}',
    verdicts: { improved: 'улучшилась', unchanged: 'не изменилась', worsened: 'ухудшилась' },
    myWork: 'Моя работа',
    myWorkEmpty: 'Ничего вашего не ждёт: вся ваша аналитика вышла на всех языках.',
    edited: 'сохранено {at}',
    changedSinceMine: '{who} изменил(а) после вашего последнего сохранения ({at}): {fields}',
    fields: {
      title: 'заголовок',
      lead: 'лид',
      keyPoints: 'главное',
      body: 'текст',
      heroImage: 'иллюстрация',
      meta: 'поиск и соцсети',
      week: 'неделя',
      topic: 'тема',
      verdict: 'оценка',
      authors: 'авторы',
    },
    week: 'неделя {week}',
    scheduled: 'Запланировано',
    scheduledEmpty: 'Ничего не запланировано.',
    publish: 'Опубликовать',
    unpublish: 'Снять с публикации',
    allLanguages: 'все языки',
    overdue: 'опаздывает',
    overdueWarning:
      'Запланированных изменений, время которых прошло, а они не выполнены: {n}. Очередь задач не работает. Проверьте, что работает веб-сервер (или `npm run worker` при JOBS_AUTORUN=false).',
    when: 'Когда ({zone})',
    what: 'Что',
    language: 'Язык',
    document: 'Документ',
    translations: 'Переводы',
    translationsEmpty: 'Вся опубликованная аналитика вышла на трёх языках.',
    translationsHint: 'Опубликовано на одном языке, но нет на другом; сначала то, что ждёт дольше.',
    publishedIn: 'опубликовано: {languages}',
    missingIn: 'нет:',
    since: 'с {date}',
  },
}
type Text = (typeof TEXT)['en']

const LANGUAGE_NAMES: Record<string, Record<Locale, string>> = {
  en: { en: 'English', be: 'Belarusian', ru: 'Russian' },
  be: { en: 'англійская', be: 'беларуская', ru: 'руская' },
  ru: { en: 'английский', be: 'белорусский', ru: 'русский' },
}

const SYMBOL: Record<LanguageState['state'], string> = {
  published: '●',
  changed: '◐',
  scheduled: '◷',
  draft: '○',
  missing: '–',
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

const section: CSSProperties = { marginBottom: 'calc(var(--base) * 2)' }
const wide: CSSProperties = { overflowX: 'auto', maxWidth: '100%' }
const table: CSSProperties = { width: '100%', borderCollapse: 'collapse' }
const cell: CSSProperties = {
  textAlign: 'left',
  verticalAlign: 'top',
  padding: 'calc(var(--base) * 0.4) calc(var(--base) * 0.5)',
  borderBottom: '1px solid var(--theme-elevation-100)',
}
const alert: CSSProperties = {
  background: 'var(--theme-error-100)',
  color: 'var(--theme-error-800)',
  padding: 'calc(var(--base) * 0.5)',
  borderRadius: 'var(--style-radius-s)',
}
const quiet: CSSProperties = { color: 'var(--theme-elevation-650)' }

/** Read by screen readers, not shown: the sentence behind a short visible code. */
function Hidden({ children }: { children: ReactNode }) {
  return (
    <span
      style={{
        position: 'absolute',
        width: 1,
        height: 1,
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
      }}
    >
      {' '}
      — {children}
    </span>
  )
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section style={section} aria-labelledby={id} data-testid={id}>
      <h2 id={id} style={{ marginBottom: 'calc(var(--base) * 0.5)' }}>
        {title}
      </h2>
      {children}
    </section>
  )
}

/** A table that scrolls sideways on a phone, reachable from the keyboard. */
function Wide({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={wide} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}

function LanguageLinks({
  admin,
  id,
  languages,
  t,
  language,
  linked = true,
}: {
  admin: string
  id: number | string
  languages: Record<Locale, LanguageState>
  t: Text
  language: string
  linked?: boolean
}) {
  const names = LANGUAGE_NAMES[language] ?? LANGUAGE_NAMES.en
  const Tag = linked ? 'a' : 'span'
  return (
    <ul
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'flex',
        gap: '0.75rem',
        flexWrap: 'wrap',
      }}
    >
      {locales.map((locale) => {
        const state = languages[locale]
        const label = fill(t.state[state.state], {
          at:
            state.state === 'scheduled'
              ? formatInTimezone(state.at, editorialTimezone(), language)
              : '',
        })
        return (
          <li key={locale}>
            <Tag
              href={linked ? `${admin}/collections/articles/${id}?locale=${locale}` : undefined}
              title={label}
              style={state.state === 'missing' ? { fontWeight: 600 } : undefined}
              data-state={state.state}
              data-locale={locale}
            >
              {locale.toUpperCase()} <span aria-hidden="true">{SYMBOL[state.state]}</span>
              <Hidden>{fill(t.languageLink, { language: names[locale], state: label })}</Hidden>
            </Tag>
            {state.state === 'scheduled' && (
              <small style={{ display: 'block', ...quiet }}>
                {formatInTimezone(state.at, editorialTimezone(), language)}
              </small>
            )}
          </li>
        )
      })}
    </ul>
  )
}

const needsWork = (languages: Record<Locale, LanguageState>) =>
  Object.values(languages).some((l) => l.state !== 'published')

async function ThisWeek({
  props,
  t,
  admin,
  schedules,
}: {
  props: ServerProps
  t: Text
  admin: string
  schedules: ScheduledItem[]
}) {
  const language = props.i18n.language
  const view = await weekDeskView(props.payload, {
    language,
    schedules,
    viewer: props.user as User,
  })
  if (!view)
    return (
      <Panel id="desk-this-week" title={t.thisWeek}>
        <p>{t.noWeek}</p>
        {isEditorUser(props.user as User) && (
          <a href={`${admin}/collections/weeks/create`}>{t.createWeek}</a>
        )}
      </Panel>
    )
  const incomplete = view.rows.filter((r) => !r.analysis || needsWork(r.analysis.languages)).length
  return (
    <Panel id="desk-this-week" title={t.thisWeek}>
      <p>
        {fill(t[view.relation], { week: view.week.slug })}{' '}
        <span style={quiet}>
          ({t.weekStatus[view.week.status === 'published' ? 'published' : 'draft']})
        </span>{' '}
        <a href={`${admin}/collections/weeks/${view.week.id}`}>{t.openWeek}</a>
      </p>
      <p>
        <strong>
          {incomplete === 0 ? t.allDone : fill(t.needWork, { n: incomplete, t: view.rows.length })}
        </strong>
      </p>
      <Wide label={t.thisWeek}>
        <table style={table}>
          <thead>
            <tr>
              <th style={cell} scope="col">
                {t.topic}
              </th>
              <th style={cell} scope="col">
                {t.analysis}
              </th>
              <th style={cell} scope="col">
                {t.verdict}
              </th>
              <th style={cell} scope="col">
                EN · BE · RU
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map(({ topic, analysis }) => (
              <tr key={topic.id} data-topic={topic.id}>
                <th style={{ ...cell, fontWeight: 500 }} scope="row">
                  {topic.name}
                </th>
                <td style={cell}>
                  {analysis && !analysis.readable ? (
                    <span style={quiet}>{t.colleagueDraft}</span>
                  ) : analysis ? (
                    <a href={`${admin}/collections/articles/${analysis.id}`}>
                      {analysis.title || t.untitled}
                    </a>
                  ) : (
                    <>
                      <span style={{ display: 'block', fontWeight: 600 }}>{t.missingAnalysis}</span>
                      <a
                        href={`${admin}/collections/articles/create?week=${view.week.id}&topic=${topic.id}`}
                        data-testid="create-missing"
                      >
                        {fill(t.write, { topic: topic.name })}
                      </a>
                    </>
                  )}
                </td>
                <td style={cell}>
                  {analysis?.verdict
                    ? (t.verdicts[analysis.verdict as keyof Text['verdicts']] ?? analysis.verdict)
                    : '—'}
                </td>
                <td style={cell}>
                  {analysis ? (
                    <LanguageLinks
                      admin={admin}
                      id={analysis.id}
                      languages={analysis.languages}
                      t={t}
                      language={language}
                      linked={analysis.readable}
                    />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Wide>
    </Panel>
  )
}

async function MyWork({
  props,
  t,
  admin,
  schedules,
}: {
  props: ServerProps
  t: Text
  admin: string
  schedules: ScheduledItem[]
}) {
  const language = props.i18n.language
  const items = await myWork(props.payload, props.user as User, { language, schedules })
  return (
    <Panel id="desk-my-work" title={t.myWork}>
      {items.length === 0 ? (
        <p>{t.myWorkEmpty}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item) => (
            <li key={item.id} style={{ ...cell, paddingLeft: 0 }}>
              <a href={`${admin}/collections/articles/${item.id}`}>{item.title || t.untitled}</a>{' '}
              <small style={quiet}>
                {[
                  item.week && fill(t.week, { week: item.week }),
                  fill(t.edited, {
                    at: formatInTimezone(item.updatedAt, editorialTimezone(), language),
                  }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </small>
              <LanguageLinks
                admin={admin}
                id={item.id}
                languages={item.languages}
                t={t}
                language={language}
              />
              {item.changedSinceMine && (
                <p style={{ margin: '0.25rem 0 0' }} data-testid="changed-since-mine">
                  {fill(t.changedSinceMine, {
                    who: item.changedSinceMine.by,
                    at: formatInTimezone(item.changedSinceMine.at, editorialTimezone(), language),
                    fields: item.changedSinceMine.fields
                      .map(({ field, locales: changedIn }) =>
                        changedIn.length
                          ? `${t.fields[field]} (${changedIn.map((l) => l.toUpperCase()).join(', ')})`
                          : t.fields[field],
                      )
                      .join(', '),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}

function Scheduled({
  t,
  admin,
  schedules,
  language,
}: {
  t: Text
  admin: string
  schedules: ScheduledItem[]
  language: string
}) {
  const zone = editorialTimezone()
  const names = LANGUAGE_NAMES[language] ?? LANGUAGE_NAMES.en
  const overdue = schedules.filter((s) => s.overdue).length
  return (
    <Panel id="desk-scheduled" title={t.scheduled}>
      {overdue > 0 && (
        <p role="alert" style={alert} data-testid="queue-not-working">
          {fill(t.overdueWarning, { n: overdue })}
        </p>
      )}
      {schedules.length === 0 ? (
        <p>{t.scheduledEmpty}</p>
      ) : (
        <Wide label={t.scheduled}>
          <table style={table}>
            <thead>
              <tr>
                <th style={cell} scope="col">
                  {fill(t.when, { zone })}
                </th>
                <th style={cell} scope="col">
                  {t.what}
                </th>
                <th style={cell} scope="col">
                  {t.language}
                </th>
                <th style={cell} scope="col">
                  {t.document}
                </th>
              </tr>
            </thead>
            <tbody>
              {schedules.map((item) => (
                <tr
                  key={item.jobId}
                  style={item.overdue ? { background: 'var(--theme-error-50)' } : undefined}
                  data-overdue={item.overdue ? 'true' : undefined}
                >
                  <td style={cell}>
                    {formatInTimezone(item.at, zone, language)}
                    {item.overdue && <strong style={{ display: 'block' }}>{t.overdue}</strong>}
                  </td>
                  <td style={cell}>{item.type === 'publish' ? t.publish : t.unpublish}</td>
                  <td style={cell}>{item.locale ? names[item.locale] : t.allLanguages}</td>
                  <td style={cell}>
                    <a
                      href={`${admin}/collections/${item.collection}/${item.docId}${item.locale ? `?locale=${item.locale}` : ''}`}
                    >
                      {item.title}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Wide>
      )}
    </Panel>
  )
}

async function Translations({ props, t, admin }: { props: ServerProps; t: Text; admin: string }) {
  const language = props.i18n.language
  const names = LANGUAGE_NAMES[language] ?? LANGUAGE_NAMES.en
  const gaps = await translationGaps(props.payload, { language })
  return (
    <Panel id="desk-translations" title={t.translations}>
      {gaps.length === 0 ? (
        <p>{t.translationsEmpty}</p>
      ) : (
        <>
          <p style={quiet}>{t.translationsHint}</p>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {gaps.map((gap) => (
              <li key={gap.id} style={{ ...cell, paddingLeft: 0 }}>
                <a href={`${admin}/collections/articles/${gap.id}`}>{gap.title || t.untitled}</a>{' '}
                <small style={quiet}>
                  {[
                    fill(t.publishedIn, {
                      languages: gap.published.map((l) => l.toUpperCase()).join(', '),
                    }),
                    gap.publishedAt &&
                      fill(t.since, {
                        date: new Intl.DateTimeFormat(language, {
                          timeZone: editorialTimezone(),
                          dateStyle: 'medium',
                        }).format(new Date(gap.publishedAt)),
                      }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </small>{' '}
                <span>
                  {t.missingIn}{' '}
                  {gap.missing.map((locale, index) => (
                    <span key={locale}>
                      {index > 0 && ', '}
                      <a
                        href={`${admin}/collections/articles/${gap.id}?locale=${locale}`}
                        data-locale={locale}
                      >
                        {locale.toUpperCase()}
                        <Hidden>{`${names[locale]}: ${gap.title || t.untitled}`}</Hidden>
                      </a>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  )
}

/**
 * The first screen after signing in: this week's gaps for everyone, one's own unfinished
 * work for analysts, the publishing schedule for editors, and the missing translations.
 */
export async function Desk(props: ServerProps) {
  const user = props.user as User | undefined
  if (!user || !props.payload) return null
  const language = props.i18n.language
  const t = TEXT[language as keyof typeof TEXT] ?? TEXT.en
  const admin = props.payload.config.routes.admin
  const editor = isEditorUser(user)
  const schedules = await pendingSchedules(props.payload, { language })
  return (
    <div data-testid="desk" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h1 style={{ marginBottom: 'var(--base)' }}>{t.desk}</h1>
      <ThisWeek props={props} t={t} admin={admin} schedules={schedules} />
      {isAnalystUser(user) && <MyWork props={props} t={t} admin={admin} schedules={schedules} />}
      {editor && <Scheduled t={t} admin={admin} schedules={schedules} language={language} />}
      <Translations props={props} t={t} admin={admin} />
    </div>
  )
}
