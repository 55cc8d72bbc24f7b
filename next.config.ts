import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const production = process.env.NODE_ENV === 'production'

/** The reader's site runs no third-party code; inline scripts are Next's own hydration data. */
const siteCsp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ...(production
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The week's PDF (react-pdf) renders with its own React reconciler: load it from
  // node_modules as it is, outside the server bundle's react-server build of React.
  // prom-client: one copy with server/server.mjs (the metrics registry is shared).
  serverExternalPackages: ['@react-pdf/renderer', 'prom-client'],
  // Off where the front cache compresses (server/server.mjs, README: ORIGIN_COMPRESSION).
  compress: process.env.ORIGIN_COMPRESSION !== 'false',
  // A second build (the browser tests) can live beside the demo's.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  // The archive's pages were ?page=N before they became paths: old links keep working.
  async redirects() {
    return [
      {
        source: '/:locale(en|be|ru)/weeks',
        has: [{ type: 'query', key: 'page', value: '(?<n>\\d{1,6})' }],
        destination: '/:locale/weeks/page/:n',
        permanent: true,
      },
    ]
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/:locale(en|be|ru)/:path*',
        headers: [{ key: 'Content-Security-Policy', value: siteCsp }],
      },
      {
        source: '/:locale(en|be|ru)',
        headers: [{ key: 'Content-Security-Policy', value: siteCsp }],
      },
    ]
  },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/**
 * Payload asks every page for the colour-scheme client hint with Critical-CH, which makes the
 * browser send each first request twice. Only the admin uses the hint; keep it there.
 */
const payloadHeaders = config.headers
config.headers = async () =>
  (payloadHeaders ? await payloadHeaders() : []).map((rule) =>
    rule.headers.some((h) => h.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  )

export default config
