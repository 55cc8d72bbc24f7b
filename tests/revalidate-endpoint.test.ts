/** The internal endpoint through which jobs and the worker refresh the site's pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { revalidationToken } from '@/payload/revalidate'

import { apiClient, type ApiClient } from './helpers/api'
import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

describe.skipIf(skip)('POST /api/revalidate', () => {
  let ctx: TestContext
  let api: ApiClient
  beforeAll(async () => {
    ctx = await startPayload()
    api = await apiClient(ctx.config)
  })
  afterAll(async () => ctx?.close())

  const post = async (body: unknown, token?: string) => {
    const routes = await import('@payloadcms/next/routes')
    const response = await routes.REST_POST(ctx.config)(
      new Request('http://localhost:3000/api/revalidate', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: ['revalidate'] }) },
    )
    return { status: response.status, json: await response.json() }
  }

  it('refuses callers without the secret', async () => {
    expect((await post({ tags: ['articles'] })).status).toBe(403)
    expect((await post({ tags: ['articles'] }, 'guess')).status).toBe(403)
  })

  it('explains what it needs when the tags are missing or unknown', async () => {
    const r = await post({ tags: ['everything'] }, revalidationToken())
    expect(r.status).toBe(400)
    expect(r.json.message).toMatch(/articles, weeks, topics/)
    expect((await post('not json', revalidationToken())).status).toBe(400)
  })

  it('is not reachable through GraphQL or as a collection', async () => {
    expect((await api.rest('GET', '/revalidate')).status).toBe(404)
  })

  // GET /api/preview: draft mode for signed-in staff only.
  const get = async (query: string) => {
    const routes = await import('@payloadcms/next/routes')
    const response = await routes.REST_GET(ctx.config)(
      new Request(`http://localhost:3000/api/preview${query}`),
      {
        params: Promise.resolve({ slug: ['preview'] }),
      },
    )
    return { status: response.status, json: await response.json().catch(() => ({})) }
  }

  it('shows drafts only to signed-in staff', async () => {
    const r = await get('?path=/en/articles/some-analysis')
    expect(r.status).toBe(403)
    expect(r.json.message).toMatch(/Sign in/)
  })
})
