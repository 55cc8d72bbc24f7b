import { docsPage } from './docs'

/** GET /api/docs: the API reference page (more specific than Payload's /api/[...slug]). */
export const GET = () => docsPage()
