/**
 * Requests that break the contract are answered the same way everywhere: `400` with an
 * {@link Errors.InvalidRequest} listing each problem — a property the schema does not have
 * included —, rather than the HTTP framework's bare default. The {@link Validation} middleware sits on every endpoint of the contract; an operator
 * provides {@link layer} so its handlers never see a malformed request.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(Api.Validation.layer))
 * ```
 */
import { Effect, type Layer, SchemaIssue } from "effect"
import { HttpApiMiddleware } from "effect/http-api"
import * as Errors from "./Errors.js"

/**
 * The request-validation middleware: declares on every endpoint the answers to a request that
 * does not satisfy the contract — 400 {@link Errors.InvalidRequest}, 413
 * {@link Errors.PayloadTooLarge}, 415 {@link Errors.UnsupportedMediaType}. Clients need no
 * implementation of it.
 *
 * @example
 * ```ts
 * HttpApi.make("operator").add(…).middleware(Validation.Validation)
 * ```
 */
export class Validation extends HttpApiMiddleware.Service<Validation>()("@kabinet/core/api/Validation", {
  error: [Errors.InvalidRequest, Errors.PayloadTooLarge, Errors.UnsupportedMediaType],
}) {}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const slot = {
  Params: "params",
  Headers: "headers",
  Query: "query",
  Body: "payload",
  Payload: "payload",
  ResponseHeaders: "responseHeaders",
} as const

/**
 * The operator's side of {@link Validation}: turns a request that fails its schemas into a 400
 * {@link Errors.InvalidRequest} whose issues name the offending part, e.g.
 * `{ "path": "headers.idempotency-key", "message": "Missing key" }`.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(OperatorApi).pipe(Layer.provide([handlers, Validation.layer]))
 * ```
 */
export const layer: Layer.Layer<Validation> = HttpApiMiddleware.layerSchemaErrorTransform(Validation, (error) => {
  const prefix = slot[error.kind]
  const issues = formatter(error.cause.issue).issues.map((issue) => ({
    path: [
      prefix,
      ...(issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)),
    ].join("."),
    message: issue.message,
  }))
  return Effect.fail(
    new Errors.InvalidRequest({
      message: `The request's ${prefix} do not satisfy the contract`,
      issues,
    }),
  )
})
