/**
 * The admins the operator knows, seeded from the manual: the demo admin of every company, an
 * account that was never activated (the manual's recovery example), and the two admins of the
 * manual's action history.
 */
import * as Companies from "./Companies.js"

/** An admin as the operator keeps it. The mock keeps passwords in memory as they are. */
export interface AdminRecord {
  readonly phone: string
  readonly fullName: string
  readonly email: string | undefined
  readonly companyIds: ReadonlyArray<string>
  /** Absent while the account was never activated: it must go through recovery first (A1). */
  readonly password: string | undefined
}

/** The password of every seeded, activated admin. */
export const demoPassword = "kabinet-demo"

/** The demo admin: signs in with {@link demoPassword}, manages all three companies. */
export const demo: AdminRecord = {
  phone: "77012111249",
  fullName: "Akhmetova Dana",
  email: "dana.akhmetova@kabinet.kz",
  companyIds: [Companies.kabinet.id, Companies.kabinetBranch.id, Companies.vremeniMalo.id],
  password: demoPassword,
}

/** The manual's recovery example: never activated, so it must recover its password first. */
export const notActivated: AdminRecord = {
  phone: "77010016218",
  fullName: "Nurlanov Ayan",
  email: undefined,
  companyIds: [Companies.kabinet.id, Companies.vremeniMalo.id],
  password: undefined,
}

/** «Rocket Yurly» of the manual's action history: admin of «TOO Кабинет» only. */
export const singleCompany: AdminRecord = {
  phone: "77080770570",
  fullName: "Rocket Yurly",
  email: "yurly.rocket@kabinet.kz",
  companyIds: [Companies.kabinet.id],
  password: demoPassword,
}

/** «Alimbayeva Adel» of the manual's action history: admin of «TOO Кабинет». */
export const colleague: AdminRecord = {
  phone: "77012114644",
  fullName: "Alimbayeva Adel",
  email: undefined,
  companyIds: [Companies.kabinet.id],
  password: demoPassword,
}

/** Every seeded admin. */
export const all: ReadonlyArray<AdminRecord> = [demo, notActivated, singleCompany, colleague]
