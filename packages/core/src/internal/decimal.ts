/**
 * Tiyn to the operator's decimal string, exactly: shared by `Money` (the contract's form) and
 * `Format.money` (the form people read), so both start from the same digits.
 *
 * @internal
 */

/**
 * The decimal form of a tiyn count, always two decimals: 89300 → `"893.00"`, −7 → `"-0.07"`.
 * `BigInt` keeps the division exact and has no negative zero, so `-0` tiyn prints as `"0.00"`.
 */
export const tiynToDecimal = (tiyn: number): string => {
  const amount = BigInt(tiyn)
  const magnitude = amount < 0n ? -amount : amount
  const fraction = (magnitude % 100n).toString().padStart(2, "0")
  return `${amount < 0n ? "-" : ""}${magnitude / 100n}.${fraction}`
}
