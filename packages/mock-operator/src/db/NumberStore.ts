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
import type { Line, Row, Status } from "./Line.js"
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

/** One page of lines (their list rows) and how many lines match in all. */
export interface Page {
  readonly lines: ReadonlyArray<Row>
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
  readonly indexes: Map<SortKey, SortIndex>
  /** What a search reads of each position, built on the first search; numbers, accounts and tariffs never change. */
  search: SearchIndex | undefined
  /** Matching positions of recent searches, so paging through one is cheap. */
  readonly filtered: Map<string, { readonly version: number; readonly positions: Int32Array }>
  /** Where the manual's lines fall in the order by number, built on first use. */
  placements: ReadonlyArray<{ readonly position: number; readonly rank: number }> | undefined
  /** Bumped on every change to a line of the company. */
  version: number
}

/** The positions of a company in the order of a column, and each position's rank in it. */
interface SortIndex {
  readonly version: number
  readonly positions: Int32Array
  /** Built on the first search in this order, to put a few matches in order without a full pass. */
  ranks: Int32Array | undefined
}

/** What a search reads of each position of a company; numbers, accounts and tariffs never change. */
interface SearchIndex {
  /**
   * "<number> <account>\n" of every position, one after the other: a run of digits is found with
   * `indexOf` over the whole text, far faster than a test per line. No run crosses a space or a
   * line break, so a match always lies within one line's number or account.
   */
  readonly digits: string
  /** Where each position's part of `digits` starts, ascending. */
  readonly starts: Int32Array
  /** The tariff of each position, as an index into `tariffs`. */
  readonly tariffOf: Uint16Array
  /** The tariffs' names, lower-cased; the empty name for a line without a tariff. */
  readonly tariffs: ReadonlyArray<string>
  /** The positions of each tariff, ascending. */
  readonly byTariff: ReadonlyArray<Int32Array>
  /**
   * For each run of three digits (000–999), the positions whose number or account holds it,
   * ascending: a search of three digits or more reads a few hundred positions, not the whole text.
   */
  readonly trigrams: ReadonlyArray<Int32Array>
}

/** What one word of a search matches: whole tariffs, and single positions by their digits. */
interface WordMatch {
  readonly tariffs: ReadonlyArray<boolean>
  /** Ascending positions whose number or account holds the word's digits. */
  readonly digits: Int32Array
  /** The same as a flag per position, when there are many (a digit or two match most lines). */
  readonly marked: Uint8Array | undefined
  /** At most how many positions the word matches. */
  readonly size: number
}

// The position whose part of the text holds offset `at`, searched from position `from` on.
const positionAt = (starts: Int32Array, at: number, from: number): number => {
  let low = from
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((starts[middle] as number) <= at) low = middle
    else high = middle - 1
  }
  return low
}

// The positions in both ascending lists.
const intersect = (a: Int32Array, b: Int32Array): Int32Array => {
  const out = new Int32Array(Math.min(a.length, b.length))
  let n = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      out[n++] = x
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return out.slice(0, n)
}

// The text of a position in the digits index.
const partOf = (index: SearchIndex, position: number): string =>
  index.digits.slice(index.starts[position] as number, index.starts[position + 1] ?? index.digits.length)

