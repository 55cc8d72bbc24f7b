import type { User } from '@/payload-types'

export type Role = User['role']

type MaybeUser = Pick<User, 'role'> | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && roles.includes(user.role))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Editors and admins: may publish, schedule and manage weeks, topics and the site. */
export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, 'editor', 'admin')

export const isAnalystUser = (user: MaybeUser): boolean => hasRole(user, 'analyst')

/** The id of the analyst profile that belongs to a user, if any. */
export function analystIdOf(
  user: Pick<User, 'analyst'> | null | undefined,
): number | string | null {
  const profile = user?.analyst
  if (profile === null || profile === undefined) return null
  return typeof profile === 'object' ? profile.id : profile
}
