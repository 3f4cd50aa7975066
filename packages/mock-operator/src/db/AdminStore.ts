/**
 * The admins' accounts as they change: passwords set through recovery or the profile, e-mails,
 * the short names each admin gives their companies, and the failed sign-ins that lock a login.
 */
import type { Rules } from "@kabinet/core"
import * as Admins from "./Admins.js"

/** The failed sign-ins since the last success, in the shape the core's login rules take. */
export type LoginAttempts = Rules.AccessRules.LoginAttempts

/** An admin's account now. */
export interface AdminAccount extends Admins.AdminRecord {
  /** Short display names by company id (A3), as this admin set them. */
  readonly shortNames: ReadonlyMap<string, string>
}

/** The admins' accounts. */
export class AdminStore {
  readonly #accounts = new Map<string, AdminAccount>()
  // Kept for any phone, known or not, so that a lock cannot tell a stranger which phones exist.
  readonly #attempts = new Map<string, LoginAttempts>()

  constructor() {
    for (const admin of Admins.all) this.#accounts.set(admin.phone, { ...admin, shortNames: new Map() })
  }

  /** The failed sign-ins of a phone since its last success. */
  attempts(phone: string): LoginAttempts {
    return this.#attempts.get(phone) ?? { failures: 0 }
  }

  /** Replaces the failed sign-ins of a phone. */
  setAttempts(phone: string, attempts: LoginAttempts): void {
    this.#attempts.set(phone, attempts)
  }

  /** An account by phone. */
  get(phone: string): AdminAccount | undefined {
    return this.#accounts.get(phone)
  }

  /** Every account; for the action history's company filter. */
  all(): Iterable<AdminAccount> {
    return this.#accounts.values()
  }

  /** Changes an account; returns it. */
  update(phone: string, change: (account: AdminAccount) => AdminAccount): AdminAccount {
    const account = this.#accounts.get(phone)
    if (account === undefined) throw new Error(`unknown admin ${phone}`)
    const next = change(account)
    this.#accounts.set(phone, next)
    return next
  }

  /** The phones of every admin of a company. */
  phonesOf(companyId: string): ReadonlySet<string> {
    const phones = new Set<string>()
    for (const account of this.#accounts.values()) if (account.companyIds.includes(companyId)) phones.add(account.phone)
    return phones
  }
}
