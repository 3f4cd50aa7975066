/**
 * What a page of the number list asks for: where to start, how many, in which order, and which
 * lines (a search text, a status). The handlers translate the contract's query into this.
 */
import { Api, Msisdn } from "@kabinet/core"
import type { Status } from "./Line.js"

/** The columns the list can be sorted by: the contract's (the columns of B1). */
export const sortKeys = Api.Numbers.sortFields

/** A column the list can be sorted by. */
export type SortKey = Api.Numbers.SortField

/** Ascending or descending. */
export type Direction = "asc" | "desc"

/** A page request. Without `sort`, lines come by number, ascending. */
export interface NumberQuery {
  readonly offset: number
  readonly limit: number
  readonly sort?: { readonly key: SortKey; readonly direction: Direction } | undefined
  /** Matched against the number (digits only, so `+7 701 054` works), the account and the tariff. */
  readonly search?: string | undefined
  readonly status?: Status | undefined
}

/**
 * The digit strings a search text may mean in a number: its digits as typed (`+7 701 054` is
 * `7701054`, already the stored form's start) and, when it starts with the domestic trunk prefix 8
 * (`8 701 054`), the same without it.
 */
export const searchDigits = (search: string): ReadonlyArray<string> => {
  const digits = Msisdn.digitsOf(search)
  if (digits === "") return []
  return digits.startsWith("8") && digits.length > 1 ? [digits, digits.slice(1)] : [digits]
}
