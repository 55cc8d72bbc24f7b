import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Where } from 'payload'
import { ValidationError } from 'payload'
import { slugify } from 'transliteration'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG_LENGTH = 96

/** ASCII slug of any text; Cyrillic (Belarusian and Russian) is transliterated. */
export function toSlug(text: string): string {
  return slugify(text, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-$/, '')
}

function firstText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value
  // With locale=all the source field arrives as { en, be, ru }: prefer English, then any.
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    for (const key of ['en', ...Object.keys(byLocale)]) {
      const text = byLocale[key]
      if (typeof text === 'string' && text.trim()) return text
    }
  }
  return undefined
}

/**
 * Fills an empty slug from `source` (the title, name, …), keeping it unique by adding
 * -2, -3, … A slug the user typed is checked instead, with a message saying what to change.
 */
const generateSlug =
  (source: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection, operation }) => {
    if (typeof value === 'string' && value.trim() !== '') {
      const slug = value.trim()
      // Drafts skip field validation, so a typed slug is checked here for them too.
      const problem = collection && (await slugProblem(req, collection.slug, slug, originalDoc?.id))
      if (problem) {
        throw new ValidationError({
          collection: collection.slug,
          errors: [{ message: problem, path: 'slug' }],
        })
      }
      return slug
    }
    if (operation === 'update' && originalDoc?.slug) return originalDoc.slug
    const text = firstText(data?.[source]) ?? firstText(originalDoc?.[source])
    if (!text || !collection) return value
    const base = toSlug(text) || `${collection.slug}-${Date.now().toString(36)}`
    let candidate = base
    for (let n = 2; await slugTaken(req, collection.slug, candidate, originalDoc?.id); n++) {
      candidate = `${base}-${n}`
    }
    return candidate
  }

async function slugTaken(
  req: PayloadRequest,
  collection: string,
  slug: string,
  exceptId?: number | string,
): Promise<boolean> {
  const where: Where = { slug: { equals: slug } }
  if (exceptId !== undefined) where.id = { not_equals: exceptId }
  const found = await req.payload.count({
    collection: collection as CollectionSlug,
    where,
    req,
    overrideAccess: true,
  })
  return found.totalDocs > 0
}

async function slugProblem(
  req: PayloadRequest,
  collection: string,
  slug: string,
  exceptId?: number | string,
): Promise<string | null> {
  if (!SLUG_PATTERN.test(slug)) {
    return 'A slug may contain only lowercase Latin letters, digits and single hyphens (like "security-outlook-2026").'
  }
  if (slug.length > MAX_SLUG_LENGTH)
    return `A slug may be at most ${MAX_SLUG_LENGTH} characters long.`
  if (await slugTaken(req, collection, slug, exceptId)) {
    return `The slug "${slug}" is already used by another document: choose a different one.`
  }
  return null
}

export function slugField(source: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'The address of the page. Leave empty to make it from the title.',
      ...overrides.admin,
    },
    hooks: { beforeValidate: [generateSlug(source)] },
    validate: async (value: string | null | undefined, { req, id, collectionSlug }) => {
      if (!value) return 'A slug is required: give a title or type a slug.'
      return (collectionSlug && (await slugProblem(req, collectionSlug, value, id))) || true
    },
    ...overrides,
  } as TextField
}
