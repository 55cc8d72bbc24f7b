import { docsAsset } from '../docs'

/** GET /api/docs/{file}: the reference page's script and styles, from this server only. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return docsAsset((await params).file)
}