const matchWord = (index: SearchIndex, word: SearchWord): WordMatch => {
  const tariffs = index.tariffs.map((name) => name !== "" && name.includes(word.text))
  const found = new Set<number>()
  for (const candidate of word.digits) {
    if (candidate.length >= 3) {
      // The positions that hold every run of three of the candidate's digits, then the whole of it.
      let positions = index.trigrams[Number(candidate.slice(0, 3))] as Int32Array
      for (let i = 1; i + 3 <= candidate.length && positions.length > 0; i++)
        positions = intersect(positions, index.trigrams[Number(candidate.slice(i, i + 3))] as Int32Array)
      for (const position of positions) if (partOf(index, position).includes(candidate)) found.add(position)
      continue
    }
    // One hit per position is enough: the next search starts at the following position's text.
    let position = 0
    for (let at = index.digits.indexOf(candidate); at !== -1; ) {
      position = positionAt(index.starts, at, position)
      found.add(position)
      const next = position + 1 < index.starts.length ? (index.starts[position + 1] as number) : index.digits.length
      at = index.digits.indexOf(candidate, next)
    }
  }
  const digits = Int32Array.from(found).sort()
  let marked: Uint8Array | undefined
  if (digits.length > 1_024) {
    marked = new Uint8Array(index.starts.length)
    for (const position of digits) marked[position] = 1
  }
  const size = tariffs.reduce((sum, hit, t) => sum + (hit ? (index.byTariff[t]?.length ?? 0) : 0), digits.length)
  return { tariffs, digits, marked, size }
}

const has = (sorted: Int32Array, value: number): boolean => {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const at = sorted[middle] as number
    if (at === value) return true
    if (at < value) low = middle + 1
    else high = middle - 1
  }
  return false
}

