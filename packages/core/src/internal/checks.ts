/**
 * Checks shared by the digit-string identifiers. Each one aborts on failure so that a value
 * reports only its first problem, in the order a person would fix them: type something, use
 * digits only, type the right number of them, then get the check digit right.
 *
 * @internal
 */
import * as Schema from "effect/Schema"
import * as Luhn from "../Luhn.js"

/** Fails with `message` on an empty string. */
export const nonEmpty = (message: string) => Schema.isNonEmpty({ message }).abort()

/** Fails with `message` when anything but ASCII digits is present. */
export const digitsOnly = (message: string) => Schema.isPattern(/^\d*$/u, { message }).abort()

/** Fails with `message` unless the string is `min` to `max` digits long. */
export const digitCount = (min: number, max: number, message: string) =>
  Schema.isPattern(new RegExp(min === max ? `^\\d{${min}}$` : `^\\d{${min},${max}}$`, "u"), { message }).abort()

/** Fails with `message` when the last digit is not the Luhn check digit of the others. */
export const luhn = (message: string) => Schema.makeFilter(Luhn.isValid, { message })
