import type { SanitizedConfig } from 'payload'

/**
 * Calls the very route handlers Next.js serves at /api/* and /api/graphql (Payload's, from
 * @payloadcms/next/routes, behind our guard as in app/(payload)/api), with real Request
 * objects, so REST and GraphQL behave as they do for a client over HTTP.
 */
export async function apiClient(config: SanitizedConfig) {
  const routes = await import('@payloadcms/next/routes')
  const { guardGraphQL, guardOptions, guardRest } = await import('@/payload/api/guard')
  const handlers = {
    GET: guardRest(config, routes.REST_GET(config), 'GET'),
    HEAD: guardRest(config, routes.REST_GET(config), 'HEAD'),
    OPTIONS: guardOptions(routes.REST_OPTIONS(config)),
    POST: guardRest(config, routes.REST_POST(config), 'POST'),
    PATCH: guardRest(config, routes.REST_PATCH(config), 'PATCH'),
    DELETE: guardRest(config, routes.REST_DELETE(config), 'DELETE'),
  }
  const graphql = guardGraphQL(config, routes.GRAPHQL_POST(config))

  async function rest(
    method: keyof typeof handlers,
    pathAndQuery: string,
    { token, body }: { token?: string; body?: unknown } = {},
  ): Promise<{ status: number; json: Record<string, any> }> {
    const url = new URL(`http://localhost:3000/api${pathAndQuery}`)
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `JWT ${token}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const request = new Request(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, json: text ? JSON.parse(text) : {} }
  }

  async function gql(
    query: string,
    {
      token,
      variables,
      locale,
    }: { token?: string; variables?: Record<string, unknown>; locale?: string } = {},
  ): Promise<{ status: number; data: Record<string, any> | null; errors?: { message: string }[] }> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const url = `http://localhost:3000/api/graphql${locale ? `?locale=${locale}` : ''}`
    const response = await graphql(
      new Request(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
    )
    const json = await response.json()
    return { status: response.status, data: json.data ?? null, errors: json.errors }
  }

  /** Any request to /api/*, answered as the HTTP client would get it (status, headers, body). */
  async function request(
    method: keyof typeof handlers,
    pathAndQuery: string,
    init: { headers?: Record<string, string>; body?: BodyInit } = {},
  ): Promise<Response> {
    const url = new URL(`http://localhost:3000/api${pathAndQuery}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return handlers[method](new Request(url, { method, ...init }), {
      params: Promise.resolve({ slug }),
    })
  }

  /** A raw POST to /api/graphql, answered as the HTTP client would get it. */
  async function graphqlRequest(init: { headers?: Record<string, string>; body?: BodyInit }) {
    return graphql(new Request('http://localhost:3000/api/graphql', { method: 'POST', ...init }))
  }

  return { rest, gql, request, graphqlRequest }
}

export type ApiClient = Awaited<ReturnType<typeof apiClient>>
