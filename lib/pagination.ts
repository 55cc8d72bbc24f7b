/**
 * The page number of a paginated list (`?page=2`, `/page/2`): a whole number from 1,
 * written the way our links write it. Anything else (`0`, `-1`, `2.5`, `abc`, `01`) is not
 * a page of the list: `null`, and the page answers 404 rather than quietly showing page 1
 * under a wrong address.
 */
export function parsePageParam(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1
  const value = Array.isArray(raw) ? raw[0] : raw
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}
