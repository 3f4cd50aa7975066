/**
 * The companies the admin manages (A4, «Выбор компании»), with their short names where set, and
 * the personal accounts of a company (the «№ лицевого счета» drop-down of C5).
 *
 * @example
 * ```ts
 * const companies = yield* client.companies.list()
 * companies.map(Company.displayName)
 * ```
 */

import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as AccountNumber from "../domain/AccountNumber.js"
import * as BillingMethod from "../domain/BillingMethod.js"
import * as Company from "../domain/Company.js"
import * as Errors from "./Errors.js"
import * as Security from "./Security.js"

/**
 * One personal account («лицевой счет») of the company and how it pays. The billing method lets
 * a form offer credit accounts only where only they apply (C1).
 *
 * JSON: `{ "accountNumber": "10085297", "billingMethod": "Кредитный" }`
 *
 * @example
 * ```ts
 * accounts.filter((a) => a.billingMethod === "Кредитный")
 * ```
 */
export const Account = Schema.Struct({
  accountNumber: AccountNumber.AccountNumber,
  billingMethod: BillingMethod.BillingMethod,
}).annotate({ identifier: "Account" })
export type Account = typeof Account.Type

/** `GET /v1/companies` — the admin's companies, in the operator's order. */
export const list = HttpApiEndpoint.get("list", "/v1/companies", {
  success: Schema.Array(Company.Company),
  error: [...Errors.common],
}).annotateMerge(
  OpenApi.annotations({
    summary: "The admin's companies",
    description:
      "The companies the signed-in admin manages, in the operator's order, with the short names this admin gave them.",
  }),
)

/** `GET /v1/companies/:companyId/accounts` — the company's personal accounts, by number. */
export const accounts = HttpApiEndpoint.get("accounts", "/v1/companies/:companyId/accounts", {
  params: { companyId: Company.CompanyId },
  success: Schema.Array(Account),
  error: [...Errors.companyScoped],
}).annotateMerge(
  OpenApi.annotations({
    summary: "The company's personal accounts",
    description:
      "The company's personal accounts and their billing methods, by account number. 404 for a company the admin does not manage.",
  }),
)

/**
 * The `companies` group.
 *
 * @example
 * ```ts
 * yield* client.companies.list()
 * ```
 */
export class CompaniesGroup extends HttpApiGroup.make("companies")
  .add(list, accounts)
  .middleware(Security.Authorization)
  .annotateMerge(OpenApi.annotations({ title: "Companies", description: "The admin's companies (A4)" })) {}
