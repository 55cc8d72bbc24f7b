import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQL } from '@/payload/api/guard'

// The guard measures the query (size, aliases, depth, documents) before Payload runs it.
export const POST = guardGraphQL(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
