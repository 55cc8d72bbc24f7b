import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * /api/docs: the OpenAPI document read with Swagger UI, served entirely from this server.
 * Readers of the monitor may be at risk for reading it: the page makes no request to any
 * other site (no CDN, fonts, validator badge or telemetry), and its Content-Security-Policy
 * would stop one if a future version tried.
 */

/** The renderer's files served at /api/docs/{name}, read from the installed package. */
const vendorFiles: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
}

export const docsCsp = [
  "default-src 'none'",
  "script-src 'self'",
  // Swagger UI sets style attributes; nothing else is inline.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const headers = (type: string) => ({
  'content-type': type,
  'cache-control': 'public, max-age=3600',
  'content-security-policy': docsCsp,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
})

/** Started once the renderer has loaded: the document, read-only, no "load another URL" bar. */
const startScript = `window.addEventListener('DOMContentLoaded', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    layout: 'BaseLayout',
    // Deep links put a link inside each operation's toggle button (nested controls: axe).
    deepLinking: false,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    // The public read API has only GETs; anything else is no call to try from here.
    supportedSubmitMethods: ['get'],
    // The default asks validator.swagger.io for a badge: a request to another site.
    validatorUrl: null,
    queryConfigEnabled: false,
    // The colour themes give some JSON tokens too little contrast (WCAG 1.4.3): plain text.
    syntaxHighlight: false,
  })
  // Swagger UI leaves a few controls without a name for screen readers and its scrolling
  // code blocks out of keyboard reach (axe, WCAG 4.1.2 and 2.1.1): fill them in as it renders.
  new MutationObserver(function () {
    var root = document.getElementById('swagger-ui')
    var servers = document.getElementById('servers')
    if (servers && !servers.hasAttribute('aria-label')) servers.setAttribute('aria-label', 'Server')
    root.querySelectorAll('tr[data-param-name] select:not([aria-label]), tr[data-param-name] input:not([aria-label])').forEach(function (control) {
      control.setAttribute('aria-label', control.closest('tr').getAttribute('data-param-name'))
    })
    root.querySelectorAll('pre.microlight:not([tabindex]), pre.curl:not([tabindex]), .curl:not([tabindex])').forEach(function (block) {
      block.setAttribute('tabindex', '0')
    })
}).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true })
})
`

/** Our adjustments: contrast (WCAG AA) and phone widths. */
const styles = `
:root { color-scheme: light; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
.swagger-ui .wrapper { padding: 0 clamp(.5rem, 3vw, 1.25rem); }
.swagger-ui .info { margin: 1.5rem 0; }
.swagger-ui .info .title small { background: #4d5a66; }
.swagger-ui .info .title small.version-stamp { background: #2f6b1a; }
.swagger-ui .info a, .swagger-ui .info .link, .swagger-ui a.nostyle { color: #0b57a4; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b57a4; }
.swagger-ui .opblock.opblock-get .opblock-summary { border-color: #0b57a4; }
.swagger-ui .opblock .opblock-summary-path, .swagger-ui .opblock .opblock-summary-description { color: #1f2328; }
.swagger-ui .opblock-tag small { color: #3b4151; }
.swagger-ui .parameter__in, .swagger-ui .parameter__type, .swagger-ui .prop-format { color: #4d5a66; }
.swagger-ui .parameter__name.required span, .swagger-ui .parameter__name.required::after { color: #b3261e; }
.swagger-ui .response-col_status, .swagger-ui .response-col_links { color: #1f2328; }
.swagger-ui .btn.try-out__btn, .swagger-ui .btn.cancel { color: #1f2328; }
.swagger-ui .download-contents { background: #4d5a66; color: #fff; }
.swagger-ui .btn.execute { background: #0b57a4; border-color: #0b57a4; color: #fff; transition: none; }
.swagger-ui .model-title, .swagger-ui .model { color: #1f2328; }
.swagger-ui .model .property.primitive, .swagger-ui .model span.prop-type { color: #3d5a80; }
.swagger-ui table tbody tr td { min-width: 0; }
@media (max-width: 600px) {
  .swagger-ui .info .title { font-size: 1.75rem; }
  .swagger-ui .opblock .opblock-summary-method { min-width: 3.5rem; }
  .swagger-ui .opblock .opblock-summary { flex-wrap: wrap; }
  .swagger-ui .opblock .opblock-summary-path { max-width: 100%; word-break: break-all; }
  .swagger-ui .opblock .opblock-summary-description { flex-basis: 100%; margin-top: .25rem; }
  .swagger-ui .parameters-col_description input, .swagger-ui .parameters-col_description select { max-width: 100%; }
  .swagger-ui table.parameters td.col, .swagger-ui table.parameters th.col_header { display: block; width: auto; }
}
`

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Content API · Weekly Monitor</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="stylesheet" href="/api/docs/docs.css">
</head>
<body>
<main id="swagger-ui"><noscript><p style="padding:1rem">This reference needs JavaScript; the description itself is <a href="/api/openapi.json">/api/openapi.json</a>.</p></noscript></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/docs.js"></script>
</body>
</html>
`

export function docsPage(): Response {
  return new Response(page, { headers: headers('text/html; charset=utf-8') })
}

export async function docsAsset(name: string): Promise<Response> {
  if (name === 'docs.js')
    return new Response(startScript, { headers: headers(vendorFiles['swagger-ui-bundle.js']!) })
  if (name === 'docs.css')
    return new Response(styles, { headers: headers(vendorFiles['swagger-ui.css']!) })
  const type = Object.hasOwn(vendorFiles, name) ? vendorFiles[name] : undefined
  if (!type) return new Response('Not found', { status: 404, headers: headers('text/plain') })
  // Only the two names above: the path never comes from the request.
  const file = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    'node_modules',
    'swagger-ui-dist',
    name,
  )
  return new Response(new Uint8Array(await fs.readFile(file)), { headers: headers(type) })
}
