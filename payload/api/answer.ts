import { headersWithCors, type PayloadRequest } from 'payload'

/** A JSON answer from one of our endpoints, with Payload's CORS headers as its own get. */
export const answerJson = (req: PayloadRequest, body: unknown, status = 200) =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })

/** A refusal in the shape Payload answers its own errors: `{ errors: [{ message }] }`. */
export const answerError = (req: PayloadRequest, status: number, message: string) =>
  answerJson(req, { errors: [{ message }] }, status)
