/**
 * The Luhn check digit, to generate ICCIDs and IMEIs that the contract accepts. Generating data is
 * the mock's own business; validating what admins type stays with the core's schemas.
 *
 * @internal
 */

/** The digit that completes `payload` into a Luhn-valid identifier. */
export const checkDigit = (payload: string): number => {
  let sum = 0
  let double = true
  for (let i = payload.length - 1; i >= 0; i--) {
    let digit = payload.charCodeAt(i) - 48
    if (double) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
    double = !double
  }
  return (10 - (sum % 10)) % 10
}

/** `payload` followed by its check digit. */
export const complete = (payload: string): string => `${payload}${checkDigit(payload)}`
