/**
 * What every part of the operator's contract shares, whichever groups an `HttpApi` holds: the
 * request-validation answers on every endpoint ({@link Validation.Validation}) and the refusal of a
 * property a schema does not list. `OperatorApi` is every group with these settings; the client
 * builds an `HttpApi` of just the groups a page calls with the same settings, so it encodes and
 * decodes exactly as the whole contract does without loading the other groups' schemas.
 *
 * @example
 * ```ts
 * const numbersOnly = Contract.settle(HttpApi.make("operator").add(NumbersGroup))
 * ```
 */
import * as HttpApi from "effect/http-api/HttpApi"
import type * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import { Validation } from "./internal/validationMiddleware.js"

/**
 * The contract's settings applied to an `HttpApi` of some of its groups: the validation middleware on
 * every endpoint added so far, and excess properties refused.
 *
 * @example
 * ```ts
 * Contract.settle(HttpApi.make("operator").add(AuthGroup).add(CompaniesGroup))
 * ```
 */
export const settle = <Id extends string, Groups extends HttpApiGroup.Constraint>(api: HttpApi.HttpApi<Id, Groups>) =>
  api
    .middleware(Validation)
    // A property the schema does not list is refused, as the published `additionalProperties: false` says.
    .annotate(HttpApi.PayloadParseOptions, { onExcessProperty: "error" })
