/**
 * Requests that break the contract are answered the same way everywhere: `400` with an
 * `Errors.InvalidRequest` listing each problem — a property the schema does not have
 * included —, rather than the HTTP framework's bare default. The {@link Validation} middleware sits on every endpoint of the contract; an operator
 * provides {@link layer} so its handlers never see a malformed request. The layer lives in its own
 * module, so a client (which declares the middleware but never runs it) does not carry it.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(Api.Validation.layer))
 * ```
 */
/**
 * The request-validation middleware: declares on every endpoint the answers to a request that
 * does not satisfy the contract — 400 `Errors.InvalidRequest`, 413
 * `Errors.PayloadTooLarge`, 415 `Errors.UnsupportedMediaType`. Clients need no
 * implementation of it.
 *
 * @example
 * ```ts
 * HttpApi.make("operator").add(…).middleware(Validation.Validation)
 * ```
 */

/**
 * The operator's side of {@link Validation}: turns a request that fails its schemas into a 400
 * `Errors.InvalidRequest` whose issues name the offending part, e.g.
 * `{ "path": "headers.idempotency-key", "message": "Missing key" }`.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(OperatorApi).pipe(Layer.provide([handlers, Validation.layer]))
 * ```
 */
export { layer } from "./internal/validationLayer.js"
export { Validation } from "./internal/validationMiddleware.js"
