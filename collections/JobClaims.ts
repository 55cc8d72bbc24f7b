import type { CollectionConfig } from 'payload'

import { nobody } from '@/payload/access/predicates'

/**
 * One row per job run that must happen once (scheduled publishing). The unique index is the
 * lock: when two queue runners pick up the same job, only one can insert its claim.
 */
export const JobClaims: CollectionConfig = {
  slug: 'job-claims',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'job', type: 'text', required: true, unique: true, index: true }],
}
