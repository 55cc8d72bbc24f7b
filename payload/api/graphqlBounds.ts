/**
 * The cost limit for one GraphQL request, checked on the raw body before Payload parses,
 * validates or executes anything: Payload's own complexity rule (graphQL.maxComplexity) runs
 * only after graphql-js has parsed the whole document without a token limit, and it does not
 * see how many documents each list asks for, so a few kilobytes of aliases could keep the
 * database busy for a minute (issue #16).
 */
import {
  GraphQLError,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

import { unstorableIn } from '@/lib/unstorable'

import { parseJsonBody } from './badInput'

export type GraphQLBounds = {
  /** Who the bounds are for; the messages tell an anonymous caller that signing in helps. */
  who: 'anonymous' | 'staff'
  maxBodyBytes: number
  /** graphql-js parse({ maxTokens }): names, punctuation and values in the query text */
  maxTokens: number
  maxAliases: number
  maxRootFields: number
  /** Fields nested in one another, fragments expanded: `{ Articles { docs { id } } }` is 3. */
  maxDepth: number
  /** Every field selection, fragments expanded each time they are spread. */
  maxFields: number
  /**
   * Documents the lists may return: each list's limit (Payload's default 10 when absent),
   * multiplied by the limits of the lists it is nested in.
   */
  maxDocuments: number
  /** Each `limit` argument, literal or variable, must be 1..maxListLimit. */
  maxListLimit: number
  /** `limit: 0` and `pagination: false` ask Payload for every document. */
  allowUnpaginated: boolean
  /** The `depth` argument of rich-text fields (relationships populated inside the text). */
  maxPopulateDepth: number
  allowIntrospection: boolean
}

/**
 * Anonymous bounds fit the tests' queries and a reader's page asked through GraphQL with room
 * to spare (an article with every relationship: 6 levels, 52 fields; a home page: 4 top-level
 * lists, 85 documents); the most they allow is ~300 documents, three anonymous REST pages of
 * 100. Staff get ten times more and may ask for every document of a list.
 */
export const graphQLBounds = (who: 'anonymous' | 'staff', production: boolean): GraphQLBounds =>
  who === 'anonymous'
    ? {
        who,
        maxBodyBytes: 16 * 1024,
        maxTokens: 2_000,
        maxAliases: 20,
        maxRootFields: 10,
        maxDepth: 8,
        maxFields: 400,
        maxDocuments: 300,
        maxListLimit: 100,
        allowUnpaginated: false,
        maxPopulateDepth: 2,
        allowIntrospection: !production,
      }
    : {
        who,
        maxBodyBytes: 128 * 1024,
        maxTokens: 20_000,
        maxAliases: 100,
        maxRootFields: 50,
        maxDepth: 12,
        maxFields: 4_000,
        maxDocuments: 10_000,
        maxListLimit: 1_000,
        allowUnpaginated: true,
        maxPopulateDepth: 10,
        allowIntrospection: true,
      }

export type GraphQLCheck = { ok: true } | { ok: false; status: 400 | 413; message: string }

/** Payload's page size when a list is asked for without `limit` (collections, versions, joins). */
const PAYLOAD_DEFAULT_LIMIT = 10

class Refusal extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message)
  }
}

const allowed = (bounds: GraphQLBounds) =>
  bounds.who === 'anonymous' ? 'allowed without signing in' : 'allowed in one request'

const count = (n: number) => n.toLocaleString('en-US')

/** body is the raw request body text (already read, capped at maxBodyBytes+1 by the caller) */
export function checkGraphQLRequest(
  bodyText: string,
  contentType: string | null,
  bounds: GraphQLBounds,
): GraphQLCheck {
  try {
    const request = readRequest(bodyText, contentType, bounds)
    const document = parseQuery(request.query, bounds)
    if (!bounds.allowIntrospection) refuseIntrospection(document)
    measure(document, request, bounds)
    return { ok: true }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, status: error.status, message: error.message }
    throw error
  }
}

type GraphQLRequest = {
  query: string
  variables: Record<string, unknown>
  operationName: string | null
}

