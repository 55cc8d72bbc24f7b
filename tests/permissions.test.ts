/**
 * Every cell of DESIGN.md's "Who may do what" table, through the Local API as a user,
 * through REST and through GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import {
  type Channel,
  graphqlChannel,
  type Id,
  localChannel,
  restChannel,
} from './helpers/channels'
import { skipReason } from './helpers/database'
import { type Actor, articleData, createWorld, type World } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

describe.skipIf(skip)('permission matrix', () => {
  let ctx: TestContext
  let world: World
  const channels: Record<string, Channel> = {}
  // One published article by analyst A, a draft by A and a draft by B.
  let published: Id
  let draftOfA: Id
  let draftOfB: Id

  beforeAll(async () => {
    ctx = await startPayload()
    world = await createWorld(ctx.payload)
    const api = await apiClient(ctx.config)
    channels.local = localChannel(ctx.payload)
    channels.rest = restChannel(api)
    channels.graphql = graphqlChannel(api)
    const p = ctx.payload
    published = (
      await p.create({
        collection: 'articles',
        data: {
          ...articleData(world, 'Published analysis'),
          authors: [world.analystAProfile as number],
          _status: 'published',
        },
        overrideAccess: true,
      })
    ).id
    draftOfA = (
      await p.create({
        collection: 'articles',
        data: articleData(world, 'Draft of A'),
        draft: true,
        user: world.analystA.user,
        overrideAccess: false,
      })
    ).id
    draftOfB = (
      await p.create({
        collection: 'articles',
        data: articleData(world, 'Draft of B'),
        draft: true,
        user: world.analystB.user,
        overrideAccess: false,
      })
    ).id
  })
  afterAll(async () => ctx?.close())

  const who = (name: 'anonymous' | 'analystA' | 'analystB' | 'editor' | 'admin'): Actor | null =>
    name === 'anonymous' ? null : world[name]

  describe.each(['local', 'rest', 'graphql'])('through %s', (channelName) => {
    const ch = () => channels[channelName]

    describe('read published content: everybody', () => {
      it.each(['anonymous', 'analystA', 'editor', 'admin'] as const)(
        '%s reads published articles, weeks, topics, analysts and the site',
        async (name) => {
          const articles = await ch().find(who(name), 'articles')
          expect(articles.ids).toContain(published)
          expect((await ch().find(who(name), 'weeks')).ids).toContain(world.week)
          expect((await ch().find(who(name), 'topics')).ids).toContain(world.topic)
          expect((await ch().find(who(name), 'analysts')).ids).toContain(world.analystAProfile)
          expect((await ch().readSite(who(name))).ok).toBe(true)
        },
      )
    })

    describe('read drafts and versions: analysts their own, editors and admins all', () => {
      it('anonymous readers never see drafts, even when asking for them', async () => {
        const r = await ch().find(null, 'articles', { draft: true })
        expect(r.ids).toContain(published)
        expect(r.ids).not.toContain(draftOfA)
        expect(r.ids).not.toContain(draftOfB)
        const versions = await ch().findVersions(null, 'articles')
        expect(versions.ids.filter((id) => id === draftOfA || id === draftOfB)).toEqual([])
      })
      it('an analyst sees their own drafts and versions, not another analyst’s', async () => {
        const r = await ch().find(world.analystA, 'articles', { draft: true })
        expect(r.ids).toEqual(expect.arrayContaining([published, draftOfA]))
        expect(r.ids).not.toContain(draftOfB)
        const versions = await ch().findVersions(world.analystA, 'articles')
        expect(versions.ids).toContain(draftOfA)
        expect(versions.ids).not.toContain(draftOfB)
      })
      it.each(['editor', 'admin'] as const)('%s sees every draft and version', async (name) => {
        const r = await ch().find(who(name), 'articles', { draft: true })
        expect(r.ids).toEqual(expect.arrayContaining([published, draftOfA, draftOfB]))
        const versions = await ch().findVersions(who(name), 'articles')
        expect(versions.ids).toEqual(expect.arrayContaining([draftOfA, draftOfB]))
      })
    })

    describe('write article drafts: analysts their own, editors and admins all', () => {
      it('anonymous clients cannot create or edit articles', async () => {
        expect(
          (await ch().create(null, 'articles', articleData(world, 'Anon'), { draft: true })).ok,
        ).toBe(false)
        expect(
          (await ch().update(null, 'articles', draftOfA, { title: 'Hacked' }, { draft: true })).ok,
        ).toBe(false)
      })
      it('an analyst creates a draft and becomes its author', async () => {
        const r = await ch().create(
          world.analystB,
          'articles',
          articleData(world, `By B via ${channelName}`),
          { draft: true },
        )
        expect(r.ok).toBe(true)
        const doc = await ctx.payload.findByID({
          collection: 'articles',
          id: r.id as Id,
          draft: true,
          depth: 0,
        })
        expect(doc.authors).toContain(world.analystBProfile)
        expect(doc._status).toBe('draft')
      })
      it('an analyst edits their own draft but not another analyst’s', async () => {
        expect(
          (
            await ch().update(
              world.analystA,
              'articles',
              draftOfA,
              { title: `A edits via ${channelName}` },
              { draft: true },
            )
          ).ok,
        ).toBe(true)
        const other = await ch().update(
          world.analystA,
          'articles',
          draftOfB,
          { title: 'A edits B' },
          { draft: true },
        )
        expect(other.ok).toBe(false)
        const b = await ctx.payload.findByID({ collection: 'articles', id: draftOfB, draft: true })
        expect(b.title).toBe('Draft of B')
      })
      it.each(['editor', 'admin'] as const)('%s edits anybody’s draft', async (name) => {
        expect(
          (
            await ch().update(
              who(name),
              'articles',
              draftOfB,
              { title: `Draft of B` },
              { draft: true },
            )
          ).ok,
        ).toBe(true)
      })
    })

    describe('publish and unpublish: editors and admins only', () => {
      it('an analyst cannot publish a new article: the API says why', async () => {
        const r = await ch().create(world.analystA, 'articles', {
          ...articleData(world, 'Sneaky'),
          _status: 'published',
        })
        expect(r.ok).toBe(false)
        expect(r.message).toMatch(/Analysts cannot publish/)
      })
      it('an analyst cannot publish their own draft', async () => {
        const r = await ch().update(world.analystA, 'articles', draftOfA, { _status: 'published' })
        expect(r.ok).toBe(false)
        expect(r.message).toMatch(/Analysts cannot publish/)
        const doc = await ctx.payload.findByID({ collection: 'articles', id: draftOfA, depth: 0 })
        expect(doc._status).toBe('draft')
      })
      it('an analyst’s edit of published work stays a draft: readers keep the published text', async () => {
        const r = await ch().update(world.analystA, 'articles', published, {
          title: `Rewritten via ${channelName}`,
        })
        expect(r.ok).toBe(true)
        const live = await ctx.payload.findByID({ collection: 'articles', id: published, depth: 0 })
        expect(live.title).toBe('Published analysis')
        expect(live._status).toBe('published')
        const latest = await ctx.payload.findByID({
          collection: 'articles',
          id: published,
          draft: true,
          depth: 0,
        })
        expect(latest.title).toBe(`Rewritten via ${channelName}`)
      })
      it('an analyst cannot unpublish or delete published work, but may delete an unpublished draft', async () => {
        const unpublish = await ch().update(world.analystA, 'articles', published, {
          _status: 'draft',
        })
        const live = await ctx.payload.findByID({ collection: 'articles', id: published, depth: 0 })
        expect(live._status).toBe('published')
        void unpublish
        expect((await ch().remove(world.analystA, 'articles', published)).ok).toBe(false)
        const own = await ctx.payload.create({
          collection: 'articles',
          data: articleData(world, `Throwaway ${channelName}`),
          draft: true,
          user: world.analystA.user,
          overrideAccess: false,
        })
        expect((await ch().remove(world.analystA, 'articles', own.id)).ok).toBe(true)
      })
      it.each(['editor', 'admin'] as const)('%s publishes and unpublishes', async (name) => {
        const doc = await ctx.payload.create({
          collection: 'articles',
          data: articleData(world, `To publish ${name} ${channelName}`),
          draft: true,
          overrideAccess: true,
        })
        expect(
          (await ch().update(who(name), 'articles', doc.id, { _status: 'published' })).ok,
        ).toBe(true)
        expect((await ch().find(null, 'articles')).ids).toContain(doc.id)
        expect((await ch().update(who(name), 'articles', doc.id, { _status: 'draft' })).ok).toBe(
          true,
        )
        expect((await ch().find(null, 'articles')).ids).not.toContain(doc.id)
      })
      it('anonymous clients cannot delete anything', async () => {
        expect((await ch().remove(null, 'articles', published)).ok).toBe(false)
        expect((await ch().remove(null, 'topics', world.topic)).ok).toBe(false)
      })
    })

    describe('weeks, topics and site settings', () => {
      it('anonymous readers see published weeks only; analysts see draft weeks too', async () => {
        expect((await ch().find(null, 'weeks', { draft: true })).ids).not.toContain(world.draftWeek)
        expect((await ch().find(world.analystA, 'weeks', { draft: true })).ids).toContain(
          world.draftWeek,
        )
      })
      it('analysts cannot write weeks, topics or the site settings', async () => {
        expect((await ch().create(world.analystA, 'weeks', { startDate: '2026-12-07' })).ok).toBe(
          false,
        )
        expect(
          (await ch().update(world.analystA, 'weeks', world.week, { _status: 'draft' })).ok,
        ).toBe(false)
        expect((await ch().create(world.analystA, 'topics', { name: 'Nope', order: 9 })).ok).toBe(
          false,
        )
        expect(
          (await ch().update(world.analystA, 'topics', world.topic, { name: 'Renamed' })).ok,
        ).toBe(false)
        expect((await ch().updateSite(world.analystA, { tagline: 'Hacked' })).ok).toBe(false)
        expect((await ch().updateSite(null, { tagline: 'Hacked' })).ok).toBe(false)
      })
      it('editors write and publish weeks, topics and the site settings', async () => {
        const day = { local: '2027-01-04', rest: '2027-01-11', graphql: '2027-01-18' }[channelName]
        const week = await ch().create(world.editor, 'weeks', {
          startDate: day,
          _status: 'published',
        })
        expect(week.ok).toBe(true)
        expect((await ch().find(null, 'weeks')).ids).toContain(week.id)
        const topic = await ch().create(world.editor, 'topics', {
          name: `Economy ${channelName}`,
          order: 2,
        })
        expect(topic.ok).toBe(true)
        expect(
          (await ch().updateSite(world.editor, { tagline: `Edited via ${channelName}` })).ok,
        ).toBe(true)
        // Deleting is the admin's.
        expect((await ch().remove(world.editor, 'topics', topic.id as Id)).ok).toBe(false)
        expect((await ch().remove(world.admin, 'topics', topic.id as Id)).ok).toBe(true)
      })
    })

    describe('analyst profiles', () => {
      it('an analyst edits their own profile, not a colleague’s', async () => {
        expect(
          (
            await ch().update(world.analystA, 'analysts', world.analystAProfile, {
              role: `Analyst ${channelName}`,
            })
          ).ok,
        ).toBe(true)
        expect(
          (await ch().update(world.analystA, 'analysts', world.analystBProfile, { role: 'Hacked' }))
            .ok,
        ).toBe(false)
        expect(
          (await ch().update(null, 'analysts', world.analystBProfile, { role: 'Hacked' })).ok,
        ).toBe(false)
      })
      it('an editor edits every profile', async () => {
        expect(
          (
            await ch().update(world.editor, 'analysts', world.analystBProfile, {
              role: 'Economist',
            })
          ).ok,
        ).toBe(true)
      })
    })

    describe('subscribers', () => {
      let subscriber: Id
      beforeAll(async () => {
        subscriber = (
          await ctx.payload.create({
            collection: 'subscribers',
            data: { email: `reader-${channelName}@example.org`, locale: 'be', status: 'confirmed' },
            overrideAccess: true,
          })
        ).id
      })
      it('the public cannot read or create subscribers through the API', async () => {
        expect((await ch().find(null, 'subscribers')).ok).toBe(false)
        expect(
          (
            await ch().create(null, 'subscribers', {
              email: `x-${channelName}@example.org`,
              locale: 'en',
            })
          ).ok,
        ).toBe(false)
      })
      it('analysts have no access', async () => {
        expect((await ch().find(world.analystA, 'subscribers')).ok).toBe(false)
      })
      it('editors read but do not change subscribers; admins do', async () => {
        expect((await ch().find(world.editor, 'subscribers')).ids).toContain(subscriber)
        expect(
          (await ch().update(world.editor, 'subscribers', subscriber, { status: 'unsubscribed' }))
            .ok,
        ).toBe(false)
        expect(
          (await ch().update(world.admin, 'subscribers', subscriber, { status: 'unsubscribed' }))
            .ok,
        ).toBe(true)
      })
    })

    describe('users', () => {
      it('anonymous clients cannot list users', async () => {
        const r = await ch().find(null, 'users')
        expect(r.ids).toEqual([])
      })
      it.each(['analystA', 'editor'] as const)(
        '%s sees only their own account and cannot create users',
        async (name) => {
          const actor = who(name) as Actor
          expect((await ch().find(actor, 'users')).ids).toEqual([actor.user.id])
          expect(
            (
              await ch().create(actor, 'users', {
                email: `new-${name}-${channelName}@test.local`,
                password: 'x-password-1',
                role: 'admin',
              })
            ).ok,
          ).toBe(false)
        },
      )
      it('an analyst cannot promote themselves', async () => {
        await ch().update(world.analystA, 'users', world.analystA.user.id, { role: 'admin' })
        const me = await ctx.payload.findByID({ collection: 'users', id: world.analystA.user.id })
        expect(me.role).toBe('analyst')
      })
      it('an admin manages users', async () => {
        const r = await ch().create(world.admin, 'users', {
          email: `made-${channelName}@test.local`,
          password: 'x-password-1',
          role: 'editor',
        })
        expect(r.ok).toBe(true)
        expect((await ch().find(world.admin, 'users')).ids.length).toBeGreaterThanOrEqual(5)
        expect((await ch().remove(world.admin, 'users', r.id as Id)).ok).toBe(true)
      })
    })
  })
})
