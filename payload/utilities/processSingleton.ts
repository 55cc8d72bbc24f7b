/**
 * One instance per Node process. Next compiles instrumentation.ts, each route handler and
 * the pages into separate bundles, so a module-level variable can exist several times in one
 * server; state that must be shared (limit counters, the API's work gate, Redis connections)
 * lives on globalThis under a key of ours.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`weekly-monitor:${name}`)
  const store = globalThis as unknown as Record<symbol, T | undefined>
  const existing = store[key]
  if (existing !== undefined) return existing
  const created = create()
  store[key] = created
  return created
}
