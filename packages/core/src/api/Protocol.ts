/**
 * What every endpoint of the contract shares beyond its own schemas: the size and media type of a
 * request body, the headers of every answer, and the answers to requests that reach no endpoint.
 * An operator's gateway applies these at its edge; the mock operator does.
 *
 * | what | rule |
 * |---|---|
 * | request body | `application/json`, at most {@link maxBodyBytes}; larger → 413 before it is read, another type → 415 |
 * | path values | longer than {@link maxPathValueLength} → 400 like any other malformed value |
 * | unknown path | 404 `NotFound` with `resource: "route"` |
 * | known path, other method | 405 `MethodNotAllowed` with an `Allow` header |
 * | every answer | `Cache-Control: no-store`, `X-Content-Type-Options: nosniff` |
 * | 423, 429, 503 | `Retry-After` (seconds) |
 * | a replayed mutation | `Idempotent-Replayed: true` |
 *
 * {@link document} writes these into the OpenAPI document, where the schemas alone cannot.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * if (Number(request.headers.get("content-length")) > Api.Protocol.maxBodyBytes) return tooLarge()
 * ```
 */

/** The largest request body the operator reads, in bytes (64 KiB: the largest request is ~1 KiB). */
export const maxBodyBytes = 65_536

/** The one media type of request and JSON response bodies. */
export const jsonMediaType = "application/json"

/**
 * The longest value of a path segment the operator reads. Every identifier of the contract is far
 * shorter; a longer one is a malformed value (400), not an unknown route.
 */
export const maxPathValueLength = 256

/** The names of the headers the contract gives a meaning to, as sent (matched without case). */
export const headerNames = {
  retryAfter: "Retry-After",
  idempotentReplayed: "Idempotent-Replayed",
  allow: "Allow",
  cacheControl: "Cache-Control",
  contentTypeOptions: "X-Content-Type-Options",
} as const

/**
 * The headers of every answer: nothing is cached (answers carry personal data and session-bound
 * state), and nothing is sniffed into another media type.
 *
 * @example
 * ```ts
 * for (const [name, value] of Object.entries(Api.Protocol.answerHeaders)) response.headers.set(name, value)
 * ```
 */
export const answerHeaders = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
} as const

/** The statuses that carry `Retry-After`. */
export const retryAfterStatuses: ReadonlyArray<string> = ["423", "429", "503"]

// biome-ignore lint/suspicious/noExplicitAny: the shape effect's OpenApi transform annotation takes and gives
type Json = Record<string, any>

const headerComponents: Json = {
  CacheControl: {
    description: "Always `no-store`: answers are personal and never cached.",
    required: true,
    schema: { type: "string", const: "no-store" },
  },
  ContentTypeOptions: {
    description: "Always `nosniff`.",
    required: true,
    schema: { type: "string", const: "nosniff" },
  },
  RetryAfter: {
    description:
      "Seconds to wait before trying again: always on 423 (until the login opens) and 429, on 503 when the operator knows.",
    schema: { type: "integer", minimum: 0 },
  },
  IdempotentReplayed: {
    description:
      "`true` when this answer is the remembered answer to an earlier request with the same `Idempotency-Key`, body and path: the operator did not act again.",
    schema: { type: "string", const: "true" },
  },
}

const ref = (name: string): Json => ({ $ref: `#/components/headers/${name}` })

const methods = ["get", "put", "post", "delete", "patch", "head", "options"] as const

/**
 * Completes the OpenAPI document with what this module says: the headers of every answer,
 * `Retry-After` on 423/429/503, `Idempotent-Replayed` on the successes of mutations, and the
 * shared header definitions. The contract's root annotates itself with it.
 *
 * @example
 * ```ts
 * HttpApi.make("operator").annotateMerge(OpenApi.annotations({ transform: Protocol.document }))
 * ```
 */
export const document = (spec: Json): Json => {
  const paths: Json = {}
  for (const [path, item] of Object.entries(spec.paths ?? {}) as Array<[string, Json]>) {
    const next: Json = { ...item }
    for (const method of methods) {
      const operation = item[method] as Json | undefined
      if (operation === undefined) continue
      const keyed = (operation.parameters ?? []).some(
        (parameter: Json) => parameter.in === "header" && parameter.name === "idempotency-key",
      )
      const responses: Json = {}
      for (const [status, response] of Object.entries(operation.responses ?? {}) as Array<[string, Json]>) {
        const headers: Json = {
          ...response.headers,
          "Cache-Control": ref("CacheControl"),
          "X-Content-Type-Options": ref("ContentTypeOptions"),
        }
        if (retryAfterStatuses.includes(status)) headers["Retry-After"] = ref("RetryAfter")
        if (keyed && status.startsWith("2")) headers["Idempotent-Replayed"] = ref("IdempotentReplayed")
        responses[status] = { ...response, headers }
      }
      next[method] = { ...operation, responses }
    }
    paths[path] = next
  }
  return {
    ...spec,
    paths,
    components: { ...spec.components, headers: { ...spec.components?.headers, ...headerComponents } },
    // OpenAPI describes operations; these answers belong to no operation, so they are listed here.
    "x-answers-outside-operations": {
      unknownPath: {
        status: 404,
        description: 'A path not in this document: `NotFound` with `resource: "route"`.',
        schema: { $ref: "#/components/schemas/NotFoundEncoded" },
      },
      methodNotAllowed: {
        status: 405,
        description: "A path of this document with a method it does not have; the `Allow` header lists those it has.",
        headers: { Allow: { schema: { type: "string" } } },
        schema: { $ref: "#/components/schemas/MethodNotAllowed" },
      },
    },
  }
}
