/**
 * The use cases the widgets run, one module per area. Each checks the core's rules before any
 * request, calls the operator through `OperatorClient`, and fails only with typed errors.
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * yield* Programs.Access.signIn({ phone, password })
 * yield* Programs.Numbers.listNumbers({ companyId, offset: 0, limit: 50 })
 * ```
 */
export * as Access from "./Access.js"
export * as Documents from "./Documents.js"
export * as NumberActions from "./NumberActions.js"
export * as Numbers from "./Numbers.js"
export * as Operations from "./Operations.js"
export * as Profile from "./Profile.js"
export * as Records from "./Records.js"
