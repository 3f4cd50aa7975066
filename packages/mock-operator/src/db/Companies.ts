/**
 * The companies the operator serves, from the manual: «АО "Времени мало"» (БИН 800800800800) and
 * «TOO Кабинет» with its branch «Филиал TOO Кабинет» (both БИН 700700700700).
 */

/** A company as the operator keeps it. */
export interface CompanyRecord {
  /** The operator's opaque id; head office and branch share a БИН, so the БИН alone cannot be one. */
  readonly id: string
  readonly bin: string
  readonly fullName: string
  /**
   * The code after `7` that generated lines of this company get (`7 701 …`), and where in that
   * code's range they start: each company owns its own block, so generated numbers never collide
   * with each other or with the manual's.
   */
  readonly block: { readonly code: string; readonly start: number }
  /** Prefix of the company's generated account numbers, so accounts never collide either. */
  readonly accountBase: number
}

/** «TOO Кабинет»: the manual's number list, the default company of the demo admin. */
export const kabinet: CompanyRecord = {
  id: "cmp-700700700700",
  bin: "700700700700",
  fullName: "TOO Кабинет",
  block: { code: "701", start: 600_000 },
  accountBase: 26_000_000,
}

/** «Филиал TOO Кабинет»: the branch, same БИН. */
export const kabinetBranch: CompanyRecord = {
  id: "cmp-700700700700-branch",
  bin: "700700700700",
  fullName: "Филиал TOO Кабинет",
  block: { code: "747", start: 0 },
  accountBase: 27_000_000,
}

/** «АО "Времени мало"»: the company of the manual's profile page. */
export const vremeniMalo: CompanyRecord = {
  id: "cmp-800800800800",
  bin: "800800800800",
  fullName: 'АО "Времени мало"',
  block: { code: "775", start: 0 },
  accountBase: 28_000_000,
}

/** Every company, in the order the company drop-down lists them. */
export const all: ReadonlyArray<CompanyRecord> = [kabinet, kabinetBranch, vremeniMalo]

/** A company by id. */
export const byId = (id: string): CompanyRecord | undefined => all.find((company) => company.id === id)

/**
 * How many lines each company has for a given fleet size: the fleet size is the number of lines of
 * «TOO Кабинет» (the company the manual's list shows), the other two are smaller, as a group of
 * related companies usually is.
 */
export const fleetSizeOf = (company: CompanyRecord, fleetSize: number): number =>
  company === kabinet
    ? fleetSize
    : company === vremeniMalo
      ? Math.max(1, Math.round(fleetSize / 5))
      : Math.round(fleetSize / 20)
