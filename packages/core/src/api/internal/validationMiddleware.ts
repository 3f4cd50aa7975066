/**
 * The request-validation middleware's declaration, published as `Validation.Validation`; in its own
 * module so the operator's implementation (`validationLayer.ts`) can import it without a cycle.
 *
 * @internal
 */
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as Errors from "../Errors.js"

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
