/**
 * The operator's answers to requests that reach no handler — too large, not JSON, no such path,
 * not with this method, a path value out of bounds — in the contract's own error shapes, encoded
 * with the core's schemas, so a client reads them like any other answer (`Api.Protocol`).
 */
import { Api } from "@kabinet/core"
import * as Schema from "effect/Schema"

/** A JSON response. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": Api.Protocol.jsonMediaType, ...headers },
  })

/** 404 for a path the contract does not have. */
export const noRoute = (path: string): Response =>
  json(404, Schema.encodeSync(Api.Errors.NotFound)(new Api.Errors.NotFound({ resource: "route", id: path })))

/** 405 for a path of the contract asked with a method it does not have. */
export const wrongMethod = (method: string, allowed: ReadonlyArray<string>): Response =>
  json(
    405,
    Schema.encodeSync(Api.Errors.MethodNotAllowed)(new Api.Errors.MethodNotAllowed({ method, allowed: [...allowed] })),
    { allow: allowed.join(", ") },
  )

/** 413 for a body over the contract's limit; the connection is not kept. */
export const tooLarge = (): Response =>
  json(
    413,
    Schema.encodeSync(Api.Errors.PayloadTooLarge)(
      new Api.Errors.PayloadTooLarge({ limitBytes: Api.Protocol.maxBodyBytes }),
    ),
    { connection: "close" },
  )

/** 415 for a body that is not JSON. */
export const notJson = (contentType: string): Response =>
  json(
    415,
    Schema.encodeSync(Api.Errors.UnsupportedMediaType)(
      new Api.Errors.UnsupportedMediaType({ contentType, supported: [Api.Protocol.jsonMediaType] }),
    ),
  )

/** 400 for a path value longer than any the contract has. */
export const pathValueTooLong = (name: string): Response =>
  json(
    400,
    Schema.encodeSync(Api.Errors.InvalidRequest)(
      new Api.Errors.InvalidRequest({
        message: "The request's params do not satisfy the contract",
        issues: [{ path: `params.${name}`, message: `longer than ${Api.Protocol.maxPathValueLength} characters` }],
      }),
    ),
  )

/** Whether a `Content-Type` is the contract's JSON (parameters such as `charset` aside). */
export const isJson = (contentType: string | null): boolean =>
  contentType !== null && contentType.split(";")[0]?.trim().toLowerCase() === Api.Protocol.jsonMediaType

/**
 * The body of a request, read no further than the contract's limit: `undefined` when it is larger
 * (the reading stops there, so a 100 MB body costs 64 KiB).
 */
export const readLimited = async (request: Request): Promise<string | undefined> => {
  if (request.body === null) return ""
  const reader = request.body.getReader()
  const chunks: Array<Uint8Array> = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > Api.Protocol.maxBodyBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(body)
}

/** Whether a `Content-Length` already says the body is over the limit. */
export const declaredTooLarge = (request: Request): boolean => {
  const length = Number(request.headers.get("content-length") ?? "0")
  return Number.isFinite(length) && length > Api.Protocol.maxBodyBytes
}