const matches = (index: SearchIndex, match: WordMatch, position: number): boolean =>
  match.tariffs[index.tariffOf[position] as number] === true ||
  (match.marked === undefined ? has(match.digits, position) : match.marked[position] === 1)

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

  /**
   * Builds now what the first search and the first page in the order by number would otherwise
   * build: for a server, which would rather take a moment to start than make its first client wait.
   */
  prepare(): void {
    for (const lines of this.#companies.values()) {
      this.#searchIndex(lines)
      this.#ranks(lines, "msisdn")
    }
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

  /** The list row at a position of the operator's order: the manual's lines, then the fleet. */
  #rowAt(lines: CompanyLines, position: number): Row {
    const manual = lines.manual[position]
    if (manual !== undefined) return this.#changed.get(manual.msisdn) ?? manual
    const index = position - lines.manual.length
    return this.#changed.get(lines.fleet.msisdnAt(index)) ?? lines.fleet.rowAt(index)
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
    lines.indexes.set(key, { version: lines.version, positions, ranks: undefined })
    return positions
  }

  #searchIndex(lines: CompanyLines): SearchIndex {
    if (lines.search !== undefined) return lines.search
    const total = lines.manual.length + lines.fleet.size
    const parts = new Array<string>(total)
    const starts = new Int32Array(total)
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
    let offset = 0
    for (let i = 0; i < total; i++) {
      const manual = lines.manual[i]
      const index = i - lines.manual.length
      const part =
        manual !== undefined
          ? `${manual.msisdn} ${manual.accountNumber}\n`
          : `${fleet.msisdnAt(index)} ${fleet.accountAt(index)}\n`
      parts[i] = part
      starts[i] = offset
      offset += part.length
      tariffOf[i] = tariffId(manual !== undefined ? (manual.tariffName ?? "") : fleet.tariffAt(index))
    }
    lines.search = {
      digits: parts.join(""),
      starts,
      tariffOf,
      tariffs,
      byTariff: this.#byTariff(tariffOf, tariffs.length),
      trigrams: this.#trigrams(parts),
    }
    return lines.search
  }

  #byTariff(tariffOf: Uint16Array, count: number): ReadonlyArray<Int32Array> {
    const counts = new Int32Array(count)
    for (const t of tariffOf) counts[t] = (counts[t] as number) + 1
    const byTariff = Array.from(counts, (size) => new Int32Array(size))
    const filled = new Int32Array(count)
    tariffOf.forEach((t, position) => {
      ;(byTariff[t] as Int32Array)[filled[t] as number] = position
      filled[t] = (filled[t] as number) + 1
    })
    return byTariff
  }

  // Two passes over the digits of every position: count each trigram's positions, then fill them.
  #trigrams(parts: ReadonlyArray<string>): ReadonlyArray<Int32Array> {
    const each = (visit: (trigram: number, position: number) => void) => {
      const last = new Int32Array(1_000).fill(-1)
      parts.forEach((part, position) => {
        for (let i = 0; i + 3 <= part.length; i++) {
          const a = part.charCodeAt(i) - 48
          const b = part.charCodeAt(i + 1) - 48
          const c = part.charCodeAt(i + 2) - 48
          if (a < 0 || a > 9 || b < 0 || b > 9 || c < 0 || c > 9) continue
          const trigram = a * 100 + b * 10 + c
          if (last[trigram] === position) continue
          last[trigram] = position
          visit(trigram, position)
        }
      })
    }
    const counts = new Int32Array(1_000)
    each((trigram) => {
      counts[trigram] = (counts[trigram] as number) + 1
    })
    const trigrams = Array.from(counts, (size) => new Int32Array(size))
    const filled = new Int32Array(1_000)
    each((trigram, position) => {
      ;(trigrams[trigram] as Int32Array)[filled[trigram] as number] = position
      filled[trigram] = (filled[trigram] as number) + 1
    })
    return trigrams
  }

  // Each position's rank in an order, built once per order and version.
  #ranks(lines: CompanyLines, key: SortKey): Int32Array {
    this.#index(lines, key)
    const index = lines.indexes.get(key) as SortIndex
    if (index.ranks !== undefined) return index.ranks
    const ranks = new Int32Array(index.positions.length)
    index.positions.forEach((position, rank) => {
      ranks[position] = rank
    })
    index.ranks = ranks
    return ranks
  }

  /**
   * The positions a search and a status filter leave, in the order of `key`. The narrowest word
   * leads: when it matches few lines (a number, an account), only those are checked against the
   * other words and put in order; when every word matches many (a tariff), one pass over the order
   * keeps the lines that match them all.
   */
  #matching(lines: CompanyLines, query: NumberQuery, key: SortKey): Int32Array {
    const cacheKey = JSON.stringify([query.search ?? "", query.status ?? "", key])
    const cached = lines.filtered.get(cacheKey)
    if (cached !== undefined && cached.version === lines.version) return cached.positions
    const total = lines.manual.length + lines.fleet.size
    const words = searchWords(query.search ?? "")
    const index = words.length === 0 ? undefined : this.#searchIndex(lines)
    const found = index === undefined ? [] : words.map((word) => matchWord(index, word))
    const narrowest = found.reduce<WordMatch | undefined>(
      (best, match) => (best === undefined || match.size < best.size ? match : best),
      undefined,
    )
    const keep = (position: number): boolean =>
      (index === undefined || found.every((match) => matches(index, match, position))) &&
      (query.status === undefined || statusOrder[query.status] === this.#keyOf(lines, position, "status"))
    let positions: Int32Array
    if (index !== undefined && narrowest !== undefined && narrowest.size * 8 < total) {
      const candidates = new Set<number>(narrowest.digits)
      narrowest.tariffs.forEach((hit, t) => {
        if (hit) for (const position of index.byTariff[t] ?? []) candidates.add(position)
      })
      const ranks = this.#ranks(lines, key)
      positions = Int32Array.from([...candidates].filter(keep)).sort(
        (a, b) => (ranks[a] as number) - (ranks[b] as number),
      )
    } else {
      const order = this.#index(lines, key)
      const out = new Int32Array(narrowest?.size === 0 ? 0 : total)
      let n = 0
      for (let i = 0; i < out.length; i++) {
        const position = order[i] as number
        if (keep(position)) out[n++] = position
      }
      positions = out.slice(0, n)
    }
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
      ? this.#matching(lines, query, key)
      : key === "msisdn"
        ? undefined
        : this.#index(lines, key)
    const count = positions === undefined ? total : positions.length
    const start = Math.max(0, query.offset)
    const end = Math.min(count, start + Math.max(0, query.limit))
    const page: Array<Row> = []
    for (let i = start; i < end; i++) {
      const rank = descending ? count - 1 - i : i
      const position = positions === undefined ? this.#byNumber(lines, rank) : (positions[rank] as number)
      page.push(this.#rowAt(lines, position))
    }
    return { lines: page, total: count }
  }
}
