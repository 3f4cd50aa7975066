/**
 * Every line of every company: the manual's, the generated fleet, and what admins changed since.
 *
 * A line is read from the changes first, then from the manual's lines, then derived from the fleet
 * — so a change costs one stored line, and an untouched fleet of 100,000 costs nothing. Pages are
 * cut from sort indexes that are built once per column on first use (the default order and the
 * order by number need none) and rebuilt only after a change to that column.
 */
import * as Companies from "./Companies.js"
import { Fleet, linesPerAccount } from "./Fleet.js"
import type { Line, Status } from "./Line.js"
import * as ManualLines from "./ManualLines.js"
import { type NumberQuery, type SearchWord, type SortKey, searchWords } from "./NumberQuery.js"
import * as Traits from "./Traits.js"

/** A personal account of a company and its lines. */
export interface Account {
  readonly accountNumber: string
  readonly billingMethod: Line["billingMethod"]
  /** Tiyn. */
  readonly creditLimit: number
  /** The account's numbers. */
  readonly msisdns: ReadonlyArray<string>
}

/** One page of lines and how many lines match in all. */
export interface Page {
  readonly lines: ReadonlyArray<Line>
  readonly total: number
}

const statusOrder: Record<Status, number> = {
  Активный: 0,
  "В обработке": 1,
  Заблокирован: 2,
  "Заблокирован / Долг": 3,
}

// Columns whose values admins can change; the others are fixed for the life of the store.
const mutableKeys: ReadonlySet<SortKey> = new Set(["status", "availableFunds"])

interface CompanyLines {
  readonly company: Companies.CompanyRecord
  /** The manual's lines of the company, in the manual's order: positions 0…manual.length-1. */
  readonly manual: ReadonlyArray<Line>
  readonly fleet: Fleet
  /** Positions in ascending order of each column, built on first use. */
  readonly indexes: Map<SortKey, { readonly version: number; readonly positions: Int32Array }>
  /** What a search reads of each position, built on the first search; numbers, accounts and tariffs never change. */
  search: SearchIndex | undefined
  /** Matching positions of recent searches, so paging through one is cheap. */
  readonly filtered: Map<string, { readonly version: number; readonly positions: Int32Array }>
  /** Where the manual's lines fall in the order by number, built on first use. */
  placements: ReadonlyArray<{ readonly position: number; readonly rank: number }> | undefined
  /** Bumped on every change to a line of the company. */
  version: number
}

/** What a search reads of each position of a company. */
interface SearchIndex {
  /** "<number> <account>" of each position: a run of digits is looked for in it. */
  readonly digits: Array<string>
  /** The tariff of each position, as an index into `tariffs`. */
  readonly tariffOf: Uint16Array
  /** The tariffs' names, lower-cased; the empty name for a line without a tariff. */
  readonly tariffs: ReadonlyArray<string>
}

// Whether a line, read from the index, matches one word: its digits in the number or the account,
// or its text in the tariff's name.
const matchesWord = (index: SearchIndex, position: number, word: SearchWord, tariffHit: ReadonlyArray<boolean>) => {
  if (tariffHit[index.tariffOf[position] as number] === true) return true
  const digits = index.digits[position] as string
  for (const candidate of word.digits) if (digits.includes(candidate)) return true
  return false
}

/** The lines of the operator. */
export class NumberStore {
  readonly #companies = new Map<string, CompanyLines>()
  readonly #manual = new Map<string, Line>()
  readonly #changed = new Map<string, Line>()
  readonly #seed: number
  /** The seeded SIM card of every line, by ICCID; built on the first SIM swap. */
  #iccids: Map<string, string> | undefined

