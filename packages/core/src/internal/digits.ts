/**
 * The one digit normaliser: what is left of a text when everything but its ASCII digits is dropped.
 * Public as `Msisdn.digitsOf`; identifiers that accept grouped input (ICCID, IMEI, phone numbers)
 * and the rules that compare typed numbers all use it.
 *
 * @internal
 */

/** The ASCII digits of `text`, in order: `"+7 (701) 054-20-01"` → `"77010542001"`. */
export const digitsOf = (text: string): string => text.replace(/\D/gu, "")
