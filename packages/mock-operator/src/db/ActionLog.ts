/**
 * The operator's action history («История действий», C3): every operation made through the
 * operator, failed ones too, with the admin's name and phone — seeded with the manual's own four
 * entries of 21.09.2020.
 */
import type { ActionHistory } from "@kabinet/core"
import { at } from "../internal/time.js"
import * as Admins from "./Admins.js"
import * as Companies from "./Companies.js"

/** The kinds of operation recorded: the core's `OperationKind` of the action history. */
export type ActionKind = ActionHistory.OperationKind

/** One entry. `companyId` is absent for operations on the admin's own account. */
export interface ActionEntry {
  readonly id: string
  readonly action: ActionKind
  readonly status: "Успешно" | "Ошибка"
  readonly at: number
  readonly admin: { readonly fullName: string; readonly phone: string }
  readonly companyId: string | undefined
  readonly msisdn: string | undefined
  readonly details: string | undefined
}

const manualEntries: ReadonlyArray<Omit<ActionEntry, "id">> = [
  {
    action: "documentRequest",
    status: "Успешно",
    at: at("2020-09-21T12:09:24+06:00"),
    admin: { fullName: Admins.singleCompany.fullName, phone: Admins.singleCompany.phone },
    companyId: Companies.kabinet.id,
    msisdn: undefined,
    details: "Запрос доступных актов выполненных работ для компании 700700700700 (БИН) с i-список",
  },
  {
    action: "documentRequest",
    status: "Ошибка",
    at: at("2020-09-21T11:04:05+06:00"),
    admin: { fullName: Admins.colleague.fullName, phone: Admins.colleague.phone },
    companyId: Companies.kabinet.id,
    msisdn: undefined,
    details: "Запрос доступных актов выполненных работ для компании 700700700700 (БИН) с i-список",
  },
  {
    action: "other",
    status: "Успешно",
    at: at("2020-09-21T10:20:15+06:00"),
    admin: { fullName: Admins.singleCompany.fullName, phone: Admins.singleCompany.phone },
    companyId: Companies.kabinet.id,
    msisdn: undefined,
    details: "Получение лицевого счета М2М номеров по БИН",
  },
  {
    action: "other",
    status: "Успешно",
    at: at("2020-09-21T10:13:56+06:00"),
    admin: { fullName: Admins.singleCompany.fullName, phone: Admins.singleCompany.phone },
    companyId: Companies.kabinet.id,
    msisdn: undefined,
    details: "Получение лицевого счета М2М номеров по БИН",
  },
]

/** The action history. */
export class ActionLog {
  readonly #entries: Array<ActionEntry> = []
  #next = 1

  constructor() {
    for (const entry of manualEntries) this.record(entry)
  }

  /** Records an operation. */
  record(entry: Omit<ActionEntry, "id">): ActionEntry {
    const recorded: ActionEntry = { id: `act-${this.#next++}`, ...entry }
    this.#entries.push(recorded)
    return recorded
  }

  /**
   * The entries of a company between two instants (inclusive), newest first: the company's
   * operations, and its admins' operations on their own accounts.
   */
  list(companyId: string, adminPhones: ReadonlySet<string>, from: number, to: number): ReadonlyArray<ActionEntry> {
    return this.#entries
      .filter(
        (entry) =>
          entry.at >= from &&
          entry.at <= to &&
          (entry.companyId === companyId || (entry.companyId === undefined && adminPhones.has(entry.admin.phone))),
      )
      .sort((a, b) => b.at - a.at)
  }

  /** Every entry, oldest first; for the control API and tests. */
  all(): ReadonlyArray<ActionEntry> {
    return this.#entries
  }
}
