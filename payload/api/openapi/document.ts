import { createLocalReq, type Payload } from 'payload'

import pkg from '@/package.json'
import { restBounds } from '@/payload/api/bounds'
import { defaultListSelect, defaultPopulate, publicListSort } from '@/payload/api/publicReads'
import { SEARCH_SORTS, YEAR } from '@/payload/api/search'

import {
  englishText,
  idSchema,
  type JsonSchema,
  objectSchema,
  orNull,
  ref,
  type SchemaContext,
} from './schemas'

/**
 * The OpenAPI 3.1 description of the public read API (GET /api/openapi.json), generated at
 * run time from the collections' config and the anonymous bounds, so it cannot drift from
 * what the server does: a field, a locale or a bound changes here when it changes there.
 */

/** What anonymous readers may read, in the order the document lists them. */
export const PUBLIC_COLLECTIONS = ['articles', 'weeks', 'topics', 'analysts', 'media'] as const
/** The public collections whose documents have a site address (a slug). */
export const SLUG_COLLECTIONS = ['articles', 'weeks', 'topics', 'analysts'] as const
export const PUBLIC_GLOBALS = ['site'] as const

// Search's own bounds, shared with its endpoint (not copies).
const searchBounds = async () => {
  const search = await import('@/lib/search')
  return {
    maxQueryLength: search.MAX_QUERY_LENGTH,
    maxPage: search.MAX_SEARCH_PAGE,
    perPage: search.RESULTS_PER_PAGE,
    verdicts: [...search.VERDICTS],
    topicPattern: search.TOPIC_SLUG.source,
  }
}

const pascal = (text: string) =>
  text
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')

/** "articles" → "Article", "media" → "Media": the names payload-types.ts uses. */
export const schemaName = (collection: string) =>
  pascal(
    collection.endsWith('s') && !collection.endsWith('ss') ? collection.slice(0, -1) : collection,
  )

const englishLabel = (value: unknown, fallback: string): string => englishText(value) ?? fallback

const errorResponse = (description: string, headers: Record<string, JsonSchema> = {}) => ({
  description,
  headers,
  content: { 'application/json': { schema: ref('Errors') } },
})

const header = (name: string) => ({ $ref: `#/components/headers/${name}` })
const cacheHeaders = {
  ETag: header('ETag'),
  'Last-Modified': header('LastModified'),
  'Cache-Control': header('CacheControl'),
}

const okResponse = (description: string, schema: JsonSchema) => ({
  description,
  headers: cacheHeaders,
  content: { 'application/json': { schema } },
})

/** The answers every public GET may give besides its 200. */
const commonResponses = (withNotFound: boolean) => ({
  '304': {
    description:
      'Not modified: the answer is the one named by `If-None-Match` (or not newer than `If-Modified-Since`). No body.',
    headers: cacheHeaders,
  },
  '400': { $ref: '#/components/responses/BadRequest' },
  ...(withNotFound ? { '404': { $ref: '#/components/responses/NotFound' } } : {}),
  '429': { $ref: '#/components/responses/TooManyRequests' },
  '503': { $ref: '#/components/responses/Unavailable' },
})

const parameter = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const conditional = [parameter('IfNoneMatch'), parameter('IfModifiedSince')]
const documentParameters = ['depth', 'locale', 'fallbackLocale', 'select', 'populate', 'draft']
const listParameters = ['limit', 'page', 'sort', 'where', ...documentParameters]

