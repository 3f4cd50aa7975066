/**
 * Long operations (decision 6): block, unblock, SIM swap and e-mailed reports take the operator
 * a while (1–2 minutes for a block, B10). Their endpoints answer `202 Accepted` with an
 * {@link Operation} in the `pending` state; `GET /v1/operations/:operationId` tells how it went,
 * so a widget that was closed meanwhile picks the result up by its id.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * const op = yield* client.operations.get({ params: { operationId } })
 * if (op.state === "succeeded") op.status // "Заблокирован"
 * ```
 */

import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as Instant from "../domain/Instant.js"
import * as Msisdn from "../domain/Msisdn.js"
import * as NumberStatus from "../domain/NumberStatus.js"
import * as Rule from "../rules/Rule.js"
import * as Errors from "./Errors.js"
import { NumberParams } from "./Numbers.js"
import * as Security from "./Security.js"

/**
 * The operator's id of a long operation, e.g. `"op-01J9Z…"`: letters, digits, `-` and `_`, at most 64.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Operations.OperationId)("op-42")
 * ```
 */
export const OperationId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9_-]{1,64}$/u, { expected: "an operation id (letters, digits, - and _, at most 64)" }),
).pipe(Schema.brand("OperationId"), Schema.annotate({ identifier: "OperationId" }))
export type OperationId = typeof OperationId.Type

/** The kinds of long operation. */
export const kinds = ["block", "unblock", "simSwap", "report"] as const

/**
 * What a long operation does: block or unblock a number, swap its SIM, or prepare an e-mailed report.
 */
export const OperationKind = Schema.Literals(kinds).annotate({ identifier: "LongOperationKind" })
export type OperationKind = typeof OperationKind.Type

/**
 * Why an operation failed: a message key for the widget (with `params` to fill it), and the rule
 * that refused it when the failure is a business rule the operator applied late.
 *
 * JSON: `{ "messageKey": "rule.number.block.notActive", "ruleId": "number.block.notActive", "params": {} }`
 */
export const Failure = Schema.Struct({
  messageKey: Schema.NonEmptyString,
  ruleId: Schema.optionalKey(Rule.RuleId),
  params: Schema.optionalKey(Errors.RuleParams),
}).annotate({ identifier: "OperationFailure" })
export type Failure = typeof Failure.Type

const base = {
  id: OperationId,
  kind: OperationKind,
  msisdn: Schema.optionalKey(Msisdn.Msisdn),
  startedAt: Instant.Instant,
}

/**
 * Still running; the number shows «В обработке» meanwhile.
 *
 * JSON: `{ "state": "pending", "id": "op-1", "kind": "block", "msisdn": "77010542001", "startedAt": "…" }`
 */
export const Pending = Schema.Struct({ state: Schema.tag("pending"), ...base }).annotate({
  identifier: "OperationPending",
})
export type Pending = typeof Pending.Type

/**
 * Done. For a number operation, `status` is the status the number ended in (e.g. «Заблокирован»
 * after a block, «Активный» after an unblock or a SIM swap).
 *
 * JSON: `{ "state": "succeeded", "id": "op-1", "kind": "block", "msisdn": "77010542001", "startedAt": "…",
 * "finishedAt": "…", "status": "Заблокирован" }`
 */
export const Succeeded = Schema.Struct({
  state: Schema.tag("succeeded"),
  ...base,
  finishedAt: Instant.Instant,
  status: Schema.optionalKey(NumberStatus.NumberStatus),
}).annotate({ identifier: "OperationSucceeded" })
export type Succeeded = typeof Succeeded.Type

/**
 * Ended without effect. `status` is the number's status afterwards (usually what it was before).
 *
 * JSON: `{ "state": "failed", "id": "op-1", "kind": "simSwap", "startedAt": "…", "finishedAt": "…",
 * "failure": { "messageKey": "operation.failed" }, "status": "Активный" }`
 */
export const Failed = Schema.Struct({
  state: Schema.tag("failed"),
  ...base,
  finishedAt: Instant.Instant,
  failure: Failure,
  status: Schema.optionalKey(NumberStatus.NumberStatus),
}).annotate({ identifier: "OperationFailed" })
export type Failed = typeof Failed.Type

/**
 * A long operation in one of its states, told apart by `state`.
 *
 * @example
 * ```ts
 * Operations.Operation.match(op, { pending: () => "…", succeeded: (s) => s.status, failed: (f) => f.failure.messageKey })
 * ```
 */
export const Operation = Schema.Union([Pending, Succeeded, Failed])
  .annotate({ identifier: "Operation" })
  .pipe(Schema.toTaggedUnion("state"))
export type Operation = typeof Operation.Type

/**
 * Whether an operation has ended (succeeded or failed).
 *
 * @example
 * ```ts
 * Operations.isFinal(op) // false while pending
 * ```
 */
export const isFinal = (operation: Operation): operation is Succeeded | Failed => operation.state !== "pending"

/**
 * The answer of an endpoint that starts a long operation: `202 Accepted` with the operation, as a
 * rule still pending.
 *
 * @example
 * ```ts
 * HttpApiEndpoint.post("block", "/block", { success: Operations.Accepted })
 * ```
 */
export const Accepted = Operation.pipe(HttpApiSchema.status(202))

/**
 * `GET /v1/operations/:operationId` — the current state of a long operation. An admin sees only
 * operations started in the companies they manage; another company's is the 404 of an unknown one.
 */
export const get = HttpApiEndpoint.get("get", "/v1/operations/:operationId", {
  params: { operationId: OperationId },
  success: Operation,
  error: [...Errors.companyScoped],
}).annotateMerge(
  OpenApi.annotations({
    summary: "The state of a long operation",
    description:
      "Pending, succeeded (with the number's new status) or failed (with why). 404 for an unknown operation or one of a company the admin does not manage.",
  }),
)

/**
 * `GET /v1/companies/:companyId/numbers/:number/operations` — the number's long operations still
 * under way (none, or the one that keeps it «В обработке»). A page opened after a reload, or a
 * widget opened on another number and back, picks a running operation up from here: the operator
 * remembers it, the page does not have to.
 */
export const pendingForNumber = HttpApiEndpoint.get(
  "pendingForNumber",
  "/v1/companies/:companyId/numbers/:number/operations",
  { params: NumberParams, success: Schema.Array(Pending), error: [...Errors.companyScoped] },
).annotateMerge(
  OpenApi.annotations({
    summary: "The number's operations still under way",
    description:
      "The long operations the operator is still carrying out on the number (none, or the one that keeps it «В обработке»), so a client that reloads picks them up from the operator.",
  }),
)

/**
 * The `operations` group: following long operations.
 *
 * @example
 * ```ts
 * const op = yield* client.operations.get({ params: { operationId } })
 * ```
 */
export class OperationsGroup extends HttpApiGroup.make("operations")
  .add(get, pendingForNumber)
  .middleware(Security.Authorization)
  .annotateMerge(
    OpenApi.annotations({ title: "Operations", description: "Following long operations (202 Accepted)" }),
  ) {}
