/**
 * One call detail record («Детализация», B8): an outgoing or incoming call or SMS, or an internet
 * session, with what it cost; and the outputs the admin can ask the records in.
 *
 * The manual shows the request form but not the records. These fields are what a business
 * operator's detail report carries: when, what, with whom, how long or how much, at what cost.
 *
 * @example
 * ```ts
 * import { CallRecord } from "@kabinet/core"
 * const call = Schema.decodeUnknownSync(CallRecord.CallRecord)({
 *   at: "2019-02-25T09:14:05+05:00",
 *   kind: "callOut",
 *   counterpart: "77010542006",
 *   durationSeconds: 184,
 *   cost: "0.00",
 * })
 * ```
 */
import * as Schema from "effect/Schema"
import * as Instant from "./Instant.js"
import * as Money from "./Money.js"
import * as ReportOutput from "./ReportOutput.js"

/** Every kind of record. */
export const kinds = ["callOut", "callIn", "smsOut", "smsIn", "internet"] as const

/**
 * What a record is: an outgoing or incoming call, an outgoing or incoming SMS, or internet use.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(CallRecord.CallRecordKind)("smsIn")
 * ```
 */
export const CallRecordKind = Schema.Literals(kinds).annotate({ identifier: "CallRecordKind" })
export type CallRecordKind = typeof CallRecordKind.Type

/**
 * Whether a kind is a call (and so has a duration).
 *
 * @example
 * ```ts
 * CallRecord.isCall("callIn") // true
 * ```
 */
export const isCall = (kind: CallRecordKind): kind is "callOut" | "callIn" => kind === "callOut" || kind === "callIn"

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * A record. One flat shape for every kind, so a page of records is one table (and one XLS sheet):
 *
 * - `counterpart` — the other party as the network saw it (a number, a short code or a sender
 *   name, so not necessarily an MSISDN); required for calls and SMS, absent for internet.
 * - `durationSeconds` — calls only, required there.
 * - `volumeKb` — internet only, required there, in kilobytes as operators bill it.
 * - `cost` — what the record cost, `"0.00"` when inside a bundle.
 *
 * JSON: `{ "at": "2019-02-25T09:14:05+05:00", "kind": "internet", "volumeKb": 20480, "cost": "0.00" }`
 *
 * @example
 * ```ts
 * const seconds = records.filter((r) => CallRecord.isCall(r.kind)).reduce((s, r) => s + (r.durationSeconds ?? 0), 0)
 * ```
 */
export class CallRecord extends Schema.Class<CallRecord>("CallRecord")(
  Schema.Struct({
    at: Instant.Instant,
    kind: CallRecordKind,
    counterpart: Schema.optionalKey(Schema.NonEmptyString),
    durationSeconds: Schema.optionalKey(Count),
    volumeKb: Schema.optionalKey(Count),
    cost: Money.FromDecimalString,
  }).check(
    Schema.makeFilter((r) => {
      const issues: Array<Schema.FilterIssue> = []
      const internet = r.kind === "internet"
      const call = isCall(r.kind)
      if (!internet && r.counterpart === undefined)
        issues.push({ path: ["counterpart"], issue: "missing for a call or SMS" })
      if (internet && r.counterpart !== undefined)
        issues.push({ path: ["counterpart"], issue: "not expected for internet" })
      if (call !== (r.durationSeconds !== undefined))
        issues.push({ path: ["durationSeconds"], issue: call ? "missing for a call" : "only calls have a duration" })
      if (internet !== (r.volumeKb !== undefined))
        issues.push({ path: ["volumeKb"], issue: internet ? "missing for internet" : "only internet has a volume" })
      return issues
    }),
  ),
) {}

/**
 * The outputs offered for detail records: «На экран», «Файл формата PDF», «Файл формата XLS».
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(CallRecord.CallRecordsOutput)("Файл формата PDF")
 * ```
 */
export const CallRecordsOutput = ReportOutput.ReportOutput
export type CallRecordsOutput = ReportOutput.ReportOutput

/** Every output for detail records, in the manual's order. */
export const outputs = ReportOutput.values

/**
 * Stable key of an output: `"screen"`, `"pdf"` or `"xls"`.
 *
 * @example
 * ```ts
 * CallRecord.outputKey("На экран") // "screen"
 * ```
 */
export const outputKey: (output: CallRecordsOutput) => ReportOutput.Key = ReportOutput.key
