/**
 * How an account pays the operator, in the manual's words: «Кредитный» (billed after the month,
 * within a credit limit) or «Авансовый» (paid in advance).
 *
 * The Russian words are the wire form because the operator sends them as such (the «Метод расчета»
 * column of the number list); code that branches or builds message keys uses {@link key}.
 *
 * @example
 * ```ts
 * import { BillingMethod } from "@kabinet/core"
 * const method = Schema.decodeUnknownSync(BillingMethod.BillingMethod)("Авансовый")
 * BillingMethod.key(method) // "advance"
 * ```
 */
import * as Schema from "effect/Schema"

/** Every billing method, as the operator spells it. */
export const values = ["Кредитный", "Авансовый"] as const

/**
 * A billing method: «Кредитный» or «Авансовый».
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(BillingMethod.BillingMethod)("Кредитный")
 * ```
 */
export const BillingMethod = Schema.Literals(values).annotate({ identifier: "BillingMethod" })
export type BillingMethod = typeof BillingMethod.Type

/** Stable, language-neutral name of a billing method. */
export type Key = "credit" | "advance"

const keys: { readonly [M in BillingMethod]: Key } = { Кредитный: "credit", Авансовый: "advance" }

/**
 * Stable key of a billing method, for message keys, CSS hooks and rules that differ by method
 * (payment history is per number for advance accounts, per company for credit ones).
 *
 * @example
 * ```ts
 * BillingMethod.key("Кредитный") // "credit"
 * ```
 */
export const key = (method: BillingMethod): Key => keys[method]

/**
 * The billing method of a stable key, for forms that carry keys (a drop-down's value).
 *
 * @example
 * ```ts
 * BillingMethod.fromKey("advance") // "Авансовый"
 * ```
 */
export const fromKey = (k: Key): BillingMethod => (k === "credit" ? "Кредитный" : "Авансовый")
