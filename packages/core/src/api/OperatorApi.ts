/**
 * The operator's HTTP contract (decision 1): every endpoint Kabinet calls, with its request and
 * response schemas. The client is derived from it, operators implement it with
 * `HttpApiBuilder`, and `openapi.json` is generated from it.
 *
 * | group | what |
 * |---|---|
 * | `auth` | sign in, password recovery, sign out (A1, A2) |
 * | `profile` | the admin's profile (A3) |
 * | `companies` | the admin's companies (A4) |
 * | `numbers` | the number list and the profile sections (B1–B7, B9, B15, B16) |
 * | `numberActions` | block, unblock, SIM swap, bans, forwarding, devices, secret code, services |
 * | `operations` | following long operations |
 * | `records` | call detail records and payments (B8, B17, C1) |
 * | `documents` | documents and reports (C2, C4–C9) |
 * | `history` | the action history (C3) |
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * const client = yield* HttpApiClient.make(Api.OperatorApi.OperatorApi, { baseUrl })
 * ```
 */
import { HttpApi, OpenApi } from "effect/http-api"
import { AuthGroup } from "./Auth.js"
import { CompaniesGroup } from "./Companies.js"
import { DocumentsGroup } from "./Documents.js"
import { HistoryGroup } from "./History.js"
import { NumberActionsGroup } from "./NumberActions.js"
import { NumbersGroup } from "./Numbers.js"
import { OperationsGroup } from "./Operations.js"
import { ProfileGroup } from "./Profile.js"
import { RecordsGroup } from "./Records.js"
import { Validation } from "./Validation.js"

/** The contract's version, also in `openapi.json`'s `info.version`. */
export const version = "1.0.0"

/**
 * The root `HttpApi` of the operator's contract.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(OperatorApi.OperatorApi).pipe(Layer.provide([AuthHandlers, NumbersHandlers, …]))
 * ```
 */
export class OperatorApi extends HttpApi.make("operator")
  .add(AuthGroup)
  .add(ProfileGroup)
  .add(CompaniesGroup)
  .add(NumbersGroup)
  .add(NumberActionsGroup)
  .add(OperationsGroup)
  .add(RecordsGroup)
  .add(DocumentsGroup)
  .add(HistoryGroup)
  .middleware(Validation)
  .annotateMerge(
    OpenApi.annotations({
      title: "Kabinet operator API",
      version,
      description:
        "The contract between Kabinet and a mobile operator's gateway: corporate numbers, their profiles and actions, documents and reports. Money is a decimal string in tenge; instants are ISO-8601 with an offset; days are Asia/Almaty calendar dates.",
    }),
  ) {}
