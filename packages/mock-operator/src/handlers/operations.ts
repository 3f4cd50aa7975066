/**
 * The `operations` group: following a long operation by its id. An admin sees the operations of
 * the companies they manage only; another company's is the 404 of an unknown one.
 */
import { Api } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import { line, signedIn } from "./Access.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

/**
 * The handlers of the `operations` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(OperationsHandlers))
 * ```
 */
export const OperationsHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "operations", (handlers) =>
  handlers
    .handle("get", ({ params }) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        const operation = state.operations.get(params.operationId)
        const account = yield* signedIn
        if (operation === undefined || !account.companyIds.includes(operation.companyId))
          return yield* new Api.Errors.NotFound({ resource: "operation", id: params.operationId })
        return Contract.operation(operation)
      }),
    )
    .handle("pendingForNumber", ({ params }) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        const of = yield* line(params.companyId, params.number)
        const operation = of.pendingOperationId === undefined ? undefined : state.operations.get(of.pendingOperationId)
        const current = operation === undefined ? undefined : Contract.operation(operation)
        return current?.state === "pending" ? [current] : []
      }),
    ),
)
