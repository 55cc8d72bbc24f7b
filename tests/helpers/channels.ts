import type { CollectionSlug, Payload } from 'payload'

import type { ApiClient } from './api'
import type { Actor } from './fixtures'

export type Id = number | string
export type Outcome = {
  ok: boolean
  status: number
  message: string
  id?: Id
  doc?: Record<string, any>
}
export type FindResult = { ok: boolean; status: number; ids: Id[]; docs: Record<string, any>[] }

type Opts = { draft?: boolean; locale?: string; publishSpecificLocale?: string }

/** One way of reaching Payload: the Local API as a user, REST, or GraphQL. */
export interface Channel {
  name: 'local' | 'rest' | 'graphql'
  find(actor: Actor | null, collection: CollectionSlug, opts?: Opts): Promise<FindResult>
  findVersions(actor: Actor | null, collection: CollectionSlug): Promise<FindResult>
  create(
    actor: Actor | null,
    collection: CollectionSlug,
    data: Record<string, unknown>,
    opts?: Opts,
  ): Promise<Outcome>
  update(
    actor: Actor | null,
    collection: CollectionSlug,
    id: Id,
    data: Record<string, unknown>,
    opts?: Opts,
  ): Promise<Outcome>
  remove(actor: Actor | null, collection: CollectionSlug, id: Id): Promise<Outcome>
  readSite(actor: Actor | null): Promise<Outcome>
  updateSite(actor: Actor | null, data: Record<string, unknown>): Promise<Outcome>
}

const denied = (status: number, message: string): Outcome => ({ ok: false, status, message })

export function localChannel(payload: Payload): Channel {
  const as = (actor: Actor | null) => ({ user: actor?.user ?? null, overrideAccess: false })
  const attempt = async (fn: () => Promise<Record<string, any>>): Promise<Outcome> => {
    try {
      const doc = await fn()
      return { ok: true, status: 200, message: '', id: doc.id, doc }
    } catch (error) {
      const e = error as {
        status?: number
        message: string
        data?: { errors?: { message: string }[] }
      }
      const detail = e.data?.errors?.map((x) => x.message).join(' ') ?? ''
      return denied(e.status ?? 500, `${e.message} ${detail}`.trim())
    }
  }
  return {
    name: 'local',
    async find(actor, collection, opts = {}) {
      try {
        const r = await payload.find({
          collection,
          limit: 0,
          depth: 0,
          draft: opts.draft,
          locale: opts.locale as 'en',
          ...as(actor),
        })
        return { ok: true, status: 200, ids: r.docs.map((d) => d.id), docs: r.docs }
      } catch (error) {
        return {
          ok: false,
          status: (error as { status?: number }).status ?? 500,
          ids: [],
          docs: [],
        }
      }
    },
    async findVersions(actor, collection) {
      try {
        const r = await payload.findVersions({ collection, limit: 0, depth: 0, ...as(actor) })
        return { ok: true, status: 200, ids: r.docs.map((d) => d.parent as Id), docs: r.docs }
      } catch (error) {
        return {
          ok: false,
          status: (error as { status?: number }).status ?? 500,
          ids: [],
          docs: [],
        }
      }
    },
    create: (actor, collection, data, opts = {}) =>
      attempt(() =>
        payload.create({
          collection,
          data: data as never,
          draft: opts.draft,
          locale: opts.locale as 'en',
          ...as(actor),
        }),
      ),
    update: (actor, collection, id, data, opts = {}) =>
      attempt(() =>
        payload.update({
          collection,
          id,
          data: data as never,
          draft: opts.draft,
          locale: opts.locale as 'en',
          publishSpecificLocale: opts.publishSpecificLocale,
          ...as(actor),
        }),
      ),
    remove: (actor, collection, id) =>
      attempt(() => payload.delete({ collection, id, ...as(actor) })),
    readSite: (actor) => attempt(() => payload.findGlobal({ slug: 'site', ...as(actor) })),
    updateSite: (actor, data) =>
      attempt(() => payload.updateGlobal({ slug: 'site', data: data as never, ...as(actor) })),
  }
}

export function restChannel(api: ApiClient): Channel {
  const outcome = (r: { status: number; json: Record<string, any> }): Outcome => {
    const ok = r.status >= 200 && r.status < 300
    const doc = r.json.doc ?? r.json.result ?? r.json
    const message = [
      r.json.message,
      ...(r.json.errors ?? []).map((e: { message: string }) => e.message),
    ]
      .filter(Boolean)
      .join(' ')
    return {
      ok,
      status: r.status,
      message,
      id: ok ? doc?.id : undefined,
      doc: ok ? doc : undefined,
    }
  }
  const query = (opts: Opts) => {
    const q = new URLSearchParams({ depth: '0' })
    if (opts.draft) q.set('draft', 'true')
    if (opts.locale) q.set('locale', opts.locale)
    if (opts.publishSpecificLocale) q.set('publishSpecificLocale', opts.publishSpecificLocale)
    return q.toString()
  }
  return {
    name: 'rest',
    async find(actor, collection, opts = {}) {
      const r = await api.rest('GET', `/${collection}?limit=100&${query(opts)}`, {
        token: actor?.token,
      })
      const ok = r.status === 200
      return {
        ok,
        status: r.status,
        ids: ok ? r.json.docs.map((d: { id: Id }) => d.id) : [],
        docs: ok ? r.json.docs : [],
      }
    },
    async findVersions(actor, collection) {
      const r = await api.rest('GET', `/${collection}/versions?limit=100&depth=0`, {
        token: actor?.token,
      })
      const ok = r.status === 200
      return {
        ok,
        status: r.status,
        ids: ok ? r.json.docs.map((d: { parent: Id }) => d.parent) : [],
        docs: ok ? r.json.docs : [],
      }
    },
    create: async (actor, collection, data, opts = {}) =>
      outcome(
        await api.rest('POST', `/${collection}?${query(opts)}`, {
          token: actor?.token,
          body: data,
        }),
      ),
    update: async (actor, collection, id, data, opts = {}) =>
      outcome(
        await api.rest('PATCH', `/${collection}/${id}?${query(opts)}`, {
          token: actor?.token,
          body: data,
        }),
      ),
    remove: async (actor, collection, id) =>
      outcome(await api.rest('DELETE', `/${collection}/${id}`, { token: actor?.token })),
    readSite: async (actor) =>
      outcome(await api.rest('GET', '/globals/site', { token: actor?.token })),
    updateSite: async (actor, data) =>
      outcome(await api.rest('POST', '/globals/site', { token: actor?.token, body: data })),
  }
}