  /**
   * @param seed seeds every generated fact.
   * @param fleetSize lines of «TOO Кабинет», the manual's included; the other companies get fewer.
   */
  constructor(seed: number, fleetSize: number) {
    this.#seed = seed
    const manual = ManualLines.lines(seed)
    for (const line of manual) this.#manual.set(line.msisdn, line)
    for (const company of Companies.all) {
      const own = manual.filter((line) => line.companyId === company.id)
      const generated = Math.max(0, Companies.fleetSizeOf(company, fleetSize) - own.length)
      this.#companies.set(company.id, {
        company,
        manual: own,
        fleet: new Fleet(seed, company, generated),
        indexes: new Map(),
        search: undefined,
        filtered: new Map(),
        placements: undefined,
        version: 0,
      })
    }
  }

  #lines(companyId: string): CompanyLines {
    const lines = this.#companies.get(companyId)
    if (lines === undefined) throw new Error(`unknown company ${companyId}`)
    return lines
  }

  /** How many lines a company has. */
  count(companyId: string): number {
    const lines = this.#lines(companyId)
    return lines.manual.length + lines.fleet.size
  }

  /** A line by number, or `undefined` when the operator has no such line. */
  get(msisdn: string): Line | undefined {
    const changed = this.#changed.get(msisdn)
    if (changed !== undefined) return changed
    const manual = this.#manual.get(msisdn)
    if (manual !== undefined) return manual
    for (const lines of this.#companies.values()) {
      const index = lines.fleet.indexOf(msisdn)
      if (index !== undefined) return lines.fleet.lineAt(index)
    }
    return undefined
  }

  /** Replaces a line with its changed version; returns it. */
  update(msisdn: string, change: (line: Line) => Line): Line {
    const line = this.get(msisdn)
    if (line === undefined) throw new Error(`unknown number ${msisdn}`)
    const next = change(line)
    this.#changed.set(msisdn, next)
    this.#lines(line.companyId).version++
    return next
  }

  /** Every line changed since the seed; for the operations that must settle. */
  changed(): Iterable<Line> {
    return this.#changed.values()
  }

  /**
   * The number whose SIM card has this ICCID now, or `undefined`. The seeded cards are indexed on
   * the first call (every line of every company); changed lines are read as they are now.
   */
  holderOfIccid(iccid: string): string | undefined {
    for (const line of this.#changed.values()) if (line.sim.iccid === iccid) return line.msisdn
    if (this.#iccids === undefined) {
      const index = new Map<string, string>()
      for (const line of this.#manual.values()) index.set(line.sim.iccid, line.msisdn)
      for (const lines of this.#companies.values())
        for (let i = 0; i < lines.fleet.size; i++) {
          const msisdn = lines.fleet.msisdnAt(i)
          index.set(Traits.sim(this.#seed, msisdn).iccid, msisdn)
        }
      this.#iccids = index
    }
    const seeded = this.#iccids.get(iccid)
    // A line that has moved to another card no longer holds its seeded one.
    return seeded === undefined || this.#changed.has(seeded) ? undefined : seeded
  }

  /**
   * The personal accounts of a company, the manual's first. Accounts are derived from lines, so
   * this walks the fleet's accounts (25 lines each), not its lines.
   */
  accounts(companyId: string): ReadonlyArray<Account> {
    const lines = this.#lines(companyId)
    const accounts = new Map<string, Account>()
    for (const line of lines.manual) {
      const known = accounts.get(line.accountNumber)
      accounts.set(line.accountNumber, {
        accountNumber: line.accountNumber,
        billingMethod: line.billingMethod,
        creditLimit: line.creditLimit,
        msisdns: [...(known?.msisdns ?? []), line.msisdn],
      })
    }
    const fleet = lines.fleet
    for (let first = 0; first < fleet.size; first += linesPerAccount) {
      const msisdns: Array<string> = []
      for (let i = first; i < Math.min(fleet.size, first + linesPerAccount); i++) msisdns.push(fleet.msisdnAt(i))
      accounts.set(fleet.accountAt(first), {
        accountNumber: fleet.accountAt(first),
        billingMethod: fleet.billingMethodAt(first),
        creditLimit: fleet.creditLimitAt(first),
        msisdns,
      })
    }
    return [...accounts.values()]
  }

  /** An account of a company, or `undefined` when the company has no such account. */
  accountOf(companyId: string, accountNumber: string): Account | undefined {
    const lines = this.#lines(companyId)
    const manual = lines.manual.filter((line) => line.accountNumber === accountNumber)
    const first = manual[0]
    if (first !== undefined)
      return {
        accountNumber,
        billingMethod: first.billingMethod,
        creditLimit: first.creditLimit,
        msisdns: manual.map((line) => line.msisdn),
      }
    const start = (Number(accountNumber) - lines.company.accountBase) * linesPerAccount
    const fleet = lines.fleet
    if (!/^\d+$/u.test(accountNumber) || start < 0 || start >= fleet.size) return undefined
    const msisdns: Array<string> = []
    for (let i = start; i < Math.min(fleet.size, start + linesPerAccount); i++) msisdns.push(fleet.msisdnAt(i))
    return {
      accountNumber,
      billingMethod: fleet.billingMethodAt(start),
      creditLimit: fleet.creditLimitAt(start),
      msisdns,
    }
  }

  /** The line at a position of the operator's order: the manual's lines, then the fleet. */
  #at(lines: CompanyLines, position: number): Line {
    const manual = lines.manual[position]
    const line = manual ?? lines.fleet.lineAt(position - lines.manual.length)
    return this.#changed.get(line.msisdn) ?? line
  }

  #msisdnAt(lines: CompanyLines, position: number): string {
    const manual = lines.manual[position]
    return manual !== undefined ? manual.msisdn : lines.fleet.msisdnAt(position - lines.manual.length)
  }

  // The value a column sorts by, read without building the whole line where the fleet allows it.
  #keyOf(lines: CompanyLines, position: number, key: SortKey): string | number {
    const manual = lines.manual[position]
    const index = position - lines.manual.length
    const changed = this.#changed.get(this.#msisdnAt(lines, position))
    const line = changed ?? manual
    const fleet = lines.fleet
    switch (key) {
      case "msisdn":
        return line?.msisdn ?? fleet.msisdnAt(index)
      case "accountNumber":
        return line?.accountNumber ?? fleet.accountAt(index)
      case "tariffName":
        return line !== undefined ? (line.tariffName ?? "") : fleet.tariffAt(index)
      case "billingMethod":
        return line?.billingMethod ?? fleet.billingMethodAt(index)
      case "status":
        return statusOrder[line?.status ?? fleet.statusAt(index)]
      case "availableFunds":
        return line?.availableFunds ?? fleet.availableFundsAt(index)
    }
  }

  #index(lines: CompanyLines, key: SortKey): Int32Array {
    const cached = lines.indexes.get(key)
    if (cached !== undefined && (!mutableKeys.has(key) || cached.version === lines.version)) return cached.positions
    const total = lines.manual.length + lines.fleet.size
    const positions = new Int32Array(total)
    if (key === "msisdn") {
      for (let rank = 0; rank < total; rank++) positions[rank] = this.#byNumber(lines, rank)
    } else {
      const keys: Array<string | number> = new Array(total)
      for (let i = 0; i < total; i++) {
        positions[i] = i
        keys[i] = this.#keyOf(lines, i, key)
      }
      positions.sort((a, b) => {
        const ka = keys[a] as string | number
        const kb = keys[b] as string | number
        return ka < kb ? -1 : ka > kb ? 1 : a - b
      })
    }
    lines.indexes.set(key, { version: lines.version, positions })
    return positions
  }

  #searchIndex(lines: CompanyLines): SearchIndex {
    if (lines.search !== undefined) return lines.search
    const total = lines.manual.length + lines.fleet.size
    const digits = new Array<string>(total)
    const tariffOf = new Uint16Array(total)
    const tariffs: Array<string> = []
    const ids = new Map<string, number>()
    const tariffId = (name: string): number => {
      const known = ids.get(name)
      if (known !== undefined) return known
      ids.set(name, tariffs.length)
      tariffs.push(name.toLowerCase())
      return tariffs.length - 1
    }
    const fleet = lines.fleet
    for (let i = 0; i < total; i++) {
      const manual = lines.manual[i]
      if (manual !== undefined) {
        digits[i] = `${manual.msisdn} ${manual.accountNumber}`
        tariffOf[i] = tariffId(manual.tariffName ?? "")
      } else {
        const index = i - lines.manual.length
        digits[i] = `${fleet.msisdnAt(index)} ${fleet.accountAt(index)}`
        tariffOf[i] = tariffId(fleet.tariffAt(index))
      }
    }
    lines.search = { digits, tariffOf, tariffs }
    return lines.search
  }

  #matching(lines: CompanyLines, query: NumberQuery, order: Int32Array | undefined): Int32Array {
    const cacheKey = JSON.stringify([query.search ?? "", query.status ?? "", query.sort ?? null])
    const cached = lines.filtered.get(cacheKey)
    if (cached !== undefined && cached.version === lines.version) return cached.positions
    const total = lines.manual.length + lines.fleet.size
    const words = searchWords(query.search ?? "")
    const index = words.length === 0 ? undefined : this.#searchIndex(lines)
    // Per word, which tariffs its text is in: a handful of names, not a pass over every line.
    const tariffHits = words.map((word) =>
      (index?.tariffs ?? []).map((name) => name !== "" && name.includes(word.text)),
    )
    const hopeless = words.some((word, w) => word.digits.length === 0 && !(tariffHits[w] ?? []).includes(true))
    const out = new Int32Array(hopeless ? 0 : total)
    let n = 0
    for (let i = 0; i < out.length; i++) {
      const position = order === undefined ? i : (order[i] as number)
      if (index !== undefined) {
        let all = true
        for (let w = 0; w < words.length && all; w++)
          all = matchesWord(index, position, words[w] as SearchWord, tariffHits[w] as ReadonlyArray<boolean>)
        if (!all) continue
      }
      if (query.status !== undefined && statusOrder[query.status] !== this.#keyOf(lines, position, "status")) continue
      out[n++] = position
    }
    const positions = out.slice(0, n)
    if (lines.filtered.size >= 16) lines.filtered.delete(lines.filtered.keys().next().value as string)
    lines.filtered.set(cacheKey, { version: lines.version, positions })
    return positions
  }

  /**
   * Where each manual line ranks among all lines by number. The fleet's numbers rise with the
   * index, so a binary search over the fleet places each of the few manual lines.
   */
  #placements(lines: CompanyLines): ReadonlyArray<{ readonly position: number; readonly rank: number }> {
    if (lines.placements !== undefined) return lines.placements
    const fleet = lines.fleet
    const lowerBound = (msisdn: string): number => {
      let low = 0
      let high = fleet.size
      while (low < high) {
        const middle = (low + high) >>> 1
        if (fleet.msisdnAt(middle) < msisdn) low = middle + 1
        else high = middle
      }
      return low
    }
    const placements = lines.manual
      .map((line, position) => ({ position, msisdn: line.msisdn }))
      .sort((a, b) => (a.msisdn < b.msisdn ? -1 : 1))
      .map((entry, order) => ({ position: entry.position, rank: order + lowerBound(entry.msisdn) }))
    lines.placements = placements
    return placements
  }

  // The position holding rank `rank` in the order by number, without building the whole order.
  #byNumber(lines: CompanyLines, rank: number): number {
    let before = 0
    for (const placement of this.#placements(lines)) {
      if (placement.rank === rank) return placement.position
      if (placement.rank < rank) before++
    }
    return lines.manual.length + rank - before
  }

  /**
   * One page of a company's lines. Without a sort the order is by number, as the contract's
   * operator order is; that order and an unfiltered page of it cost only the page's rows.
   */
  list(companyId: string, query: NumberQuery): Page {
    const lines = this.#lines(companyId)
    const key = query.sort?.key ?? "msisdn"
    const descending = query.sort?.direction === "desc"
    const filtered = (query.search !== undefined && query.search.trim() !== "") || query.status !== undefined
    const total = lines.manual.length + lines.fleet.size
    const positions = filtered
      ? this.#matching(lines, query, key === "msisdn" ? this.#index(lines, "msisdn") : this.#index(lines, key))
      : key === "msisdn"
        ? undefined
        : this.#index(lines, key)
    const count = positions === undefined ? total : positions.length
    const start = Math.max(0, query.offset)
    const end = Math.min(count, start + Math.max(0, query.limit))
    const page: Array<Line> = []
    for (let i = start; i < end; i++) {
      const rank = descending ? count - 1 - i : i
      const position = positions === undefined ? this.#byNumber(lines, rank) : (positions[rank] as number)
      page.push(this.#at(lines, position))
    }
    return { lines: page, total: count }
  }
}
