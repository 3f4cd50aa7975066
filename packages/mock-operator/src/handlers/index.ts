/**
 * Every group of the contract implemented, as one layer ready to serve: the contract's routes,
 * each handler encoding its answer with the core's schemas, over the given operator state.
 */
import { Api } from "@kabinet/core"
import * as HttpServer from "effect/http/HttpServer"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as Layer from "effect/Layer"
import type { OperatorState } from "../db/OperatorState.js"
import { AuthorizationLive } from "./Authorization.js"
import { AuthHandlers } from "./auth.js"
import { CompaniesHandlers } from "./companies.js"
import { DocumentsHandlers } from "./documents.js"
import { HistoryHandlers } from "./history.js"
import { NumberActionsHandlers } from "./numberActions.js"
import { NumbersHandlers } from "./numbers.js"
import { OperatorDb } from "./OperatorDb.js"
import { OperationsHandlers } from "./operations.js"
import { ProfileHandlers } from "./profile.js"
import { RecordsHandlers } from "./records.js"

export { AuthorizationLive } from "./Authorization.js"
export { AuthHandlers } from "./auth.js"
export { CompaniesHandlers } from "./companies.js"
export { DocumentsHandlers } from "./documents.js"
export { HistoryHandlers } from "./history.js"
export { NumberActionsHandlers } from "./numberActions.js"
export { NumbersHandlers } from "./numbers.js"
export { OperatorDb } from "./OperatorDb.js"
export { OperationsHandlers } from "./operations.js"
export { ProfileHandlers } from "./profile.js"
export { RecordsHandlers } from "./records.js"

/** Every group's handlers; they need the operator's state (`OperatorDb`). */
export const groups = Layer.mergeAll(
  AuthHandlers,
  ProfileHandlers,
  CompaniesHandlers,
  NumbersHandlers,
  NumberActionsHandlers,
  OperationsHandlers,
  RecordsHandlers,
  DocumentsHandlers,
  HistoryHandlers,
)

/**
 * The contract's routes over an operator state, with authentication and the contract's answer to
 * malformed requests, ready for `HttpRouter.toWebHandler` or `HttpRouter.serve`.
 *
 * @example
 * ```ts
 * const { handler } = HttpRouter.toWebHandler(routes(new OperatorState({})), { disableLogger: true })
 * ```
 */
export const routes = (state: OperatorState) =>
  HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(
    Layer.provide(groups),
    Layer.provide([AuthorizationLive, Api.Validation.layer]),
    Layer.provide(OperatorDb.layer(state)),
    Layer.provide(HttpServer.layerServices),
  )
