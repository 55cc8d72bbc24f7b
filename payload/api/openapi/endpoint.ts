import { type Endpoint, headersWithCors } from 'payload'

import { openApiDocument } from './document'

/** GET /api/openapi.json: the public read API described (OpenAPI 3.1), see document.ts. */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: async (req) =>
    Response.json(await openApiDocument(req.payload), {
      headers: headersWithCors({ headers: new Headers(), req }),
    }),
}
