/**
 * The Luhn (mod 10) check digit shared by ICCIDs (ITU-T E.118) and IMEIs (3GPP TS 23.003).
 *
 * Both functions take ASCII digit strings; callers validate the shape first, so these stay
 * small and fast enough to run on every keystroke.
 *
 * @internal
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
 * checkDigit("35202309352069") // 6
 * ```
 */
export const checkDigit = (payload: string): number => (10 - (weightedSum(payload, true) % 10)) % 10

/**
 * Whether the last digit of `digits` is the Luhn check digit of the ones before it.
 *
 * @example
 * ```ts
 * isValid("352023093520696") // true
 * ```
 */
export const isValid = (digits: string): boolean => digits.length > 1 && weightedSum(digits, false) % 10 === 0