function readRequest(
  bodyText: string,
  contentType: string | null,
  bounds: GraphQLBounds,
): GraphQLRequest {
  // A string is at least as many bytes as it has UTF-16 units, so only shorter ones are encoded.
  const bytes =
    bodyText.length > bounds.maxBodyBytes
      ? bodyText.length
      : new TextEncoder().encode(bodyText).length
  if (bytes > bounds.maxBodyBytes) {
    throw new Refusal(
      `This GraphQL request is larger than ${count(bounds.maxBodyBytes / 1024)} KB, the most ${allowed(bounds)}.`,
      413,
    )
  }
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (mediaType !== 'application/json') {
    throw new Refusal(
      'Send GraphQL requests as a JSON body with the header Content-Type: application/json.',
    )
  }
  if (jsonNestingExceeds(bodyText, MAX_NESTING)) {
    throw new Refusal(
      `The request body nests JSON objects and arrays more than ${MAX_NESTING} levels deep; at most ${MAX_NESTING} are allowed.`,
    )
  }
  const parsed = parseJsonBody(bodyText)
  if (!parsed.ok) {
    throw new Refusal(
      `${parsed.message.slice(0, -1)}; send an object such as {"query": "{ Site { siteName } }"}.`,
    )
  }
  const body = parsed.value
  // A NUL or a lone surrogate in a variable would reach the database as it is.
  const unstorable = unstorableIn(body, 'the request')
  if (unstorable) throw new Refusal(unstorable)
  if (Array.isArray(body)) {
    throw new Refusal(
      'Batched GraphQL requests (a JSON array) are not accepted; send one query per request.',
    )
  }
  if (typeof body !== 'object' || body === null) {
    throw new Refusal('The request body must be a JSON object with a "query" string.')
  }
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string' || query.trim() === '') {
    throw new Refusal('The request body must be a JSON object with a "query" string.')
  }
  // graphql-js turns the escape into the character; a NUL cannot be stored (lone
  // surrogates it refuses itself).
  if (/\\u(?:0000|\{0+\})/.test(query))
    throw new Refusal(
      'A string in the query contains \\u0000 (a NUL character), which cannot be stored.',
    )
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new Refusal('"variables" must be a JSON object mapping variable names to values.')
  }
  if (operationName != null && typeof operationName !== 'string') {
    throw new Refusal('"operationName" must be a string naming one operation of the query.')
  }
  return {
    query,
    variables: (variables ?? {}) as Record<string, unknown>,
    operationName: operationName || null,
  }
}

/**
 * graphql-js parses (and Payload validates) nested braces, brackets and parentheses by
 * recursion, so a few thousand levels overflow the stack; no real query comes near this.
 */
const MAX_NESTING = 64

function parseQuery(query: string, bounds: GraphQLBounds): DocumentNode {
  const tooManyTokens = () =>
    new Refusal(
      `This query has more than ${count(bounds.maxTokens)} tokens (names, punctuation and values); at most ${count(bounds.maxTokens)} are ${allowed(bounds)}.`,
    )
  try {
    // The lexer is a loop, not a recursion: count tokens and nesting before parsing.
    const lexer = new Lexer(new Source(query))
    let tokens = 0
    let nesting = 0
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > bounds.maxTokens) throw tooManyTokens()
      if (OPENING.has(token.kind) && ++nesting > MAX_NESTING) {
        throw new Refusal(
          `This query nests braces, brackets and parentheses more than ${MAX_NESTING} levels deep; at most ${MAX_NESTING} are allowed.`,
        )
      }
      if (CLOSING.has(token.kind)) nesting -= 1
    }
    return parse(query, { maxTokens: bounds.maxTokens, noLocation: true })
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    // graphql-js 16 says "contains more that N tokens"; a later release may fix the typo.
    if (/contains more th[ae]n \d+ tokens/.test(error.message)) throw tooManyTokens()
    throw new Refusal(`This query is not valid GraphQL: ${error.message.replace(/\.?$/, '.')}`)
  }
}

