/**
 * The contract's groups as the client builds them: each group in an `HttpApi` of its own with the
 * contract's settings (`Contract.settle`), not the published `OperatorApi`, so the client carries the
 * groups' schemas but none of the OpenAPI document's metadata, and a group can be built (or later
 * loaded) on its own.
 *
 * @internal
 */
import * as HttpApi from "effect/http-api/HttpApi"
import { AuthGroup } from "../../api/Auth.js"
import { CompaniesGroup } from "../../api/Companies.js"
import * as Contract from "../../api/Contract.js"
import { DocumentsGroup } from "../../api/Documents.js"
import { HistoryGroup } from "../../api/History.js"
import { NumberActionsGroup } from "../../api/NumberActions.js"
import { NumbersGroup } from "../../api/Numbers.js"
import { OperationsGroup } from "../../api/Operations.js"
import { ProfileGroup } from "../../api/Profile.js"
import { RecordsGroup } from "../../api/Records.js"

/** The groups a page that lists numbers calls first: sign-in and session, companies, numbers. */
export const first = Contract.settle(HttpApi.make("operator").add(AuthGroup).add(CompaniesGroup).add(NumbersGroup))

/**
 * Every other group, each as an `HttpApi` of that group alone; the client compiles a group's codecs the
 * first time one of its endpoints is called.
 */
export const later = {
  profile: Contract.settle(HttpApi.make("operator").add(ProfileGroup)),
  numberActions: Contract.settle(HttpApi.make("operator").add(NumberActionsGroup)),
  operations: Contract.settle(HttpApi.make("operator").add(OperationsGroup)),
  records: Contract.settle(HttpApi.make("operator").add(RecordsGroup)),
  documents: Contract.settle(HttpApi.make("operator").add(DocumentsGroup)),
  history: Contract.settle(HttpApi.make("operator").add(HistoryGroup)),
}

/** The name of a group whose client is built the first time it is called. */
export type LaterGroup = keyof typeof later
