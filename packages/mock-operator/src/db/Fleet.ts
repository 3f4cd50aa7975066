/**
 * The generated lines of one company, derived from their index: line `i` is the same on every
 * request without being stored, so a fleet of 100,000 costs nothing until it is looked at.
 *
 * Each fact of a line has its own hash (`hash(seed, "status", company, i)`), so a sort by status
 * reads the statuses alone and never builds whole lines. Numbers rise with the index inside the
 * company's own block (`7 701 06…`, `7 747 …`, `7 775 …`): the list sorted by number is the index
 * order, and a number finds its index by arithmetic.
 */

import * as Catalogue from "./Catalogue.js"
import type { CompanyRecord } from "./Companies.js"
import type { BillingMethod, Line, Row, Status } from "./Line.js"
import * as Prng from "./Prng.js"
import * as Traits from "./Traits.js"

// Consecutive lines are 1 to 9 numbers apart, like a block of corporate numbers with gaps.
const stride = 9
/** How many consecutive lines share a personal account. */
export const linesPerAccount = 25

/** The largest fleet a company can have inside its number block. */
export const maxSize = 1_000_000

const statusWeights: ReadonlyArray<readonly [Status, number]> = [
  ["Активный", 90],
  ["Заблокирован", 6],
  ["Заблокирован / Долг", 4],
]

const tariffWeights: ReadonlyArray<readonly [string, number]> = [
  ["Бизнес Класс Специалист", 35],
  ["Карт Бланш+ 1000", 20],
  ["Бизнес Класс Старт", 15],
  ["11 corp", 10],
  ["Бизнес Класс Эксперт", 10],
  ["M2M Телеметрия", 10],
]

const creditLimits = [300_000, 500_000, 1_000_000, 2_000_000, 5_000_000] as const
const individualLimits = [100_000, 200_000, 300_000, 500_000] as const

/** The generated lines of one company. */
export class Fleet {
  readonly #seed: number
  readonly #company: CompanyRecord
  readonly #base: number
  /** How many generated lines the company has. */
  readonly size: number

  constructor(seed: number, company: CompanyRecord, size: number) {
    if (size < 0 || size > maxSize) throw new RangeError(`fleet size must be between 0 and ${maxSize}`)
    this.#seed = seed
    this.#company = company
    this.size = size
    this.#base = company.block.start + (Prng.hash(seed, "block", company.id) % 100_000)
  }

  #roll(fact: string, index: number): Prng.Random {
    return Prng.fork(this.#seed, fact, this.#company.id, index)
  }

  /** The number of line `index`. */
  msisdnAt(index: number): string {
    const offset = this.#base + index * stride + (Prng.hash(this.#seed, "gap", this.#company.id, index) % stride)
    return `7${this.#company.block.code}${String(offset).padStart(7, "0")}`
  }

  /** The index of a generated number, or `undefined` when it is not one of this fleet's. */
  indexOf(msisdn: string): number | undefined {
    if (msisdn.length !== 11 || !msisdn.startsWith(`7${this.#company.block.code}`)) return undefined
    const index = Math.floor((Number(msisdn.slice(4)) - this.#base) / stride)
    return index >= 0 && index < this.size && this.msisdnAt(index) === msisdn ? index : undefined
  }

  /** The account of line `index`: consecutive lines share an account, 25 to an account. */
  accountAt(index: number): string {
    return String(this.#company.accountBase + Math.floor(index / linesPerAccount))
  }

  /** The billing method of line `index`, which is its account's. */
  billingMethodAt(index: number): BillingMethod {
    return Prng.hash(this.#seed, "billing", this.accountAt(index)) % 100 < 12 ? "Авансовый" : "Кредитный"
  }

  // The credit limit of an account of a billing method, in tiyn.
  #creditLimit(account: string, billing: BillingMethod): number {
    if (billing === "Авансовый") return 0
    return creditLimits[Prng.hash(this.#seed, "creditLimit", account) % creditLimits.length] as number
  }

  /** The credit limit of line `index`'s account, in tiyn; advance accounts have none. */
  creditLimitAt(index: number): number {
    return this.#creditLimit(this.accountAt(index), this.billingMethodAt(index))
  }

  /** The tariff of line `index`. */
  tariffAt(index: number): string {
    return this.#roll("tariff", index).weighted(tariffWeights)
  }

  /** The status line `index` was seeded with. */
  statusAt(index: number): Status {
    return this.#roll("status", index).weighted(statusWeights)
  }

  // The funds of line `index`, given what it is: its status, billing method and credit limit.
  #funds(index: number, status: Status, billing: BillingMethod, creditLimit: number): number {
    const random = this.#roll("funds", index)
    if (status === "Заблокирован / Долг") return -random.int(1_000, 50_000) * 100 - random.int(0, 99)
    const ceiling = billing === "Авансовый" ? 2_000_000 : creditLimit
    return random.chance(0.2) ? random.int(0, ceiling / 100) * 100 : random.int(0, ceiling)
  }

  /** The available funds line `index` was seeded with, in tiyn. */
  availableFundsAt(index: number): number {
    return this.#funds(index, this.statusAt(index), this.billingMethodAt(index), this.creditLimitAt(index))
  }

  // The row of line `index`, drawn from its "line" stream, which goes on to the rest of the line.
  #row(index: number, random: Prng.Random): Row {
    const accountNumber = this.accountAt(index)
    const billingMethod = this.billingMethodAt(index)
    const status = this.statusAt(index)
    const creditLimit = this.#creditLimit(accountNumber, billingMethod)
    return {
      msisdn: this.msisdnAt(index),
      companyId: this.#company.id,
      accountNumber,
      tariffName: this.tariffAt(index),
      billingMethod,
      status,
      statusChangedAt: Traits.pastInstant(random),
      availableFunds: this.#funds(index, status, billingMethod, creditLimit),
      individualLimit: billingMethod === "Кредитный" && random.chance(0.35) ? random.pick(individualLimits) : undefined,
      creditLimit,
    }
  }

  /** The list row of line `index`: what a page of the list needs, without the SIM, services or devices. */
  rowAt(index: number): Row {
    return this.#row(index, this.#roll("line", index))
  }

  /** The whole line `index`. */
  lineAt(index: number): Line {
    const random = this.#roll("line", index)
    const row = this.#row(index, random)
    const msisdn = row.msisdn
    const sim = Traits.sim(this.#seed, msisdn)
    const colleague =
      index + 1 < this.size ? this.msisdnAt(index + 1) : index > 0 ? this.msisdnAt(index - 1) : undefined
    return {
      ...row,
      registrationForm: `3000${random.digits(8)}-${random.int(1, 999)}`,
      bans: Traits.bans(this.#seed, msisdn),
      sim,
      services: Traits.services(this.#seed, msisdn),
      forwarding: Traits.forwarding(this.#seed, msisdn, colleague),
      devices: Traits.devices(this.#seed, msisdn, sim.lastRecordedImei),
      secretCodeSentAt: Traits.secretCodeSentAt(this.#seed, msisdn),
      pendingOperationId: undefined,
    }
  }
}

/** The tariffs a fleet draws from, for documentation and tests. */
export const tariffNames: ReadonlyArray<string> = Catalogue.tariffs.map((tariff) => tariff.name)