function sharedParameters(locales: string[]): Record<string, JsonSchema> {
  const anonymous = restBounds.anonymous
  return {
    limit: {
      name: 'limit',
      in: 'query',
      description: `Documents per page, at most ${anonymous.maxLimit} without signing in; use \`page\` for more.`,
      schema: { type: 'integer', minimum: 1, maximum: anonymous.maxLimit, default: 10 },
    },
    page: {
      name: 'page',
      in: 'query',
      description: 'The page of the list, from 1. A page past the end has no documents.',
      schema: { type: 'integer', minimum: 1, default: 1 },
    },
    depth: {
      name: 'depth',
      in: 'query',
      description: `How many levels of related documents come as objects rather than ids (at most ${anonymous.maxDepth} without signing in).`,
      schema: { type: 'integer', minimum: 0, maximum: anonymous.maxDepth },
    },
    locale: {
      name: 'locale',
      in: 'query',
      description: anonymous.allowAllLocales
        ? 'The language of localized fields.'
        : 'The language of localized fields, one at a time (`locale=all` needs signing in). Analyses are found only in the languages they are published in.',
      schema: { type: 'string', enum: locales, default: locales[0] },
    },
    fallbackLocale: {
      name: 'fallback-locale',
      in: 'query',
      description: `The language a localized field falls back to when it has no value in \`locale\` (default ${locales[0]}); \`none\` for no fallback, as the site reads.`,
      schema: { type: 'string', enum: [...locales, 'none'] },
    },
    sort: {
      name: 'sort',
      in: 'query',
      description:
        'Field names separated by commas, `-` before a name for descending (e.g. `-publishedAt`). The id is always the last key, so pages never overlap. Analyses come newest published first unless you sort them.',
      schema: { type: 'string' },
    },
    where: {
      name: 'where',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description:
        'A filter, e.g. `where[verdict][equals]=worsened` or `where[topic.slug][equals]=security`; `where[or][0][…]` and `where[and][0][…]` combine them. Operators: equals, not_equals, in, not_in, like, contains, exists, greater_than, greater_than_equal, less_than, less_than_equal.',
      schema: { type: 'object', additionalProperties: true },
    },
    select: {
      name: 'select',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description:
        'Only these fields, e.g. `select[title]=true&select[slug]=true` (the id always comes). Fields the schema marks required are then absent unless selected.',
      schema: { type: 'object', additionalProperties: true },
    },
    populate: {
      name: 'populate',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description:
        'Which fields of related documents come, per collection, e.g. `populate[topics][description]=true`. Without it, linked documents carry what a client shows (see the *Link schemas).',
      schema: { type: 'object', additionalProperties: true },
    },
    draft: {
      name: 'draft',
      in: 'query',
      description:
        'Signed-in staff get the newest draft; without signing in the published state always comes.',
      schema: { type: 'boolean' },
    },
    after: {
      name: 'after',
      in: 'query',
      description:
        'The `nextCursor` of an earlier answer: the analyses after its last one, newest first, as fast at any depth as the first page (a deep `page` is not). Not with `sort` or `page`.',
      schema: { type: 'string' },
    },
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      description: 'The `ETag` of an answer you have: a 304 without a body if it is still current.',
      schema: { type: 'string' },
    },
    IfModifiedSince: {
      name: 'If-Modified-Since',
      in: 'header',
      description: 'The `Last-Modified` of an answer you have: a 304 if nothing changed since.',
      schema: { type: 'string' },
    },
  }
}

