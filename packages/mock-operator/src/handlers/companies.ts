/**
 * The `companies` group (A4, C5): the companies the signed-in admin manages, in the operator's
 * order, with the short names this admin gave them; and a company's personal accounts.
 */
import { Api } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as Schema from "effect/Schema"
import * as Companies from "../db/Companies.js"
import { company, signedIn } from "./Access.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

/**
 * The handlers of the `companies` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(CompaniesHandlers))
 * ```
 */
export const CompaniesHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "companies", (handlers) =>
  handlers
    .handle("list", () =>
      Effect.map(signedIn, (account) =>
        account.companyIds.flatMap((id) => {
          const record = Companies.byId(id)
          return record === undefined ? [] : [Contract.company(record, account.shortNames.get(id))]
        }),
      ),
    )
    .handle("accounts", ({ params }) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        yield* company(params.companyId)
        return Schema.decodeUnknownSync(Schema.Array(Api.Companies.Account))(
          state.numbers
            .accounts(params.companyId)
            .map((account) => ({ accountNumber: account.accountNumber, billingMethod: account.billingMethod })),
        )
      }),
    ),
)
