/**
 * The operator's implementation of the request-validation middleware, published as
 * `Validation.layer`.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import type * as Layer from "effect/Layer"
import * as SchemaIssue from "effect/SchemaIssue"
import * as Errors from "../Errors.js"
import { Validation } from "./validationMiddleware.js"

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const slot = {
  Params: "params",
  Headers: "headers",
  Query: "query",
  Body: "payload",
  Payload: "payload",
  ResponseHeaders: "responseHeaders",
} as const

/** The operator's side of `Validation` (see `Validation.layer`). */
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
