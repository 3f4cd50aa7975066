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
  /** «Поиск», with the contract's semantics: see {@link searchWords}. */
  readonly search?: string | undefined
  readonly status?: Status | undefined
}

/**
 * The digit strings a run of digits may mean in a number: as typed (`+7 701 054` is `7701054`,
 * already the stored form's start) and, when it starts with the domestic trunk prefix 8
 * (`8 701 054`), the same without it.
 */
export const searchDigits = (text: string): ReadonlyArray<string> => {
  const digits = Msisdn.digitsOf(text)
  if (digits === "") return []
  return digits.startsWith("8") && digits.length > 1 ? [digits, digits.slice(1)] : [digits]
}

/** One word of a search: every word must match a line for the line to be listed. */
export interface SearchWord {
  /** The word as text, lower-cased, matched against the tariff's name. */
  readonly text: string
  /** For a run of digits, what it may mean in the number or the account (see {@link searchDigits}). */
  readonly digits: ReadonlyArray<string>
}

// Digits and what a phone number is written with; at least one digit.
const phoneLike = /^[+()\-\d]*\d[+()\-\d]*$/u

const digitCount = (text: string): number => Msisdn.digitsOf(text).length

/**
 * The words of a search, as the contract defines «Поиск»: split at spaces; neighbouring words of
 * digits (and `+ - ( )`) form one run of digits as long as the run has at most
 * `Api.Numbers.searchNumberDigits` digits, so a number typed in groups is one number while a
 * tariff's figure and an account typed after it stay two words.
 *
 * @example
 * ```ts
 * searchWords("+7 701 054 Карт") // [{ text: "+7 701 054", digits: ["7701054"] }, { text: "карт", digits: [] }]
 * ```
 */
export const searchWords = (search: string): ReadonlyArray<SearchWord> => {
  const words: Array<{ text: string; phone: boolean }> = []
  for (const token of search.trim().toLowerCase().split(/\s+/u)) {
    if (token === "") continue
    const phone = phoneLike.test(token)
    const last = words[words.length - 1]
    if (phone && last?.phone === true && digitCount(last.text) + digitCount(token) <= Api.Numbers.searchNumberDigits)
      last.text = `${last.text} ${token}`
    else words.push({ text: token, phone })
  }
  return words.map(({ text, phone }) => ({ text, digits: phone ? searchDigits(text) : [] }))
}
