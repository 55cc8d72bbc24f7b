import type { Endpoint } from 'payload'

import { answerJson } from '../answer'

import { openApiDocument } from './document'

/** GET /api/openapi.json: the public read API described (OpenAPI 3.1), see document.ts. */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: async (req) => answerJson(req, await openApiDocument(req.payload)),
}
