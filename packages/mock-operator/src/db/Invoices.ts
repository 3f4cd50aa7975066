/**
 * Invoice numbers (C2), derived from the account and the month so that no invoice needs storing:
 * the registration number in the state e-invoice system (ИС ЭСФ) is `ESF-<account>-<YYYYMM>`, the
 * operator's accounting-system number `<YYYYMM>/<account>`. The acts of completed works (C5) print
 * both, which is where an admin finds them.
 */

/** The two numbers of an account's invoice for a month. */
export const numbersOf = (
  accountNumber: string,
  month: { readonly year: number; readonly month: number },
): { readonly registrationNumber: string; readonly accountingNumber: string } => {
  const yyyymm = `${month.year}${String(month.month).padStart(2, "0")}`
  return { registrationNumber: `ESF-${accountNumber}-${yyyymm}`, accountingNumber: `${yyyymm}/${accountNumber}` }
}

/** The account and month an invoice number names, when it is one of the operator's. */
export const parse = (
  number: string,
  by: "registrationNumber" | "accountingSystemNumber",
): { readonly accountNumber: string; readonly year: number; readonly month: number } | undefined => {
  const match =
    by === "registrationNumber"
      ? /^ESF-(\d{6,12})-(\d{4})(\d{2})$/iu.exec(number.trim())
      : /^(\d{4})(\d{2})\/(\d{6,12})$/u.exec(number.trim())
  if (match === null) return undefined
  const [accountNumber, year, month] =
    by === "registrationNumber" ? [match[1], match[2], match[3]] : [match[3], match[1], match[2]]
  const monthNumber = Number(month)
  if (accountNumber === undefined || monthNumber < 1 || monthNumber > 12) return undefined
  return { accountNumber, year: Number(year), month: monthNumber }
}
