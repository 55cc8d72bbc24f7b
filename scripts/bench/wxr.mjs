// A made-up WordPress export for the import phase: `groups` analyses, each an English,
// Belarusian and Russian post tied by Polylang, with a topic, verdict, written week, author,
// internal link and (for every tenth) a featured image, written as a stream.
import fs from 'node:fs'
import { once } from 'node:events'

const TOPICS = [
  ['security', 'Security', 'Бяспека', 'Безопасность'],
  ['economy', 'Economy', 'Эканоміка', 'Экономика'],
  ['energy', 'Energy', 'Энергетыка', 'Энергетика'],
  ['society', 'Society', 'Грамадства', 'Общество'],
  ['regional-relations', 'Regional relations', 'Рэгіянальныя адносіны', 'Региональные отношения'],
]
const SITUATIONS = ['got-better', 'not-changed', 'got-worse']
const LANGS = ['en', 'be', 'ru']
const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  be: [
    'студзеня',
    'лютага',
    'сакавіка',
    'красавіка',
    'мая',
    'чэрвеня',
    'ліпеня',
    'жніўня',
    'верасня',
    'кастрычніка',
    'лістапада',
    'снежня',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
}
const WORDS = {
  en: 'the ministers agreed to review tariffs and transit rules while hauliers waited at the border'.split(
    ' ',
  ),
  be: 'міністры дамовіліся перагледзець тарыфы і правілы транзіту пакуль перавозчыкі чакалі на мяжы'.split(
    ' ',
  ),
  ru: 'министры договорились пересмотреть тарифы и правила транзита пока перевозчики ждали на границе'.split(
    ' ',
  ),
}
const cdata = (text) => `<![CDATA[${String(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
const day = (date) => date.toISOString().slice(0, 10)

function weekText(lang, monday) {
  const sunday = new Date(monday.getTime() + 6 * 86400000)
  const [m1, m2] = [MONTHS[lang][monday.getUTCMonth()], MONTHS[lang][sunday.getUTCMonth()]]
  const y = sunday.getUTCFullYear()
  return lang === 'en'
    ? `${m1} ${monday.getUTCDate()} – ${m2} ${sunday.getUTCDate()}, ${y}`
    : `${monday.getUTCDate()} ${m1} – ${sunday.getUTCDate()} ${m2} ${y}`
}

function paragraphs(lang, seed, bytes) {
  const out = []
  let size = 0
  for (let p = 0; size < bytes; p++) {
    const words = []
    for (let w = 0; w < 40; w++)
      words.push(WORDS[lang][(seed * 7 + p * 13 + w) % WORDS[lang].length])
    const text = `${words.join(' ')}.`
    out.push(text)
    size += Buffer.byteLength(text) + 2
  }
  return out.join('\n\n')
}

/**
 * Writes the export to `file`; `bodyBytes` is the size of each post's text (make it large
 * for a file of a given size). Returns { posts, bytes }.
 */
export async function writeWxr(
  file,
  { groups, bodyBytes = 1500, site = 'https://archive.example.org' },
) {
  const out = fs.createWriteStream(file)
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench archive</title><link>${site}</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${site}</wp:base_site_url><wp:base_blog_url>${site}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata('analyst')}</wp:author_login><wp:author_display_name>${cdata('Bench Analyst')}</wp:author_display_name></wp:author>
`)
  let termId = 10
  for (const [i, lang] of LANGS.entries()) {
    await write(
      `<wp:term><wp:term_id>${i + 2}</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>${lang}</wp:term_slug><wp:term_name>${lang}</wp:term_name></wp:term>\n`,
    )
  }
  for (const [t, topic] of TOPICS.entries()) {
    const ids = LANGS.map(() => termId++)
    for (const [i, lang] of LANGS.entries()) {
      await write(
        `<wp:category><wp:term_id>${ids[i]}</wp:term_id><wp:category_nicename>${topic[0]}-${lang}</wp:category_nicename><wp:cat_name>${cdata(topic[i + 1])}</wp:cat_name></wp:category>\n`,
      )
    }
    const map = `a:3:{${LANGS.map((l, i) => `s:2:"${l}";i:${ids[i]};`).join('')}}`
    await write(
      `<wp:term><wp:term_id>${100 + t}</wp:term_id><wp:term_taxonomy>term_translations</wp:term_taxonomy><wp:term_slug>pll_topic${t}</wp:term_slug><wp:term_name>pll_topic${t}</wp:term_name><wp:term_description>${cdata(map)}</wp:term_description></wp:term>\n`,
    )
  }
  await write(
    `<item><title>photo</title><wp:post_id>9</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:attachment_url>${site}/wp-content/uploads/bench/photo.jpg</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>bench/photo.jpg</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A bench photo</wp:meta_value></wp:postmeta></item>\n`,
  )
  const start = Date.UTC(2015, 0, 5) // a Monday
  let posts = 0
  for (let g = 0; g < groups; g++) {
    const monday = new Date(start + Math.floor(g / TOPICS.length) * 7 * 86400000)
    const topic = TOPICS[g % TOPICS.length]
    const ids = LANGS.map((_, i) => 1000 + g * 3 + i)
    const map = `a:3:{${LANGS.map((l, i) => `s:2:"${l}";i:${ids[i]};`).join('')}}`
    await write(
      `<wp:term><wp:term_id>${100000 + g}</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy><wp:term_slug>pll_g${g}</wp:term_slug><wp:term_name>pll_g${g}</wp:term_name><wp:term_description>${cdata(map)}</wp:term_description></wp:term>\n`,
    )
    const date = `${day(new Date(monday.getTime() + 7 * 86400000))} 09:00:00`
    for (const [i, lang] of LANGS.entries()) {
      const slug = `analysis-${g}-${lang}`
      const link =
        g > 0 ? `\n\n<a href="${site}/${lang}/archive/analysis-${g - 1}-${lang}/">Previous</a>` : ''
      const body = `${paragraphs(lang, g + i, bodyBytes)}${link}`
      await write(
        `<item><title>${cdata(`${topic[i + 1]}: analysis ${g}`)}</title><link>${site}/${lang}/archive/${slug}/</link><dc:creator>${cdata('analyst')}</dc:creator><guid isPermaLink="false">${site}/?p=${ids[i]}</guid><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(`Lead of analysis ${g} (${lang}).`)}</excerpt:encoded><wp:post_id>${ids[i]}</wp:post_id><wp:post_date>${date}</wp:post_date><wp:post_date_gmt>${date}</wp:post_date_gmt><wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="${topic[0]}-${lang}">${cdata(topic[i + 1])}</category><category domain="language" nicename="${lang}">${lang}</category><category domain="post_translations" nicename="pll_g${g}">pll_g${g}</category><category domain="situation" nicename="${SITUATIONS[g % 3]}">x</category><wp:postmeta><wp:meta_key>week_period</wp:meta_key><wp:meta_value>${cdata(weekText(lang, monday))}</wp:meta_value></wp:postmeta>${g % 10 === 0 ? '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>' : ''}</item>\n`,
      )
      posts++
    }
  }
  await write('</channel>\n</rss>\n')
  out.end()
  await once(out, 'finish')
  return { posts, bytes: fs.statSync(file).size }
}
