/**
 * The action history (C3): every operation made through Kabinet in the company over a period,
 * failed ones too, with who did it.
 *
 * @example
 * ```ts
 * const table = yield* client.history.list({ params: { companyId }, query: { start, end } })
 * ```
 */
import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Documents from "../domain/Documents.js"
import * as Errors from "./Errors.js"
import { CompanyParams } from "./Numbers.js"
import { PeriodQuery } from "./Records.js"
import * as Security from "./Security.js"

/** `GET /v1/companies/:companyId/history?start&end` — the action history of a period, newest first. */
export const list = HttpApiEndpoint.get("list", "/v1/companies/:companyId/history", {
  params: CompanyParams,
  query: PeriodQuery,
  success: Documents.ActionHistoryTable,
  error: [...Errors.companyScoped, Errors.RuleDenied],
}).annotateMerge(
  OpenApi.annotations({
    summary: "The action history of a period",
    description:
      "Every operation made through Kabinet in the company over the period, newest first, failed ones too, with who made it. 422 `period.valid` for a bad period.",
  }),
)

/**
 * The `history` group.
 *
 * @example
 * ```ts
 * yield* client.history.list({ params: { companyId }, query: { start, end } })
 * ```
 */
export class HistoryGroup extends HttpApiGroup.make("history")
  .add(list)
  .middleware(Security.Authorization)
  .annotateMerge(OpenApi.annotations({ title: "History", description: "The action history (C3)" })) {}
