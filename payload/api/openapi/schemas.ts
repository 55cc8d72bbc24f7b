import type { FlattenedBlock, FlattenedField, Payload, PayloadRequest } from 'payload'

/**
 * JSON Schemas (the 2020-12 dialect OpenAPI 3.1 uses) of documents as anonymous REST readers
 * get them, built from the collections' field config: one walk of the fields, so a field
 * added to a collection is documented without anyone remembering to.
 */
export type JsonSchema = { [keyword: string]: unknown }

export type SchemaContext = {
  payload: Payload
  /** A request without a user: field access is asked as it is for anonymous readers. */
  anonymous: PayloadRequest
  /** Collections anonymous readers may read: relations to others stay ids at any depth. */
  publicCollections: ReadonlySet<string>
  /** The component name of each public collection's document schema. */
  schemaName: (collection: string) => string
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

/** The id's type on this database: integers on SQL, ObjectId strings on MongoDB. */
export const idSchema = (payload: Payload): JsonSchema =>
  payload.db.defaultIDType === 'number' ? { type: 'integer' } : { type: 'string' }

/** The same schema, or null (an optional field that was never set). */
export function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string' && !('$ref' in schema)) {
    const out: JsonSchema = { ...schema, type: [schema.type, 'null'] }
    if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null]
    return out
  }
  return { anyOf: [schema, { type: 'null' }] }
}

/** Whether anonymous readers get this field at all (hidden, or read access denied). */
async function readable(field: FlattenedField, context: SchemaContext): Promise<boolean> {
  if ('hidden' in field && field.hidden) return false
  const read = field.access?.read
  if (!read) return true
  try {
    return Boolean(await read({ req: context.anonymous, siblingData: {}, data: {} }))
  } catch {
    // An access rule that needs a document to decide: documented, since some readers get it.
    return true
  }
}

/**
 * A label or description in English: a string, a `{ en, be, ru }` object, or the function
 * payload/i18n/labels.ts turns those into (it picks the language of the i18n it is given).
 */
export function englishText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'function') {
    const text: unknown = value({ i18n: { language: 'en' }, t: (key: string) => key })
    return typeof text === 'string' ? text : undefined
  }
  if (value && typeof value === 'object' && 'en' in value && typeof value.en === 'string')
    return value.en
  return undefined
}

const label = (field: FlattenedField) => englishText('label' in field ? field.label : undefined)

const describe = (field: FlattenedField, schema: JsonSchema): JsonSchema => {
  const parts: string[] = []
  const text = label(field)
  if (text) parts.push(text + '.')
  if ('localized' in field && field.localized)
    parts.push('Localized: the value in the language asked for with `locale`.')
  const description = englishText(field.admin?.description)
  if (description) parts.push(description)
  const out: JsonSchema = { ...schema }
  if (parts.length) out.description = parts.join(' ')
  if ('localized' in field && field.localized) out['x-localized'] = true
  return out
}

/** A relationship's value: the related document's id, or the document at depth ≥ 1. */
function relationValue(collections: string[], context: SchemaContext): JsonSchema {
  const id = idSchema(context.payload)
  const one = (collection: string): JsonSchema =>
    context.publicCollections.has(collection)
      ? // Linked documents carry what `populate` selects (lean by default): a Link schema.
        { oneOf: [id, ref(`${context.schemaName(collection)}Link`)] }
      : // Anonymous readers cannot read it: the id is all they get, at any depth.
        id
  if (collections.length === 1) return one(collections[0]!)
  return {
    type: 'object',
    required: ['relationTo', 'value'],
    properties: {
      relationTo: { type: 'string', enum: collections },
      value: { oneOf: collections.map(one) },
    },
  }
}

const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items })

async function blockSchema(block: FlattenedBlock, context: SchemaContext): Promise<JsonSchema> {
  const body = await objectSchema(block.flattenedFields, context)
  return {
    ...body,
    required: ['blockType', ...((body.required as string[]) ?? [])],
    properties: {
      id: { type: ['string', 'null'] },
      blockType: { const: block.slug },
      blockName: { type: ['string', 'null'] },
      ...(body.properties as Record<string, JsonSchema>),
    },
  }
}

/** One field's value, before `required` decides whether it may be null. */
async function valueSchema(
  field: FlattenedField,
  context: SchemaContext,
): Promise<JsonSchema | null> {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return 'hasMany' in field && field.hasMany ? arrayOf({ type: 'string' }) : { type: 'string' }
    case 'email':
      return { type: 'string', format: 'email' }
    case 'number':
      return field.hasMany ? arrayOf({ type: 'number' }) : { type: 'number' }
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio': {
      const values = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      const one = { type: 'string', enum: values }
      return field.type === 'select' && field.hasMany ? arrayOf(one) : one
    }
    case 'point':
      return {
        type: 'array',
        description: 'Longitude and latitude.',
        items: { type: 'number' },
        minItems: 2,
        maxItems: 2,
      }
    case 'json':
      return {}
    case 'richText':
      return {
        type: 'object',
        description: 'Lexical editor state: a tree of nodes under `root`.',
        required: ['root'],
        properties: { root: { type: 'object' } },
      }
    case 'relationship':
    case 'upload': {
      const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      const value = relationValue(to, context)
      return field.hasMany ? arrayOf(value) : value
    }
    case 'join': {
      const to = Array.isArray(field.collection) ? field.collection : [field.collection]
      return {
        type: 'object',
        description: `The ${to.join(', ')} documents that point here (only those you may read).`,
        properties: {
          docs: arrayOf(relationValue(to, context)),
          hasNextPage: { type: 'boolean' },
          totalDocs: { type: 'integer' },
        },
      }
    }
    case 'array': {
      const row = await objectSchema(field.flattenedFields, context)
      return arrayOf({
        ...row,
        properties: { id: { type: ['string', 'null'] }, ...(row.properties as object) },
      })
    }
    case 'blocks':
      return arrayOf({ oneOf: await Promise.all(field.blocks.map((b) => blockSchema(b, context))) })
    case 'group':
    case 'tab':
      return objectSchema(field.flattenedFields, context)
    default:
      return null
  }
}

/** Every value that is not always there may be null (an optional field never set). */
const alwaysSet = (field: FlattenedField) =>
  ('required' in field && field.required === true) ||
  field.type === 'group' ||
  field.type === 'tab' ||
  field.type === 'join'

export async function objectSchema(
  fields: FlattenedField[],
  context: SchemaContext,
): Promise<JsonSchema> {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const field of fields) {
    if (!('name' in field) || !(await readable(field, context))) continue
    const value = await valueSchema(field, context)
    if (!value) continue
    const always = alwaysSet(field)
    properties[field.name] = describe(field, always ? value : orNull(value))
    if ('required' in field && field.required === true) required.push(field.name)
  }
  return { type: 'object', ...(required.length ? { required } : {}), properties }
}
