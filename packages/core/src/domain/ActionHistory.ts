/**
 * The action history («История действий», C3): every operation an admin made, failed ones too,
 * with its status («Успешно» / «Ошибка»), when, by whom and on which number.
 *
 * @example
 * ```ts
 * import { ActionHistory } from "@kabinet/core"
 * const entry = Schema.decodeUnknownSync(ActionHistory.ActionHistoryEntry)({
 *   id: "act-1",
 *   action: "documentRequest",
 *   status: "Ошибка",
 *   at: "2020-09-21T11:04:05+05:00",
 *   admin: { fullName: "Alimbayeva Adel", phone: "77012114644" },
 *   details: "Запрос доступных актов выполненных работ для компании 700700700700 (БИН) с i-список",
 * })
 * ActionHistory.statusKey(entry.status) // "failure"
 * ```
 */
import * as Schema from "effect/Schema"
import * as Instant from "./Instant.js"
import * as Msisdn from "./Msisdn.js"

/** Both statuses, as the table shows them. */
export const statuses = ["Успешно", "Ошибка"] as const

/**
 * Whether an operation succeeded: «Успешно» or «Ошибка».
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(ActionHistory.ActionStatus)("Успешно")
 * ```
 */
export const ActionStatus = Schema.Literals(statuses).annotate({ identifier: "ActionStatus" })
export type ActionStatus = typeof ActionStatus.Type

/**
 * Stable key of a status: `"success"` or `"failure"`.
 *
 * @example
 * ```ts
 * ActionHistory.statusKey("Ошибка") // "failure"
 * ```
 */
export const statusKey = (status: ActionStatus): "success" | "failure" => (status === "Успешно" ? "success" : "failure")

/**
 * Every kind of operation that is recorded: each action of A–C, and `other` for the operator's own
 * lookups (the manual's «Получение лицевого счета М2М номеров по БИН»), whose wording comes in
 * `details`.
 */
export const actions = [
  "signIn",
  "passwordRecovery",
  "passwordChange",
  "emailChange",
  "companyRename",
  "block",
  "unblock",
  "simSwap",
  "banSet",
  "banLift",
  "serviceConnect",
  "serviceDisconnect",
  "forwardingSet",
  "forwardingClear",
  "deviceRegister",
  "deviceUnregister",
  "secretCodeSend",
  "secretCodeDelete",
  "callRecordsRequest",
  "paymentHistoryRequest",
  "documentRequest",
  "other",
] as const

/**
 * What kind of operation an entry records. Stable keys rather than the operator's sentences, so the
 * column can be shown in the admin's language and filtered.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(ActionHistory.OperationKind)("block")
 * ```
 */
export const OperationKind = Schema.Literals(actions).annotate({ identifier: "OperationKind" })
export type OperationKind = typeof OperationKind.Type

/**
 * The admin who made the operation («Администратор»: name and phone).
 *
 * JSON: `{ "fullName": "Rocket Yurly", "phone": "77080770570" }`
 *
 * @example
 * ```ts
 * `${entry.admin.fullName} ${Msisdn.format(entry.admin.phone)}`
 * ```
 */
export const ActionAdmin = Schema.Struct({ fullName: Schema.NonEmptyString, phone: Msisdn.Msisdn }).annotate({
  identifier: "ActionAdmin",
})
export type ActionAdmin = typeof ActionAdmin.Type

/**
 * An action history identifier, opaque, e.g. `"act-1"`: lets a list keep its rows apart.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(ActionHistory.ActionId)("act-1")
 * ```
 */
export const ActionId = Schema.NonEmptyString.pipe(
  Schema.brand("ActionId"),
  Schema.annotate({ identifier: "ActionId" }),
)
export type ActionId = typeof ActionId.Type

/**
 * One entry of the action history.
 *
 * - `msisdn` — the number the operation was on; absent for operations on the admin or company.
 * - `details` — the operator's own wording or the failure's reason, shown beside the action.
 *
 * JSON: `{ "id": "act-1", "action": "block", "status": "Успешно", "at": "2020-09-21T12:09:24+05:00",
 * "admin": { "fullName": "Rocket Yurly", "phone": "77080770570" }, "msisdn": "77010542001" }`
 *
 * @example
 * ```ts
 * entries.filter((e) => ActionHistory.statusKey(e.status) === "failure")
 * ```
 */
export class ActionHistoryEntry extends Schema.Class<ActionHistoryEntry>("ActionHistoryEntry")({
  id: ActionId,
  action: OperationKind,
  status: ActionStatus,
  at: Instant.Instant,
  admin: ActionAdmin,
  msisdn: Schema.optionalKey(Msisdn.Msisdn),
  details: Schema.optionalKey(Schema.String),
}) {}
