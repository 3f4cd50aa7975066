/**
 * Every business rule of Kabinet as data: `Rules.catalogue` lists them, `Rules.byId` names them,
 * `Rules.evaluate` / `Rules.enforce` run one at the current moment, and the per-area modules hold
 * the checks with their helpers (`Rules.NumberRules.quickOperations`, `Rules.DocumentRules.actMonths`…).
 *
 * @example
 * ```ts
 * import { Rules } from "@kabinet/core"
 * const menu = Rules.NumberRules.quickOperations({ status: "Активный", billingMethod: "Кредитный" })
 * ```
 */
export * as AccessRules from "./AccessRules.js"
export * from "./Catalogue.js"
export * as DocumentRules from "./DocumentRules.js"
export * as NumberRules from "./NumberRules.js"
export * as PasswordPolicy from "./PasswordPolicy.js"
export * from "./Rule.js"
