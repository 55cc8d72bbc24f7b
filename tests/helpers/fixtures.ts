import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export type Actor = { user: User; token: string }

export type World = {
  admin: Actor
  editor: Actor
  analystA: Actor
  analystB: Actor
  analystAProfile: number | string
  analystBProfile: number | string
  topic: number | string
  week: number | string
  draftWeek: number | string
}

const password = 'correct-horse-battery'

async function login(payload: Payload, email: string): Promise<Actor> {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  return { user: result.user as User, token: result.token as string }
}

/** Four users (one per role, two analysts with profiles), a topic and two weeks. */
export async function createWorld(payload: Payload): Promise<World> {
  const root = { overrideAccess: true } as const
  const profileA = await payload.create({
    collection: 'analysts',
    data: { name: 'Ana Analyst' },
    ...root,
  })
  const profileB = await payload.create({
    collection: 'analysts',
    data: { name: 'Boris Analyst' },
    ...root,
  })
  const users = [
    { email: 'admin@test.local', role: 'admin' as const },
    { email: 'editor@test.local', role: 'editor' as const },
    { email: 'a@test.local', role: 'analyst' as const, analyst: profileA.id },
    { email: 'b@test.local', role: 'analyst' as const, analyst: profileB.id },
  ]
  for (const u of users) {
    await payload.create({ collection: 'users', data: { ...u, password }, ...root })
  }
  const topic = await payload.create({
    collection: 'topics',
    data: { name: 'Security', order: 1 },
    ...root,
  })
  const week = await payload.create({
    collection: 'weeks',
    data: { startDate: '2026-11-16', _status: 'published' },
    ...root,
  })
  const draftWeek = await payload.create({
    collection: 'weeks',
    data: { startDate: '2026-11-23' },
    draft: true,
    ...root,
  })
  return {
    admin: await login(payload, 'admin@test.local'),
    editor: await login(payload, 'editor@test.local'),
    analystA: await login(payload, 'a@test.local'),
    analystB: await login(payload, 'b@test.local'),
    analystAProfile: profileA.id,
    analystBProfile: profileB.id,
    topic: topic.id,
    week: week.id,
    draftWeek: draftWeek.id,
  }
}

/** Minimal valid article data in one language. */
export const articleData = (world: World, title: string) => ({
  title,
  lead: `${title}: the lead.`,
  topic: world.topic as number,
  week: world.week as number,
  verdict: 'unchanged' as const,
})

/** How many times an article was published: one published version per publication. */
export async function countPublications(payload: Payload, id: number | string): Promise<number> {
  const { totalDocs } = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  return totalDocs
}
