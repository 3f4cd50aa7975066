/**
 * Where the cabinet is: a view and, for the views of one number, its MSISDN. A route is written in the
 * page's address as a hash (`#/numbers`, `#/numbers/77010542001`, `#/numbers/77010542001/detalization`,
 * `#/documents`, `#/profile`) when the cabinet routes by hash.
 */
import { Msisdn } from "@kabinet/core"

/** The cabinet's views. */
export type CabinetView = "numbers" | "number" | "detalization" | "payments" | "documents" | "profile"

/** The views, in the order of the address's grammar. */
export const cabinetViews: ReadonlyArray<CabinetView> = [
  "numbers",
  "number",
  "detalization",
  "payments",
  "documents",
  "profile",
]

/** A view, and the number it shows when it is one number's. */
export interface Route {
  readonly view: CabinetView
  readonly number?: string | undefined
}

/** The cabinet's start: the number list. */
export const startRoute: Route = { view: "numbers" }

/** Whether a view shows one number (and so needs `number`). */
export const isNumberView = (view: CabinetView): boolean =>
  view === "number" || view === "detalization" || view === "payments"

/** A route made whole: a number view without a number falls back to the list. */
export const normalize = (view: string | null | undefined, number: string | null | undefined): Route => {
  const known = cabinetViews.find((each) => each === view) ?? "numbers"
  if (!isNumberView(known)) return { view: known }
  const digits = Msisdn.digitsOf(number ?? "")
  return digits === "" ? startRoute : { view: known, number: digits }
}

/**
 * The route a hash names; anything unknown is the list.
 *
 * @example
 * ```ts
 * parseHash("#/numbers/77010542001/detalization") // { view: "detalization", number: "77010542001" }
 * ```
 */
export const parseHash = (hash: string): Route => {
  const [section, number, sub] = hash.replace(/^#\/?/u, "").split("/").map(decodeURIComponent)
  if (section === "documents" || section === "profile") return { view: section }
  if (section !== "numbers" || number === undefined || number === "") return startRoute
  if (sub === "detalization" || sub === "payments") return normalize(sub, number)
  return normalize("number", number)
}

/**
 * The hash of a route.
 *
 * @example
 * ```ts
 * routeHash({ view: "number", number: "77010542001" }) // "#/numbers/77010542001"
 * ```
 */
export const routeHash = (route: Route): string => {
  switch (route.view) {
    case "documents":
    case "profile":
      return `#/${route.view}`
    case "number":
      return `#/numbers/${encodeURIComponent(route.number ?? "")}`
    case "detalization":
    case "payments":
      return `#/numbers/${encodeURIComponent(route.number ?? "")}/${route.view}`
    default:
      return "#/numbers"
  }
}

/** Whether two routes are the same place. */
export const sameRoute = (a: Route, b: Route): boolean => a.view === b.view && (a.number ?? "") === (b.number ?? "")

/** The navigation section a view belongs to (its item carries `aria-current="page"`). */
export const sectionOf = (view: CabinetView): "numbers" | "documents" | undefined =>
  view === "documents" ? "documents" : view === "profile" ? undefined : "numbers"
