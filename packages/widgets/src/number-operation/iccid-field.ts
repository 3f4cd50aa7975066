/**
 * The new SIM card's number as it is typed (B11): grouped by four like the card's back («8999 7021 2345
 * 6789 9456»), the caret kept where the admin is typing, a pasted spaced number taken as it is, and
 * the Luhn check digit checked as soon as the 20 digits are there.
 */
import { Iccid, Msisdn } from "@kabinet/core"
import * as Result from "effect/Result"

/** What the field holds and the error to show now, if any. */
export interface IccidInput {
  readonly value: string
  readonly error: Iccid.MessageKey | undefined
}

// Digits, spaces and dashes are regrouped; anything else is kept as typed and reported.
const groupable = /^[\d\s-]*$/u

/** Where the caret goes in `grouped` to stand after the same number of digits as at `caret` in `typed`. */
export const caretAfterDigits = (typed: string, caret: number, grouped: string): number => {
  const digits = Msisdn.digitsOf(typed.slice(0, caret)).length
  if (digits === 0) return 0
  let seen = 0
  for (let index = 0; index < grouped.length; index++) {
    if (/\d/u.test(grouped[index] ?? "")) seen++
    if (seen === digits) return index + 1
  }
  return grouped.length
}

/**
 * What the field shows after an input: the regrouped value and, once 20 digits (or more) are there or
 * when `submitted`, the problem `Iccid.parse` finds.
 *
 * @example
 * ```ts
 * typedIccid("8999702750791678507", false) // { value: "8999 7027 5079 1678 507", error: undefined }
 * ```
 */
export const typedIccid = (typed: string, submitted: boolean): IccidInput => {
  const value = groupable.test(typed) ? Iccid.groupAsTyped(typed) : typed
  const complete = Msisdn.digitsOf(value).length >= 20 || !groupable.test(typed)
  const parsed = Iccid.parse(value)
  const error = Result.isFailure(parsed) && (complete || submitted) ? parsed.failure : undefined
  return { value, error }
}

/** Regroups the input in place and keeps its caret after the same digits. */
export const regroup = (input: HTMLInputElement, submitted: boolean): IccidInput => {
  const typed = input.value
  const caret = input.selectionStart ?? typed.length
  const next = typedIccid(typed, submitted)
  if (next.value !== typed) {
    input.value = next.value
    const position = caretAfterDigits(typed, caret, next.value)
    input.setSelectionRange(position, position)
  }
  return next
}
