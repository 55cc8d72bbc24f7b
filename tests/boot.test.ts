import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { skipReason } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

const skip = skipReason()
if (skip) console.warn(skip)

describe.skipIf(skip)('boot', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await startPayload()
  })
  afterAll(async () => ctx?.close())

  it('migrates an empty database and answers queries', async () => {
    const topics = await ctx.payload.find({ collection: 'topics' })
    expect(topics.totalDocs).toBe(0)
  })
})
