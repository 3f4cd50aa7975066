/**
 * The operator's HTTP contract, one module per group. Imported from the package root as `Api`:
 * `Api.OperatorApi.OperatorApi`, `Api.Errors.RuleDenied`, `Api.Security.Authorization`, …
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "numbers", (handlers) => handlers.handle("list", …))
 * ```
 */
export * as Auth from "./Auth.js"
export * as Companies from "./Companies.js"
export * as Documents from "./Documents.js"
export * as Errors from "./Errors.js"
export * as History from "./History.js"
export * as NumberActions from "./NumberActions.js"
export * as Numbers from "./Numbers.js"
export * as OpenApiDocument from "./OpenApiDocument.js"
export * as Operations from "./Operations.js"
export * as OperatorApi from "./OperatorApi.js"
export * as Paging from "./Paging.js"
export * as Profile from "./Profile.js"
export * as Protocol from "./Protocol.js"
export * as Records from "./Records.js"
export * as Security from "./Security.js"
export * as Validation from "./Validation.js"
