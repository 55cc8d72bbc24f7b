/**
 * `npm run import:wxr` against the running site: the Polylang archive of
 * ../shared/fixtures/wxr imported into the e2e server's database, its old permalinks and
 * `?p=` links answering permanent redirects, the analysis readable in Belarusian with its
 * image, and the admin's filter for what needs review. What it imported is removed again.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { signInToAdmin } from './helpers'

const fixtures = path.resolve('../shared/fixtures/wxr')
const archive = path.join(fixtures, 'polylang-monitor.xml')
const SITE = 'https://monitor.example.org'

function importArchive() {
  const current = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), 'wm-e2e-current.json'), 'utf8'),
  ) as { env: Record<string, string> }
  const port = process.env.E2E_PORT || '3211'
  const result = spawnSync(
    process.execPath,
    ['scripts/import-wxr.mjs', archive, '--uploads', path.join(fixtures, 'uploads')],
    {
      env: {
        ...process.env,
        ...current.env,
        PAYLOAD_SECRET: 'e2e-secret-not-for-production',
        NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
      },
      encoding: 'utf8',
    },
  )
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0)
  return result.stdout
}

/** Follows redirects one by one: every status on the way and where it ends. */
async function follow(request: APIRequestContext, url: string) {
  const statuses: number[] = []
  let at = url
  for (let i = 0; i < 5; i++) {
    const response = await request.get(at, { maxRedirects: 0 })
    if (response.status() < 300 || response.status() >= 400) break
    statuses.push(response.status())
    at = new URL(response.headers().location, 'http://localhost').pathname
  }
  return { statuses, at }
}

async function removeImported(request: APIRequestContext) {
  const login = await request.post('/api/users/login', {
    data: { email: 'admin@monitor.local', password: 'demo-admin' },
  })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const list = await request.get(
    `/api/wp-sources?limit=200&depth=0&where[site][equals]=${encodeURIComponent(SITE)}`,
    { headers },
  )
  const rows = (await list.json()).docs as {
    id: number
    collection: string
    docId: string
    contentHash?: string
  }[]
  const order = ['articles', 'weeks', 'topics', 'analysts', 'media']
  const done = new Set<string>()
  for (const collection of order) {
    for (const row of rows.filter((r) => r.collection === collection)) {
      const key = `${collection}/${row.docId}`
      if (row.contentHash === 'adopted' || done.has(key)) continue
      done.add(key)
      await request.delete(`/api/${key}`, { headers })
    }
  }
  const files = await request.get('/api/wp-sources?limit=200&depth=0', { headers })
  for (const row of (await files.json()).docs as { id: number; key: string }[]) {
    if (row.key.startsWith(SITE) || row.key.startsWith('file#')) {
      await request.delete(`/api/wp-sources/${row.id}`, { headers })
    }
  }
}

test.describe('moving from WordPress', () => {
  test.skip(!fs.existsSync(archive), `the fixtures folder ${fixtures} is absent`)

  test.beforeAll(() => {
    const output = importArchive()
    expect(output).toMatch(/Import finished\./)
  })
  test.afterAll(async ({ request }) => removeImported(request))

  test('old permalinks and ?p= links answer permanent redirects to the analyses', async ({
    request,
  }) => {
    const en = await follow(request, '/en/2023/02/20/grain-corridor-talks/')
    expect(en.at).toBe('/en/articles/grain-corridor-talks')
    expect(en.statuses.every((s) => s === 301 || s === 308)).toBe(true)
    const be = await follow(request, '/be/2023/02/20/zbozhzhavy-kalidor')
    expect(be).toEqual({ statuses: [308], at: '/be/articles/grain-corridor-talks' })
    const ru = await follow(request, '/?p=103')
    expect(ru).toEqual({ statuses: [301], at: '/ru/articles/grain-corridor-talks' })
    const unknown = await request.get('/en/2023/02/20/no-such-post', { maxRedirects: 0 })
    expect(unknown.status()).toBe(404)
  })

  test('the imported analysis reads in Belarusian with its image, its link rewritten in English', async ({
    page,
  }) => {
    await page.goto('/be/articles/grain-corridor-talks')
    await expect(page.locator('h1')).toHaveText('Суседзі аднавілі перамовы пра збожжавы калідор')
    const hero = page.locator('img[alt="Two cranes over a barge at dusk"]').first()
    await expect(hero).toBeVisible()
    expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await page.screenshot({ path: test.info().outputPath('imported-be.png'), fullPage: true })

    await page.goto('/en/articles/grain-corridor-talks')
    await expect(page.locator('a', { hasText: 'queues at the border' })).toHaveAttribute(
      'href',
      '/en/articles/border-queues',
    )
  })

  test('the admin lists what needs review behind one link', async ({ page }) => {
    await signInToAdmin(page, 'editor@monitor.local', 'demo-editor')
    // In English: the imported draft has only an English version, and another spec may have
    // left the editor's admin in Belarusian.
    await page.goto('/admin/collections/articles?locale=en')
    const notice = page.getByTestId('needs-review')
    await expect(notice).toContainText('1 imported analysis needs review.')
    await notice.getByRole('link', { name: 'Show them' }).click()
    await expect(page).toHaveURL(/locale=en/)
    await expect(page.getByText('Unfinished note on fuel prices')).toBeVisible()
    await expect(page.getByText('Neighbours reopen the grain corridor talks')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('needs-review.png'), fullPage: true })
  })
})