const listSchema = (item: JsonSchema, cursor = false): JsonSchema => ({
  type: 'object',
  required: [
    'docs',
    'totalDocs',
    'limit',
    'totalPages',
    'page',
    'pagingCounter',
    'hasPrevPage',
    'hasNextPage',
    'prevPage',
    'nextPage',
  ],
  properties: {
    ...(cursor
      ? {
          nextCursor: {
            type: ['string', 'null'],
            description:
              'In the default order (newest first): pass it as `after` for the analyses after the last one here; null on the last page.',
          },
        }
      : {}),
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1 },
    totalPages: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    pagingCounter: { type: 'integer', description: 'The position of the first document, from 1.' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
})

async function searchPath(locales: string[]) {
  const bounds = await searchBounds()
  const query = (name: string, description: string, schema: JsonSchema) => ({
    name,
    in: 'query',
    description,
    schema,
  })
  return {
    get: {
      tags: ['Search'],
      operationId: 'search',
      summary: 'Search the analyses published in one language',
      description: `The site's search (\`/{locale}/search\`) as JSON: the same ranking (titles weigh most, then leads, then the text; recency a mild boost), snippets and counts. Words must all occur; \`"quoted words"\` match as a phrase, \`or\` between two terms matches either, \`-word\` excludes, the last word matches as a prefix. ${bounds.perPage} results a page. Any parameter not listed here is refused with a 400.`,
      parameters: [
        query('q', `The words to look for (at most ${bounds.maxQueryLength} characters).`, {
          type: 'string',
          minLength: 1,
          maxLength: bounds.maxQueryLength,
        }),
        query('locale', 'The language searched.', {
          type: 'string',
          enum: locales,
          default: locales[0],
        }),
        query('topic', 'Only this topic (its slug, see /api/topics).', {
          type: 'string',
          pattern: bounds.topicPattern,
        }),
        query('verdict', 'Only this verdict.', { type: 'string', enum: bounds.verdicts }),
        query('year', 'Only weeks starting in this year (not with from/to).', {
          type: 'string',
          pattern: YEAR.source,
        }),
        query('from', 'Only weeks starting on or after this day.', {
          type: 'string',
          format: 'date',
        }),
        query('to', 'Only weeks starting on or before this day.', {
          type: 'string',
          format: 'date',
        }),
        query('sort', 'By relevance (default) or newest week first.', {
          type: 'string',
          enum: [...SEARCH_SORTS],
          default: 'relevance',
        }),
        query('page', 'The page of results; past the last page, `docs` is empty.', {
          type: 'integer',
          minimum: 1,
          maximum: bounds.maxPage,
          default: 1,
        }),
        ...conditional,
      ],
      responses: {
        '200': okResponse('The page of results with the counts per filter.', ref('SearchResults')),
        ...commonResponses(false),
      },
    },
  }
}

function searchSchemas(
  payload: Payload,
  verdicts: string[],
  locales: string[],
): Record<string, JsonSchema> {
  const nullableString = { type: ['string', 'null'] }
  const hitList = listSchema(ref('SearchHit'))
  const count = (key: string, keySchema: JsonSchema, extra: Record<string, JsonSchema> = {}) => ({
    type: 'array',
    items: {
      type: 'object',
      required: [key, 'count', ...Object.keys(extra)],
      properties: { [key]: keySchema, ...extra, count: { type: 'integer', minimum: 0 } },
    },
  })
  return {
    SnippetPart: {
      type: 'object',
      required: ['text', 'match'],
      properties: {
        text: { type: 'string' },
        match: { type: 'boolean', description: 'Whether a query word matched here (highlight).' },
      },
    },
    SearchHit: {
      type: 'object',
      required: [
        'id',
        'slug',
        'title',
        'lead',
        'snippet',
        'topic',
        'week',
        'verdict',
        'publishedAt',
        'url',
      ],
      properties: {
        id: idSchema(payload),
        slug: { type: 'string' },
        title: { type: 'string' },
        lead: nullableString,
        snippet: {
          type: 'array',
          description:
            'The passage that matched (from the lead, else the text), in order: join the parts\u2019 `text` for the plain passage and highlight the parts with `match: true`, as the site does with <mark>.',
          items: ref('SnippetPart'),
        },
        topic: orNull({
          type: 'object',
          required: ['slug', 'name'],
          properties: { slug: { type: 'string' }, name: { type: 'string' } },
        }),
        week: orNull({
          type: 'object',
          required: ['slug', 'startDate', 'endDate'],
          properties: {
            slug: { type: 'string' },
            startDate: { type: 'string', format: 'date-time' },
            endDate: { type: ['string', 'null'], format: 'date-time' },
          },
        }),
        verdict: { type: 'string', enum: verdicts },
        publishedAt: { type: ['string', 'null'], format: 'date-time' },
        url: { type: 'string', format: 'uri', description: 'The analysis on the site.' },
      },
    },
    SearchResults: {
      ...hitList,
      // A list's envelope without Payload's pagingCounter, and what the search understood.
      required: [
        ...(hitList.required as string[]).filter((k) => k !== 'pagingCounter'),
        'query',
        'facets',
      ],
      properties: {
        ...(hitList.properties as Record<string, JsonSchema>),
        query: {
          type: 'object',
          description: 'The search as it was understood.',
          required: ['q', 'locale', 'sort', 'topic', 'verdict', 'from', 'to'],
          properties: {
            q: { type: 'string' },
            locale: { type: 'string', enum: locales },
            sort: { type: 'string', enum: [...SEARCH_SORTS] },
            topic: nullableString,
            verdict: { type: ['string', 'null'], enum: [...verdicts, null] },
            from: nullableString,
            to: nullableString,
          },
        },
        facets: {
          type: 'object',
          description:
            'How many results each filter would give: per topic (with the verdict and period applied), per verdict (with the topic and period applied), per year (with the topic and verdict applied).',
          required: ['topics', 'verdicts', 'years'],
          properties: {
            topics: count('slug', { type: 'string' }, { name: { type: 'string' } }),
            verdicts: count('verdict', { type: 'string', enum: verdicts }),
            years: count('year', { type: 'string', pattern: '^\\d{4}$' }),
          },
        },
      },
    },
  }
}

async function buildDocument(payload: Payload): Promise<JsonSchema> {
  const config = payload.config
  const locales = config.localization ? config.localization.localeCodes : ['en']
  const context: SchemaContext = {
    payload,
    anonymous: await createLocalReq({}, payload),
    publicCollections: new Set<string>(PUBLIC_COLLECTIONS),
    schemaName,
  }
  const schemas: Record<string, JsonSchema> = {}
  const paths: Record<string, JsonSchema> = {}
  const tags: { name: string; description: string }[] = []

  for (const slug of PUBLIC_COLLECTIONS) {
    const collection = payload.collections[slug].config
    const name = schemaName(slug)
    const plural = englishLabel(collection.labels.plural, slug)
    const singular = englishLabel(collection.labels.singular, slug).toLowerCase()
    const body = await objectSchema(collection.flattenedFields, context)
    schemas[name] = {
      ...body,
      title: name,
      required: ['id', ...((body.required as string[]) ?? [])],
      properties: { id: idSchema(payload), ...(body.properties as object) },
    }
    const leanFields = defaultPopulate[slug] ?? []
    schemas[`${name}Link`] = {
      type: 'object',
      title: `${name}Link`,
      description: `A ${singular} as another document links it: the fields \`populate[${slug}][…]\` selects${leanFields.length ? `, by default ${leanFields.map((f) => `\`${f}\``).join(', ')}` : ''} (and its id).`,
      required: ['id'],
      properties: schemas[name].properties,
    }
    const summaryFields = defaultListSelect[slug]
    const itemName = summaryFields ? `${name}Summary` : name
    if (summaryFields)
      schemas[itemName] = {
        type: 'object',
        title: itemName,
        description: `A ${singular} in a list: unless \`select\` names fields, ${summaryFields.map((f) => `\`${f}\``).join(', ')} (and its id); the rest comes with the ${singular} itself.`,
        required: [
          'id',
          ...((body.required as string[]) ?? []).filter((f) => summaryFields.includes(f)),
        ],
        properties: schemas[name].properties,
      }
    const cursorPaging = Boolean(publicListSort[slug])
    tags.push({ name: plural, description: `${plural} (\`${slug}\`).` })
    const parameters = (names: string[]) => [...names.map(parameter), ...conditional]
    paths[`/api/${slug}`] = {
      get: {
        tags: [plural],
        operationId: `list${pascal(slug)}`,
        summary: `List ${plural.toLowerCase()}`,
        description: collection.versions?.drafts
          ? 'Without signing in: published documents only (analyses only in the languages they are published in).'
          : undefined,
        parameters: parameters(cursorPaging ? [...listParameters, 'after'] : listParameters),
        responses: {
          '200': okResponse(
            `A page of ${plural.toLowerCase()}.`,
            listSchema(ref(itemName), cursorPaging),
          ),
          ...commonResponses(false),
        },
      },
    }
    paths[`/api/${slug}/{id}`] = {
      get: {
        tags: [plural],
        operationId: `get${name}ById`,
        summary: `One ${singular} by id`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: idSchema(payload) },
          ...parameters(documentParameters),
        ],
        responses: { '200': okResponse(`The ${singular}.`, ref(name)), ...commonResponses(true) },
      },
    }
    if ((SLUG_COLLECTIONS as readonly string[]).includes(slug)) {
      paths[`/api/${slug}/slug/{slug}`] = {
        get: {
          tags: [plural],
          operationId: `get${name}BySlug`,
          summary: `One ${singular} by slug (its site address)`,
          description: `The same answer as by id. 404 when there is none you may read${slug === 'articles' ? ', or it is not published in the language asked for' : ''}.`,
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
            ...parameters(documentParameters),
          ],
          responses: { '200': okResponse(`The ${singular}.`, ref(name)), ...commonResponses(true) },
        },
      }
    }
  }

  for (const slug of PUBLIC_GLOBALS) {
    const global = config.globals.find((g) => g.slug === slug)
    if (!global) continue
    const name = pascal(slug)
    const title = englishLabel(global.label, slug)
    const body = await objectSchema(global.flattenedFields, context)
    schemas[name] = {
      ...body,
      title: name,
      properties: {
        id: idSchema(payload),
        globalType: { const: slug },
        ...(body.properties as object),
      },
    }
    tags.push({ name: title, description: `The ${title.toLowerCase()} (\`${slug}\`).` })
    paths[`/api/globals/${slug}`] = {
      get: {
        tags: [title],
        operationId: `get${name}`,
        summary: title,
        parameters: [
          ...['depth', 'locale', 'fallbackLocale', 'select', 'populate'].map(parameter),
          ...conditional,
        ],
        responses: { '200': okResponse(title, ref(name)), ...commonResponses(false) },
      },
    }
  }

  const verdictField = payload.collections.articles.config.flattenedFields.find(
    (f) => f.name === 'verdict',
  )
  const verdicts =
    verdictField?.type === 'select'
      ? verdictField.options.map((o) => (typeof o === 'string' ? o : o.value))
      : []
  paths['/api/search'] = await searchPath(locales)
  tags.push({ name: 'Search', description: 'Full-text search, as on the site.' })
  Object.assign(schemas, searchSchemas(payload, verdicts, locales))

  schemas.Errors = {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['message'],
          properties: {
            message: { type: 'string', description: 'What went wrong, in a sentence.' },
          },
        },
      },
    },
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Weekly Monitor content API',
      version: pkg.version,
      description: `The published analyses, weeks, topics, analysts and images, in ${locales.join(', ')}, for programs: read-only and open without signing in. Answers carry \`ETag\`, \`Last-Modified\` and a shared \`Cache-Control\`: ask again with \`If-None-Match\` for a cheap 304. Without signing in, a list has at most ${restBounds.anonymous.maxLimit} documents at depth ≤ ${restBounds.anonymous.maxDepth}, and calls a minute per address are limited (429 with \`Retry-After\`).`,
    },
    servers: [{ url: '/' }],
    tags,
    paths,
    components: {
      schemas,
      parameters: sharedParameters(locales),
      headers: {
        ETag: {
          description: 'A strong validator of the answer: send it as `If-None-Match`.',
          schema: { type: 'string' },
        },
        LastModified: {
          description: 'When the answer last changed: send it as `If-Modified-Since`.',
          schema: { type: 'string' },
        },
        CacheControl: {
          description: 'How long the answer may be kept (shared caches included).',
          schema: { type: 'string' },
        },
        RetryAfter: {
          description: 'Seconds to wait before calling again.',
          schema: { type: 'integer', minimum: 0 },
        },
      },
      responses: {
        BadRequest: errorResponse(
          'A parameter outside its bounds or not understood; the message names it.',
        ),
        NotFound: errorResponse('No such document that you may read.'),
        TooManyRequests: errorResponse('Too many calls from this address: wait `Retry-After`.', {
          'Retry-After': header('RetryAfter'),
        }),
        Unavailable: errorResponse(
          'The server is busy or the call took too long: try again after `Retry-After`.',
          { 'Retry-After': header('RetryAfter') },
        ),
      },
    },
  }
}

const built = new WeakMap<Payload, Promise<JsonSchema>>()

/** The document, built once per server process (it depends only on the config). */
export function openApiDocument(payload: Payload): Promise<JsonSchema> {
  let document = built.get(payload)
  if (!document) {
    document = buildDocument(payload)
    built.set(payload, document)
    document.catch(() => built.delete(payload))
  }
  return document
}
