/**
 * The number of a line's registration form («Регистрационная форма»), e.g. `"300014697190-130"`.
 *
 * The manual shows only that one example; the shape is taken from it (twelve digits, a hyphen, the
 * form's sequence number of up to six digits) so that anything else is caught as a contract
 * violation rather than shown to an admin.
 *
 * @example
 * ```ts
 * import { RegistrationFormNumber } from "@kabinet/core"
 * Schema.decodeUnknownSync(RegistrationFormNumber.RegistrationFormNumber)("300014697190-130")
 * ```
 */
import * as Schema from "effect/Schema"

/**
 * A registration form number, `"300014697190-130"`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(RegistrationFormNumber.RegistrationFormNumber)("300014697190") // throws
 * ```
 */
export const RegistrationFormNumber = Schema.String.check(
  Schema.isPattern(/^\d{12}-\d{1,6}$/u, { expected: "a registration form number like 300014697190-130" }),
).pipe(Schema.brand("RegistrationFormNumber"), Schema.annotate({ identifier: "RegistrationFormNumber" }))
export type RegistrationFormNumber = typeof RegistrationFormNumber.Type
