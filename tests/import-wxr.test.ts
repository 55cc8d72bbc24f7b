/**
 * `npm run import:wxr`: every WordPress export in ../shared/fixtures/wxr read (or refused with
 * one sentence naming the line), and the Polylang archive brought over end to end.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Media, Week } from '@/payload-types'
import { prepareBody } from '@/payload/wxr/body'
import { importWxr, type ImportReport } from '@/payload/wxr/import'
import { resolveOldLink } from '@/payload/wxr/links'
import { readWxr, WxrError, type WxrItem, type WxrRecord } from '@/payload/wxr/parse'
import { tryUnserializePhp, unserializePhp } from '@/payload/wxr/php'
import { weekStartFromText } from '@/payload/wxr/weeks'

import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

const fixtures = path.resolve('../shared/fixtures/wxr')
const noFixtures = fs.existsSync(path.join(fixtures, 'polylang-monitor.xml'))
  ? null
  : `WordPress import tests skipped: the fixtures folder ${fixtures} is absent.`
if (noFixtures) console.warn(noFixtures)
const skip = skipReason() ?? noFixtures
if (skipReason()) console.warn(skipReason())

const fixture = (name: string) => path.join(fixtures, name)
const polylang = fixture('polylang-monitor.xml')
const uploads = fixture('uploads')

async function readAll(file: string): Promise<WxrRecord[]> {
  const records: WxrRecord[] = []
  await readWxr(file, (r) => void records.push(r))
  return records
}
const items = (records: WxrRecord[]): WxrItem[] =>
  records.flatMap((r) => (r.kind === 'item' ? [r.item] : []))

describe.skipIf(noFixtures)('reading WordPress exports', () => {
  it('reads every export of WordPress’s importer tests, and refuses the malformed one in one sentence with its line', async () => {
    const files = fs.readdirSync(fixtures).filter((f) => f.endsWith('.xml'))
    expect(files.length).toBeGreaterThanOrEqual(11)
    for (const file of files) {
      if (file === 'malformed.xml') {
        const error = await readAll(fixture(file)).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(WxrError)
        const message = (error as Error).message
        expect(message).toMatch(
          /^malformed\.xml cannot be imported: .+ \(line \d+, column \d+\)\.$/,
        )
        expect(message.split('\n')).toHaveLength(1)
        continue
      }
      const records = await readAll(fixture(file))
      expect(records[0]?.kind, file).toBe('channel')
    }
  })

  it('keeps CDATA edge cases, slashes, serialized meta and term meta as WordPress wrote them', async () => {
    const crazy = items(await readAll(fixture('crazy-cdata.xml')))[0]
    expect(crazy.content).toContain('Content with nested <![CDATA[ tags')
    expect(crazy.meta['Plain string']).toBe('Foo')

    const multi = items(await readAll(fixture('multiple-cdata.xml')))[0]
    expect(multi.content.trim()).toBe('line oneline twoline three')

    const slashes = items(await readAll(fixture('slashes.xml')))[0]
    expect(slashes.content).toBe('Slashes aren\\\'t \\"cool\\"')

    const serialized = items(await readAll(fixture('test-serialized-postmeta-with-cdata.xml')))[0]
    expect(serialized.meta.evil).toBe('<wp:meta_value>evil</wp:meta_value>')
    expect(unserializePhp(serialized.meta['array-nested'])).toEqual({
      key: { foo: '¯\\_(ツ)_/¯', bar: '\\o/' },
    })
    expect(tryUnserializePhp(serialized.meta['post-options'])).toEqual({
      special_post_title: 'A special title',
      is_calendar: '',
    })

    const terms = (await readAll(fixture('term-meta.xml'))).flatMap((r) =>
      r.kind === 'term' ? [r.term] : [],
    )
    expect(terms[0]).toMatchObject({
      taxonomy: 'category',
      slug: 'news',
      meta: { legacy_id: '42' },
    })

    const versionless = await readAll(fixture('missing-version-tag.xml'))
    expect(versionless[0]).toMatchObject({
      kind: 'channel',
      channel: { version: '1.1', versionFromNamespace: true },
    })
    const v10 = await readAll(fixture('valid-wxr-1.0.xml'))
    expect(v10[0]).toMatchObject({ kind: 'channel', channel: { version: '1.0' } })

    const archive = items(await readAll(polylang))
    // "]]]]><![CDATA[>" is how WordPress writes "]]>" inside CDATA.
    expect(archive.find((i) => i.id === 101)?.content).toContain(
      'A literal end of a CDATA section: ]]> stays',
    )
  })

  it('turns shortcodes into images and links, and lists the ones it does not know', () => {
    const prepared = prepareBody(
      'Intro\n\n[gallery ids="7,8"]\n\n[embed]https://video.example.org/v/1[/embed]\n\n[poll id="3"] and [1] stay',
      (id) => ({
        src: `https://x.example.org/wp-content/uploads/p${id}.jpg`,
        alt: `Photo ${id}`,
        caption: '',
      }),
    )
    expect(prepared.images.map((i) => [i.attachmentId, i.alt])).toEqual([
      [7, 'Photo 7'],
      [8, 'Photo 8'],
    ])
    expect(prepared.html).toContain('<a href="https://video.example.org/v/1">')
    expect(prepared.html).toContain('[poll id="3"] and [1] stay')
    expect(prepared.unknownShortcodes).toEqual(['poll'])
    expect(prepared.html).toMatch(/^<p>Intro<\/p>/)
  })

  it('reads a written week in each language, and refuses what is not a WordPress export', async () => {
    expect(weekStartFromText('February 13 – February 19, 2023')?.monday).toBe('2023-02-13')
    expect(weekStartFromText('13 – 19 лютага 2023')?.monday).toBe('2023-02-13')
    expect(weekStartFromText('13 – 19 февраля 2023')?.monday).toBe('2023-02-13')
    expect(weekStartFromText('30 January – 5 February 2023')?.monday).toBe('2023-01-30')
    expect(weekStartFromText('21 жніўня – 27 жніўня 2017')?.monday).toBe('2017-08-21')
    expect(weekStartFromText('28 августа – 3 сентября 2017')?.monday).toBe('2017-08-28')
    expect(weekStartFromText('sometime soon')).toBeNull()

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-wxr-'))
    try {
      const html = path.join(dir, 'page.xml')
      fs.writeFileSync(html, '<?xml version="1.0"?>\n<html><body/></html>')
      await expect(readAll(html)).rejects.toThrow(
        'page.xml cannot be imported: it is not a WordPress export: it starts with <html>, not <rss> (line 2',
      )
      const cut = path.join(dir, 'cut.xml')
      fs.writeFileSync(cut, fs.readFileSync(polylang, 'utf8').slice(0, 9000))
      await expect(readAll(cut)).rejects.toThrow(
        /^cut\.xml cannot be imported: the XML is malformed/,
      )
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.skipIf(skip)('importing a Polylang archive', () => {
  let ctx: TestContext
  let first: ImportReport
  let dry: ImportReport
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-wxr-'))

  beforeAll(async () => {
    ctx = await startPayload()
    dry = await importWxr(ctx.payload, polylang, { uploadsDir: uploads, dryRun: true })
    first = await importWxr(ctx.payload, polylang, { uploadsDir: uploads })
  })
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true })
    await ctx?.close()
  })

  const anonymous = (locale: 'en' | 'be' | 'ru') =>
    ({ locale, fallbackLocale: false, overrideAccess: false, user: null, depth: 1 }) as const
  const bySlug = async (slug: string, locale: 'en' | 'be' | 'ru') => {
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      ...anonymous(locale),
    })
    return docs[0] as Article | undefined
  }

  it('a dry run reports what would be made and makes nothing', async () => {
    expect(dry.created).toMatchObject({ articles: 3, topics: 2, analysts: 2, weeks: 3, media: 1 })
    expect(dry.skipped).toEqual({ page: 1 })
    expect(first.created).toEqual(dry.created)
    expect(first.problems).toEqual(dry.problems)
  })

  it('makes one analysis per translation group, published in each language it was published in', async () => {
    expect(first.created).toEqual({ articles: 3, topics: 2, analysts: 2, weeks: 3, media: 1 })
    expect(first.updated).toEqual({})
    expect(first.skipped).toEqual({ page: 1 })

    const en = await bySlug('grain-corridor-talks', 'en')
    const be = await bySlug('grain-corridor-talks', 'be')
    const ru = await bySlug('grain-corridor-talks', 'ru')
    expect(en?.title).toBe('Neighbours reopen the grain corridor talks')
    expect(be?.title).toBe('Суседзі аднавілі перамовы пра збожжавы калідор')
    expect(ru?.title).toBe('Соседи возобновили переговоры о зерновом коридоре')
    expect(en?.id).toBe(be?.id)
    expect(en?.verdict).toBe('improved')
    expect((en?.week as Week).slug).toBe('2023-02-13')
    expect(en?.lead).toBe('Ministers agreed to draft a timetable; tariffs stayed off the table.')
    // The Russian post has no excerpt: its first sentence is the lead, and the report says so.
    expect(ru?.lead).toBe(
      'Министры транспорта встретились впервые с осени и договорились составить график для коридора.',
    )
    expect(first.problems).toContainEqual(
      expect.objectContaining({
        item: expect.stringContaining('post 103'),
        kind: 'lead-from-body',
      }),
    )
    const hero = en?.heroImage as Media
    expect(hero.alt).toBe('Two cranes over a barge at dusk')
    expect(hero.caption).toBe('Cranes at a river port. Photo: monitor archive')
    expect(
      fs.existsSync(path.join(globalThis.__testMediaDir as string, hero.filename as string)),
    ).toBe(true)
    // The analysis is signed by everyone who wrote one of its languages.
    expect(en?.authors?.map((a) => (typeof a === 'object' ? a.name : a))).toEqual([
      'Iryna Kavalenka',
      'Dzianis Marozau',
    ])
    expect(ru?.authors?.map((a) => (typeof a === 'object' ? a.name : a))).toContain(
      'Dzianis Marozau',
    )
    expect(en?.topic && typeof en.topic === 'object' ? en.topic.name : null).toBe(
      'Regional relations',
    )
    expect(be?.topic && typeof be.topic === 'object' ? be.topic.name : null).toBe(
      'Рэгіянальныя адносіны',
    )

    const worse = await bySlug('border-queues', 'en')
    expect(worse?.verdict).toBe('worsened')
    expect((worse?.week as Week).slug).toBe('2023-02-06')
    expect(await bySlug('border-queues', 'ru')).toBeUndefined()
    expect(first.problems).toContainEqual(
      expect.objectContaining({
        item: expect.stringContaining('post 111'),
        kind: 'missing-translation',
        message: expect.stringContaining('Russian'),
      }),
    )
  })

  it('turns the body into rich text: the captioned image, classic paragraphs, the internal link rewritten', async () => {
    const en = (await bySlug('grain-corridor-talks', 'en')) as Article
    const nodes = (en.body?.root.children ?? []) as unknown as {
      type: string
      value?: { id: number | string } | number | string
      children?: { type: string; text?: string; fields?: { url?: string } }[]
    }[]
    const upload = nodes.find((n) => n.type === 'upload')
    const heroId = typeof en.heroImage === 'object' ? en.heroImage?.id : en.heroImage
    expect(typeof upload?.value === 'object' ? upload.value.id : upload?.value).toBe(heroId)
    expect(nodes.filter((n) => n.type === 'paragraph').length).toBeGreaterThanOrEqual(3)
    expect(nodes.some((n) => n.type === 'list')).toBe(true)
    const links = nodes.flatMap((n) => n.children ?? []).filter((c) => c.type === 'link')
    expect(links.map((l) => l.fields?.url)).toEqual(['/en/articles/border-queues'])
    // One image file, however many posts show it.
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(1)
  })

  it('imports an unfinished post as a draft marked “Needs review”, hidden from readers', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      where: { needsReview: { equals: true } },
      draft: true,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.title)).toEqual(['Unfinished note on fuel prices'])
    expect(docs[0]._status).toBe('draft')
    expect(await bySlug(docs[0].slug as string, 'en')).toBeUndefined()
    expect(first.problems).toContainEqual(
      expect.objectContaining({
        kind: 'needs-review',
        message: expect.stringContaining('no verdict'),
      }),
    )
  })

  it('answers every old permalink and ?p= id with the analysis in the post’s language', async () => {
    const p = ctx.payload
    expect(await resolveOldLink(p, { paths: ['/en/2023/02/20/grain-corridor-talks/'] })).toBe(
      '/en/articles/grain-corridor-talks',
    )
    expect(await resolveOldLink(p, { paths: ['/be/2023/02/20/zbozhzhavy-kalidor'] })).toBe(
      '/be/articles/grain-corridor-talks',
    )
    expect(await resolveOldLink(p, { postId: 103 })).toBe('/ru/articles/grain-corridor-talks')
    expect(await resolveOldLink(p, { postId: 112 })).toBe('/be/articles/border-queues')
    expect(await resolveOldLink(p, { paths: ['/en/2023/02/13/no-such-post'] })).toBeNull()
  })

  it('a second run of the same file creates and changes nothing', async () => {
    const again = await importWxr(ctx.payload, polylang, { uploadsDir: uploads })
    expect(again.created).toEqual({})
    expect(again.updated).toEqual({})
    expect(again.skipped).toEqual({ page: 1, articles: 3 })
  })

  it('a newer export updates what changed, but never an analysis edited in the admin since', async () => {
    const p = ctx.payload
    const queues = (await bySlug('border-queues', 'en')) as Article
    await p.update({
      collection: 'articles',
      id: queues.id,
      locale: 'en',
      data: { title: 'Border queues (edited by the desk)' },
      overrideAccess: true,
    })
    const newer = path.join(tmp, 'newer.xml')
    fs.writeFileSync(
      newer,
      fs
        .readFileSync(polylang, 'utf8')
        .replace(
          'Neighbours reopen the grain corridor talks',
          'Neighbours resume the grain corridor talks',
        )
        .replace('Lorries waited up to four days.]]>', 'Lorries waited up to five days.]]>'),
    )
    const report = await importWxr(p, newer, { uploadsDir: uploads })
    expect(report.created).toEqual({})
    expect(report.updated).toEqual({ articles: 1 })
    expect((await bySlug('grain-corridor-talks', 'en'))?.title).toBe(
      'Neighbours resume the grain corridor talks',
    )
    expect((await bySlug('grain-corridor-talks', 'be'))?.title).toBe(
      'Суседзі аднавілі перамовы пра збожжавы калідор',
    )
    const kept = await p.findByID({
      collection: 'articles',
      id: queues.id,
      locale: 'en',
      draft: true,
    })
    expect(kept.title).toBe('Border queues (edited by the desk)')
    expect(kept.lead).toBe('Lorries waited up to four days.')
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        item: expect.stringContaining('post 111'),
        kind: 'edited-since-import',
      }),
    )
  })

  it('an interrupted run is finished by the next one', async () => {
    const p = ctx.payload
    // What a run stopped between an analysis's languages leaves: its posts marked pending.
    const { docs } = await p.find({
      collection: 'wp-sources',
      where: { key: { like: '#post#10' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(3)
    for (const doc of docs) {
      await p.update({
        collection: 'wp-sources',
        id: doc.id,
        data: { contentHash: 'pending', docUpdatedAt: '' },
        overrideAccess: true,
      })
    }
    const report = await importWxr(p, polylang, { uploadsDir: uploads })
    expect(report.created).toEqual({})
    expect(report.updated).toEqual({ articles: 1 })
    expect((await p.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(3)
    const again = await importWxr(p, polylang, { uploadsDir: uploads })
    expect(again.updated).toEqual({})
  })

  it('the command: one sentence and exit 2 for a malformed file; a strict dry run writes its report and exits 1', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['scripts/import-wxr.mjs', ...args], {
        env: { ...process.env, NODE_OPTIONS: '' },
        encoding: 'utf8',
      })
    const malformed = run([fixture('malformed.xml')])
    expect(malformed.status).toBe(2)
    expect(malformed.stderr.trim()).toMatch(
      /^malformed\.xml cannot be imported: .+ \(line 27, column \d+\)\.$/,
    )
    expect(malformed.stdout).not.toMatch(/\bat \S+ \(/)

    const reportFile = path.join(tmp, 'report.json')
    const dryRun = run([polylang, '--dry-run', '--strict', '--report', reportFile])
    expect(dryRun.status, dryRun.stderr).toBe(1)
    expect(dryRun.stdout).toContain('Dry run: nothing was changed.')
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ImportReport
    expect(Object.keys(report)).toEqual(['created', 'updated', 'skipped', 'problems'])
    expect(Object.keys(report.problems[0])).toEqual(['item', 'kind', 'message'])
    // Without --uploads the picture is looked for at its web address, which a dry run
    // does not download: nothing is missing, and nothing new is made.
    expect(report.created).toEqual({})
  })

  it('one picture is one media item, whatever attachment or address it comes under', async () => {
    const p = ctx.payload
    const before = (await p.count({ collection: 'media', overrideAccess: true })).totalDocs
    const dir = path.join(tmp, 'dedup')
    fs.mkdirSync(path.join(dir, 'uploads'), { recursive: true })
    const picture = fs.readFileSync(path.join(uploads, '2023/02/port-cranes.jpg'))
    fs.writeFileSync(path.join(dir, 'uploads', 'a.jpg'), picture)
    fs.writeFileSync(path.join(dir, 'uploads', 'b.jpg'), picture)
    const site = 'https://copy.example.org'
    const attachment = (id: number, file: string) =>
      `<item><title>${file}</title><wp:post_id>${id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>${site}/wp-content/uploads/${file}</wp:attachment_url></item>`
    fs.writeFileSync(
      path.join(dir, 'export.xml'),
      `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${site}</wp:base_site_url>
${attachment(1, 'a.jpg')}${attachment(2, 'b.jpg')}
<item><title>Copies</title><wp:post_id>3</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_date>2023-03-08 10:00:00</wp:post_date><content:encoded><![CDATA[<img class="wp-image-2" src="${site}/wp-content/uploads/b.jpg" alt="">]]></content:encoded><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>1</wp:meta_value></wp:postmeta></item>
</channel></rss>`,
    )
    const report = await importWxr(p, path.join(dir, 'export.xml'), {
      uploadsDir: path.join(dir, 'uploads'),
    })
    expect(report.created.articles).toBe(1)
    expect(report.created.media ?? 0).toBe(0)
    expect((await p.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a picture that cannot be had is a reported problem, not a failed run', async () => {
    const file = path.join(tmp, 'unreachable.xml')
    const site = 'https://gone.example.org'
    fs.writeFileSync(
      file,
      `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${site}</wp:base_site_url>
<item><title>gone</title><wp:post_id>1</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>http://127.0.0.1:9/wp-content/uploads/gone.jpg</wp:attachment_url></item>
<item><title>Without its picture</title><wp:post_id>2</wp:post_id><wp:post_type>post</wp:post_type><wp:status>draft</wp:status><wp:post_date>2023-03-08 10:00:00</wp:post_date><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>1</wp:meta_value></wp:postmeta></item>
</channel></rss>`,
    )
    const report = await importWxr(ctx.payload, file)
    expect(report.created.articles).toBe(1)
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        item: expect.stringContaining('post 2'),
        kind: 'missing-image',
        message: expect.stringContaining('gone.jpg'),
      }),
    )
  })

  it('imports the other exports, and a malformed one writes nothing', async () => {
    const p = ctx.payload
    const before = (await p.count({ collection: 'articles', overrideAccess: true })).totalDocs
    await expect(importWxr(p, fixture('malformed.xml'))).rejects.toBeInstanceOf(WxrError)
    expect((await p.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before)

    const expected: Record<string, number> = {
      'crazy-cdata.xml': 1,
      'multiple-cdata.xml': 1,
      'slashes.xml': 1,
      'test-serialized-postmeta-with-cdata.xml': 1,
      'valid-wxr-1.0.xml': 3,
      'valid-wxr-1.1.xml': 1,
      'small-export.xml': 6,
      'term-meta.xml': 0,
      'missing-version-tag.xml': 0,
    }
    for (const [file, articles] of Object.entries(expected)) {
      // Exports of one test site share post ids: the same post met again is updated.
      const { created, updated, skipped } = await importWxr(p, fixture(file))
      const seen = (created.articles ?? 0) + (updated.articles ?? 0) + (skipped.articles ?? 0)
      expect(seen, file).toBe(articles)
    }
    const small = await importWxr(p, fixture('small-export.xml'))
    expect(small.created).toEqual({})
    expect(small.skipped.page).toBeGreaterThan(0)
    // Their posts have no verdict: drafts to review, none published half-mapped. Only the
    // two complete Polylang analyses are live.
    const live = await p.count({
      collection: 'articles',
      where: { needsReview: { not_equals: true } },
      overrideAccess: true,
    })
    expect(live.totalDocs).toBe(2)
    const published = await p.count({ collection: 'articles', overrideAccess: false, user: null })
    expect(published.totalDocs).toBe(2)
  })
})
