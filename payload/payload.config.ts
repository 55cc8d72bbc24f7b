import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Analysts } from '../collections/Analysts'
import { Articles } from '../collections/Articles'
import { DigestDeliveries } from '../collections/DigestDeliveries'
import { JobClaims } from '../collections/JobClaims'
import { Media } from '../collections/Media'
import { Subscribers } from '../collections/Subscribers'
import { Topics } from '../collections/Topics'
import { Users } from '../collections/Users'
import { Weeks } from '../collections/Weeks'
import { WordPressSources } from '../collections/WordPressSources'
import { Site } from '../globals/Site'
import { isEditorUser } from './access/roles'
import { databaseAdapter } from './db'
import { openApiEndpoint } from './api/openapi/endpoint'
import { searchEndpoint } from './api/search'
import { be } from './i18n/be'
import { withResolvedGlobalLabels, withResolvedLabels } from './i18n/labels'
import { mailAdapter } from './email/adapter'
import { payloadSecret, serverUrl, uploadMaxMegabytes } from './env'
import { revalidateEndpoint } from './hooks/revalidate'
import { recoverStaleJobs } from './jobs/recoverStaleJobs'
import { runScheduledTasksOnce } from './jobs/runOnce'
import { sendWeekDigestTask } from './jobs/sendWeekDigest'
import { backupTask, queueNextBackup } from './backup/task'
import {
  oneClickUnsubscribeEndpoint,
  preferencesEndpoint,
  subscribeEndpoint,
  unsubscribeLinkEndpoint,
} from './newsletter/endpoints'
import { previewEndpoint, previewUrl } from './preview'
import { editorialTimezone, offeredTimezones, timezoneLabel } from './timezone'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverUrl(),
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  upload: {
    // The guard answers a larger upload with a 413 that says this limit (UPLOAD_MAX_MB).
    limits: { fileSize: uploadMaxMegabytes() * 1024 * 1024 },
  },
  admin: {
    user: Users.slug,
    // Gravatar would be a request to another site for every admin page.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, '..') },
    meta: { titleSuffix: ' · Weekly Monitor' },
    components: {
      // The newsroom's desk above Payload's collection cards: what needs doing this week.
      beforeDashboard: [
        '@/components/admin/Desk#Desk',
        // Admins: the last backup's time and size (its own panel, beside the desk).
        '@/components/admin/BackupPanel#BackupPanel',
      ],
      // Names for Payload's unnamed controls (icon buttons, inputs without a tied label).
      providers: ['@/components/admin/AccessibleNames.client#AccessibleNames'],
    },
    // The schedule drawer picks times in these zones; the editorial one is preselected.
    timezones: {
      supportedTimezones: offeredTimezones().map((zone) => ({
        label: timezoneLabel(zone),
        value: zone,
      })),
      defaultTimezone: editorialTimezone(),
    },
    livePreview: {
      collections: ['articles', 'weeks'],
      url: ({ data, collectionConfig, locale }) =>
        previewUrl(collectionConfig?.slug ?? '', data, locale.code) ?? '',
      breakpoints: [
        { name: 'phone', label: 'Phone', width: 390, height: 844 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
      ],
    },
  },
  collections: [
    Articles,
    Weeks,
    Topics,
    Analysts,
    Media,
    Subscribers,
    DigestDeliveries,
    Users,
    JobClaims,
    WordPressSources,
  ].map(withResolvedLabels),
  globals: [Site].map(withResolvedGlobalLabels),
  endpoints: [
    revalidateEndpoint,
    previewEndpoint,
    subscribeEndpoint,
    oneClickUnsubscribeEndpoint,
    unsubscribeLinkEndpoint,
    preferencesEndpoint,
    // The public content API for programs: README "The content API for programs".
    searchEndpoint,
    openApiEndpoint,
  ],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'be', label: 'Беларуская' },
      { code: 'ru', label: 'Русский' },
    ],
    defaultLocale: 'en',
    // REST and GraphQL clients get the default language's value for an untranslated field
    // (Payload also needs this to default the locale of requests that name none). The site
    // reads with fallbackLocale: false, so a missing translation stays missing there.
    fallback: true,
    // The publish button publishes the language being edited; "all" is in its menu.
    defaultLocalePublishOption: 'active',
  },
  i18n: {
    fallbackLanguage: 'en',
    // Payload ships no Belarusian: payload/i18n/be.ts is ours. Its code is not in Payload's
    // list of accepted languages (so the type needs a cast), but the admin's language
    // switch accepts any configured key.
    supportedLanguages: { en, ru, be } as unknown as { en: typeof en; ru: typeof ru },
  },
  email: mailAdapter({
    from: process.env.MAIL_FROM || 'monitor@localhost',
    fromName: process.env.MAIL_FROM_NAME || 'Weekly Monitor',
  }),
  jobs: {
    // Scheduled publish and unpublish (and later the digests) wait in the database. The web
    // server works the queue itself every 10 s unless JOBS_AUTORUN=false hands it to
    // `npm run worker`; instrumentation.ts starts the cron.
    autoRun:
      process.env.JOBS_AUTORUN === 'false'
        ? []
        : [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: async (payload) => {
      await recoverStaleJobs(payload)
      await queueNextBackup(payload)
      return true
    },
    tasks: [sendWeekDigestTask, backupTask],
    access: {
      queue: ({ req }) => isEditorUser(req.user),
      run: ({ req }) => isEditorUser(req.user),
      cancel: ({ req }) => isEditorUser(req.user),
    },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isEditorUser(user as never) },
    }),
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Payload's score (1 a field, +10 a relationship): an article with every relationship
    // costs ~105, a home page ~95; the default 1000 let 200 aliased lists through (#16).
    // Size, aliases, depth and documents are bounded before Payload: payload/api/graphqlBounds.ts.
    maxComplexity: 500,
  },
  // `npm run worker`: Payload's jobs:run plus recovery of jobs a dead runner left behind.
  bin: [{ key: 'jobs:work', scriptPath: path.resolve(dirname, 'jobs/worker.ts') }],
  typescript: {
    outputFile: path.resolve(dirname, '../payload-types.ts'),
    // Payload otherwise starts `payload generate:types` in a second process on every start
    // outside production: each test file, script and benchmark generator paid a second of
    // two cores for it, and the benchmark's first growth step was timed while it ran.
    // `next dev` keeps it; `npm run generate` writes the types on purpose.
    autoGenerate: process.env.NODE_ENV === 'development',
  },
}).then(runScheduledTasksOnce)
