import { type AppLocale, locales } from '@/i18n/routing'

/** The digest language choice, shared by the subscription and preferences forms. */
export function DigestLanguageField({
  id,
  label,
  names,
  defaultValue,
}: {
  id: string
  label: string
  /** Each language's name, as the page's language writes it. */
  names: Record<AppLocale, string>
  defaultValue: AppLocale
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name="language" defaultValue={defaultValue}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </div>
  )
}