const NAMES: Partial<Record<CollectionSlug, [string, string]>> = {
  articles: ['Article', 'Articles'],
  weeks: ['Week', 'Weeks'],
  topics: ['Topic', 'Topics'],
  analysts: ['Analyst', 'Analysts'],
  subscribers: ['Subscriber', 'Subscribers'],
  users: ['User', 'Users'],
}

/** Enum values (statuses, verdicts, roles) are written bare in GraphQL literals. */
const ENUM_KEYS = new Set(['_status', 'verdict', 'role', 'status', 'locale'])

function literal(value: unknown, key = ''): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(', ')}]`
  if (typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, k)}`)
      .join(', ')} }`
  }
  if (typeof value === 'string' && ENUM_KEYS.has(key) && /^[a-z_]+$/.test(value)) return value
  return JSON.stringify(value)
}

const idLiteral = (id: Id) => (typeof id === 'number' ? String(id) : JSON.stringify(id))

export function graphqlChannel(api: ApiClient): Channel {
  const outcome = (r: Awaited<ReturnType<ApiClient['gql']>>, field: string): Outcome => {
    const doc = r.data?.[field]
    if (r.errors?.length || !doc) {
      return denied(
        r.status === 200 ? 403 : r.status,
        (r.errors ?? []).map((e) => e.message).join(' '),
      )
    }
    return { ok: true, status: 200, message: '', id: doc.id, doc }
  }
  const args = (opts: Opts) =>
    [opts.draft ? 'draft: true' : '', opts.locale ? `locale: ${opts.locale}` : '']
      .filter(Boolean)
      .join(', ')
  const names = (collection: CollectionSlug) => {
    const n = NAMES[collection]
    if (!n) throw new Error(`No GraphQL names for ${collection}`)
    return n
  }
  return {
    name: 'graphql',
    async find(actor, collection, opts = {}) {
      const [, plural] = names(collection)
      const extra = args(opts)
      const r = await api.gql(
        `{ ${plural}(limit: 100${extra ? `, ${extra}` : ''}) { docs { id } } }`,
        { token: actor?.token },
      )
      const docs = r.data?.[plural]?.docs
      if (!docs) return { ok: false, status: 403, ids: [], docs: [] }
      return { ok: true, status: 200, ids: docs.map((d: { id: Id }) => d.id), docs }
    },
    async findVersions(actor, collection) {
      const [, plural] = names(collection)
      const r = await api.gql(`{ versions${plural}(limit: 100) { docs { id parent { id } } } }`, {
        token: actor?.token,
      })
      const docs = r.data?.[`versions${plural}`]?.docs
      if (!docs) return { ok: false, status: 403, ids: [], docs: [] }
      return {
        ok: true,
        status: 200,
        ids: docs.map((d: { parent: { id: Id } | null }) => d.parent?.id),
        docs,
      }
    },
    async create(actor, collection, data, opts = {}) {
      const [singular] = names(collection)
      const extra = args(opts)
      const r = await api.gql(
        `mutation { create${singular}(data: ${literal(data)}${extra ? `, ${extra}` : ''}) { id } }`,
        {
          token: actor?.token,
        },
      )
      return outcome(r, `create${singular}`)
    },
    async update(actor, collection, id, data, opts = {}) {
      const [singular] = names(collection)
      const extra = args(opts)
      const r = await api.gql(
        `mutation { update${singular}(id: ${idLiteral(id)}, data: ${literal(data)}${extra ? `, ${extra}` : ''}) { id } }`,
        { token: actor?.token },
      )
      return outcome(r, `update${singular}`)
    },
    async remove(actor, collection, id) {
      const [singular] = names(collection)
      const r = await api.gql(`mutation { delete${singular}(id: ${idLiteral(id)}) { id } }`, {
        token: actor?.token,
      })
      return outcome(r, `delete${singular}`)
    },
    async readSite(actor) {
      const r = await api.gql('{ Site { siteName } }', { token: actor?.token })
      const doc = r.data?.Site
      return doc
        ? { ok: true, status: 200, message: '', doc }
        : denied(403, (r.errors ?? []).map((e) => e.message).join(' '))
    },
    async updateSite(actor, data) {
      const r = await api.gql(`mutation { updateSite(data: ${literal(data)}) { siteName } }`, {
        token: actor?.token,
      })
      const doc = r.data?.updateSite
      return doc
        ? { ok: true, status: 200, message: '', doc }
        : denied(403, (r.errors ?? []).map((e) => e.message).join(' '))
    },
  }
}