/** Deep variables (a `where` of nested `and`s) would be walked by recursion like the query. */
function jsonNestingExceeds(text: string, max: number): boolean {
  let nesting = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i += 1 // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++nesting > max) return true
    } else if (c === 0x7d || c === 0x5d) nesting -= 1
  }
  return false
}

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L])
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R])

function refuseIntrospection(document: DocumentNode) {
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        throw new Refusal(
          `Introspection is turned off in production without signing in, and this query asks for ${node.name.value}.`,
        )
      }
    },
  })
}

type Totals = {
  fields: number
  aliases: number
  rootFields: number
  depth: number
  documents: number
  /** Set when fragment expansion grew past the work budget and the walk stopped early. */
  cutShort: boolean
}

function measure(document: DocumentNode, request: GraphQLRequest, bounds: GraphQLBounds) {
  const fragments = new Map<string, FragmentDefinitionNode>()
  const operations: OperationDefinitionNode[] = []
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition)
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      operations.push(definition)
    }
  }
  let measured = operations
  if (request.operationName) {
    measured = operations.filter((o) => o.name?.value === request.operationName)
    if (measured.length === 0) {
      throw new Refusal(`This query has no operation named "${request.operationName}".`)
    }
  }

  const totals: Totals = {
    fields: 0,
    aliases: 0,
    rootFields: 0,
    depth: 0,
    documents: 0,
    cutShort: false,
  }
  // Fragments spread inside fragments can expand exponentially; the walk stops well past
  // the field bound, which is already enough to refuse the query.
  const workBudget = bounds.maxFields * 10

  for (const operation of measured) {
    const variableValue = (name: string): unknown => {
      if (Object.hasOwn(request.variables, name)) return request.variables[name]
      const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name)
      return definition?.defaultValue
        ? literalValue(definition.defaultValue, () => undefined)
        : undefined
    }
    const argumentValue = (node: ValueNode) => literalValue(node, variableValue)

    /** The number of documents a list field asks for, or null when the field is not a list. */
    const listSize = (field: FieldNode): number | null => {
      let size: number | null = null
      for (const argument of field.arguments ?? []) {
        const name = argument.name.value
        const value = argumentValue(argument.value)
        if (name === 'limit') size = checkLimit(value, bounds)
        if (name === 'pagination' && value === false) {
          if (!bounds.allowUnpaginated) {
            throw new Refusal(
              `"pagination: false" asks for every document at once; ask for pages of at most ${bounds.maxListLimit} with "limit" and "page" instead.`,
            )
          }
          size = 0
        }
        if (name === 'depth') checkPopulateDepth(value, bounds)
      }
      if (size === null && selectsDocs(field.selectionSet, fragments, new Set()))
        size = PAYLOAD_DEFAULT_LIMIT
      return size
    }

    const walk = (
      selectionSet: SelectionSetNode,
      depth: number,
      documentsPerParent: number,
      fragmentPath: string[],
    ) => {
      for (const selection of selectionSet.selections) {
        if (totals.cutShort) return
        if (selection.kind === Kind.FIELD) {
          totals.fields += 1
          if (selection.alias) totals.aliases += 1
          if (depth === 1) totals.rootFields += 1
          totals.depth = Math.max(totals.depth, depth)
          if (totals.fields > workBudget) {
            totals.cutShort = true
            return
          }
          const size = listSize(selection)
          let documentsPerChild = documentsPerParent
          if (size !== null) {
            totals.documents += documentsPerParent * size
            documentsPerChild = documentsPerParent * Math.max(size, 1)
          }
          if (selection.selectionSet) {
            walk(selection.selectionSet, depth + 1, documentsPerChild, fragmentPath)
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(selection.selectionSet, depth, documentsPerParent, fragmentPath)
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          if (!fragment) {
            throw new Refusal(
              `This query spreads the fragment "${name}", which it does not define.`,
            )
          }
          if (fragmentPath.includes(name)) {
            const cycle = [...fragmentPath.slice(fragmentPath.indexOf(name)), name].join(' → ')
            throw new Refusal(
              `The fragment "${name}" spreads itself (${cycle}), so the query would never end.`,
            )
          }
          walk(fragment.selectionSet, depth, documentsPerParent, [...fragmentPath, name])
        }
      }
    }
    walk(operation.selectionSet, 1, 1, [])
  }

  const who = allowed(bounds)
  if (totals.cutShort) {
    throw new Refusal(
      `This query selects more than ${count(workBudget)} fields once its fragments are expanded; at most ${count(bounds.maxFields)} are ${who}.`,
    )
  }
  if (totals.aliases > bounds.maxAliases) {
    throw new Refusal(
      `This query has ${count(totals.aliases)} aliases; at most ${count(bounds.maxAliases)} are ${who}.`,
    )
  }
  if (totals.rootFields > bounds.maxRootFields) {
    throw new Refusal(
      `This query asks for ${count(totals.rootFields)} top-level fields; at most ${count(bounds.maxRootFields)} are ${who}.`,
    )
  }
  if (totals.depth > bounds.maxDepth) {
    throw new Refusal(
      `This query nests fields ${count(totals.depth)} levels deep; at most ${count(bounds.maxDepth)} levels are ${who}.`,
    )
  }
  if (totals.fields > bounds.maxFields) {
    throw new Refusal(
      `This query selects ${count(totals.fields)} fields once its fragments are expanded; at most ${count(bounds.maxFields)} are ${who}.`,
    )
  }
  if (totals.documents > bounds.maxDocuments) {
    throw new Refusal(
      `This query asks for up to ${count(totals.documents)} documents across its lists (a list without "limit" returns ${PAYLOAD_DEFAULT_LIMIT}); at most ${count(bounds.maxDocuments)} are ${who}.`,
    )
  }
}

