/**
 * The operator's status of a mobile number, in the manual's exact words.
 *
 * @example
 * ```ts
 * import { NumberStatus } from "@kabinet/core"
 * Schema.decodeUnknownSync(NumberStatus.NumberStatus)("Заблокирован / Долг")
 * ```
 */
import * as Schema from "effect/Schema"

/** Every status a line can have, as the operator spells it. */
export const values = ["Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"] as const

/** A number's status: «Активный», «Заблокирован», «Заблокирован / Долг» or «В обработке». */
export const NumberStatus = Schema.Literals(values)
export type NumberStatus = typeof NumberStatus.Type

/** Stable, language-neutral key of a status, used for message keys and CSS hooks. */
export const key = (status: NumberStatus): "active" | "blocked" | "debtBlocked" | "processing" => {
  switch (status) {
    case "Активный":
      return "active"
    case "Заблокирован":
      return "blocked"
    case "Заблокирован / Долг":
      return "debtBlocked"
    case "В обработке":
      return "processing"
  }
}
