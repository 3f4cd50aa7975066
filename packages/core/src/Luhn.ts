/**
 * The Luhn (mod 10) check digit shared by ICCIDs (ITU-T E.118) and IMEIs (3GPP TS 23.003): the one
 * implementation in Kabinet. The identifiers' schemas validate with it, the rules of device
 * registration check with it, and the mock operator generates valid SIM and device numbers with it.
 *
 * Every function takes ASCII digit strings; callers check the shape first (the schemas do), so
 * these stay small and fast enough to run on every keystroke.
 *
 * @example
 * ```ts
 * import { Luhn } from "@kabinet/core"
 * Luhn.isValid("352023093520696") // true
 * Luhn.complete("35202309352069") // "352023093520696"
 * ```
 */

/**
 * Weighted sum of `digits` where the rightmost digit has weight 1, the next weight 2, and so on
 * alternately; doubled digits above 9 contribute the sum of their own digits.
 */
const weightedSum = (digits: string, doubleRightmost: boolean): number => {
  let sum = 0
  let double = doubleRightmost
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum
}

/**
 * The digit that completes `payload` (the identifier without its check digit).
 *
 * @example
 * ```ts
 * Luhn.checkDigit("35202309352069") // 6
 * ```
 */
export const checkDigit = (payload: string): number => (10 - (weightedSum(payload, true) % 10)) % 10

/**
 * Whether the last digit of `digits` is the Luhn check digit of the ones before it.
 *
 * @example
 * ```ts
 * Luhn.isValid("352023093520696") // true
 * Luhn.isValid("352023093520690") // false
 * ```
 */
export const isValid = (digits: string): boolean => digits.length > 1 && weightedSum(digits, false) % 10 === 0

/**
 * `payload` followed by its check digit: a valid identifier from its first digits (the 14-digit
 * IMEI a network records, a generated ICCID).
 *
 * @example
 * ```ts
 * Luhn.complete("35202309352069") // "352023093520696"
 * ```
 */
export const complete = (payload: string): string => `${payload}${checkDigit(payload)}`
