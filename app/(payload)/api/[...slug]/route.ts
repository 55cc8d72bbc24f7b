import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardOptions, guardRest } from '@/payload/api/guard'

// Every call passes the guard (bounds, budgets, sign-in throttle, time limit) first; anonymous
// reads of published content come back shareable (payload/api/publicReads.ts).
export const GET = guardRest(config, REST_GET(config), 'GET')
export const HEAD = guardRest(config, REST_GET(config), 'HEAD')
export const POST = guardRest(config, REST_POST(config), 'POST')
export const DELETE = guardRest(config, REST_DELETE(config), 'DELETE')
export const PATCH = guardRest(config, REST_PATCH(config), 'PATCH')
export const PUT = guardRest(config, REST_PUT(config), 'PUT')
export const OPTIONS = guardOptions(REST_OPTIONS(config))