/** Payload's paginated results (collections, versions, joins) are the fields that select `docs`. */
function selectsDocs(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  if (!selectionSet) return false
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'docs'
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return selectsDocs(selection.selectionSet, fragments, seen)
    }
    const name = selection.name.value
    if (seen.has(name)) return false
    seen.add(name)
    return selectsDocs(fragments.get(name)?.selectionSet, fragments, seen)
  })
}

function checkLimit(value: unknown, bounds: GraphQLBounds): number {
  if (value === undefined || value === null) return PAYLOAD_DEFAULT_LIMIT
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new Refusal(`"limit" must be a whole number from 1 to ${count(bounds.maxListLimit)}.`)
  }
  if (value === 0 && bounds.allowUnpaginated) return 0
  if (value === 0) {
    throw new Refusal(
      `"limit: 0" asks for every document at once; at most ${count(bounds.maxListLimit)} documents per list are ${allowed(bounds)}.`,
    )
  }
  if (value < 0 || value > bounds.maxListLimit) {
    throw new Refusal(
      `This query asks for ${count(value)} documents in one list ("limit: ${value}"); "limit" must be from 1 to ${count(bounds.maxListLimit)} ${bounds.who === 'anonymous' ? 'without signing in' : 'in one request'}.`,
    )
  }
  return value
}

function checkPopulateDepth(value: unknown, bounds: GraphQLBounds) {
  if (value === undefined || value === null) return
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Refusal(`"depth" must be a whole number from 0 to ${bounds.maxPopulateDepth}.`)
  }
  if (value > bounds.maxPopulateDepth) {
    throw new Refusal(
      `This query asks rich text for "depth: ${value}"; at most depth ${bounds.maxPopulateDepth} is ${allowed(bounds)}.`,
    )
  }
}

/** The JSON value of an argument; variables are looked up, enums become their names. */
function literalValue(node: ValueNode, variable: (name: string) => unknown): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variable(node.name.value)
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.STRING:
    case Kind.ENUM:
      return node.value
    case Kind.BOOLEAN:
      return node.value
    case Kind.NULL:
      return null
    case Kind.LIST:
      return node.values.map((v) => literalValue(v, variable))
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((f) => [f.name.value, literalValue(f.value, variable)]),
      )
  }
}
