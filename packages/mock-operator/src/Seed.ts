/**
 * Who and what the operator is seeded with, for tests and stories that need to name them: the
 * companies, the admins (the demo admin's password), the manual's lines and the catalogue.
 *
 * @example
 * ```ts
 * import { Seed } from "@kabinet/mock-operator"
 * signIn(Seed.Admins.demo.phone, Seed.Admins.demoPassword)
 * ```
 */
export * as Admins from "./db/Admins.js"
export * as Catalogue from "./db/Catalogue.js"
export * as Companies from "./db/Companies.js"
export * as Invoices from "./db/Invoices.js"
export * as ManualLines from "./db/ManualLines.js"
