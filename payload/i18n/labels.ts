import type { CollectionConfig, Field, GlobalConfig, LabelFunction } from 'payload'

type LocalizedLabel = Record<string, string>

const isLocalizedLabel = (value: unknown): value is LocalizedLabel =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !('$$typeof' in (value as object)) &&
  Object.values(value as object).every((entry) => typeof entry === 'string')

/** The label in the admin's language, else English, else any. */
export const pickLabel = (label: LocalizedLabel, language: string): string =>
  label[language] ?? label.en ?? Object.values(label)[0] ?? ''

/**
 * Payload resolves a label *function* to a string in the admin's language when it builds the
 * client config, but passes label *objects* through, and a few of its components put them
 * straight into a sentence: the relationship field's "add new" button was named
 * `Add new [object Object]`. Turning every `{ en, be, ru }` label into a function makes each
 * one a plain string before any component sees it.
 */
const toLabelFunction = (label: unknown): unknown =>
  isLocalizedLabel(label)
    ? ((({ i18n }) => pickLabel(label, i18n.language)) satisfies LabelFunction)
    : label

function resolveFieldLabels(fields: Field[]): Field[] {
  return fields.map((field) => {
    const next = { ...field } as Field & Record<string, unknown>
    if ('label' in next) next.label = toLabelFunction(next.label) as never
    if ('labels' in next && next.labels && typeof next.labels === 'object') {
      const labels = next.labels as { singular?: unknown; plural?: unknown }
      next.labels = {
        singular: toLabelFunction(labels.singular),
        plural: toLabelFunction(labels.plural),
      } as never
    }
    if ('fields' in next && Array.isArray(next.fields))
      next.fields = resolveFieldLabels(next.fields as Field[]) as never
    // Payload copies a tab's label to the client as it is (a function could not cross to the
    // browser), and renders it with getTranslation: tabs keep their objects.
    if (next.type === 'tabs')
      next.tabs = next.tabs.map((tab) => ({ ...tab, fields: resolveFieldLabels(tab.fields) }))
    return next as Field
  })
}

export function withResolvedLabels(collection: CollectionConfig): CollectionConfig {
  const labels = collection.labels
  return {
    ...collection,
    ...(labels
      ? {
          labels: {
            singular: toLabelFunction(labels.singular),
            plural: toLabelFunction(labels.plural),
          } as CollectionConfig['labels'],
        }
      : {}),
    fields: resolveFieldLabels(collection.fields),
  }
}

export function withResolvedGlobalLabels(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    label: toLabelFunction(global.label) as GlobalConfig['label'],
    fields: resolveFieldLabels(global.fields),
  }
}
