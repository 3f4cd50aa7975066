/**
 * No exported cell can start a formula (OWASP "CSV injection"): a spreadsheet reads a cell that
 * begins with `=`, `+`, `-` or `@` — or with a tab or a line break that hides one — as a formula,
 * and a formula can run commands or send data away. Every writer passes text through `neutralise`,
 * which puts an apostrophe in front (Excel's own mark for "this is text"); numbers, money and dates
 * are written as numbers and never need it, and phone numbers are written as digits
 * (`77010542001`), which cannot start a formula yet stay readable.
 *
 * @example
 * ```ts
 * import { Formula } from "@kabinet/core/export"
 * Formula.neutralise("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 * Formula.neutralise("Карт Бланш+ 1000") // unchanged
 * ```
 */

const start = /^[=+\-@\t\r\n]/u

/**
 * Whether a spreadsheet would read this text as the start of a formula.
 *
 * @example
 * ```ts
 * Formula.startsFormula("+7 701 054 20 01") // true
 * ```
 */
export const startsFormula = (text: string): boolean => start.test(text)

/**
 * The text, made safe to open in a spreadsheet: prefixed with `'` when it starts like a formula.
 *
 * @example
 * ```ts
 * Formula.neutralise("@SUM(A1)") // "'@SUM(A1)"
 * ```
 */
export const neutralise = (text: string): string => (start.test(text) ? `'${text}` : text)
