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
import * as HttpApi from "effect/http-api/HttpApi"
import * as OpenApi from "effect/http-api/OpenApi"
import { AuthGroup } from "./Auth.js"
import { CompaniesGroup } from "./Companies.js"
import * as Contract from "./Contract.js"
import { DocumentsGroup } from "./Documents.js"
import * as Errors from "./Errors.js"
import { HistoryGroup } from "./History.js"
import { NumberActionsGroup } from "./NumberActions.js"
import { NumbersGroup } from "./Numbers.js"
import { OperationsGroup } from "./Operations.js"
import { ProfileGroup } from "./Profile.js"
import * as Protocol from "./Protocol.js"
import { RecordsGroup } from "./Records.js"

/** The contract's version, also in `openapi.json`'s `info.version`. */
export const version = "1.0.0"

const description = `The contract between Kabinet and a mobile operator's gateway: corporate numbers, their profiles and actions, documents and reports. Money is a decimal string in tenge; instants are ISO-8601 with an offset; days are Asia/Almaty calendar dates.

**Requests.** Bodies are \`application/json\` (415 \`UnsupportedMediaType\` otherwise) of at most ${Protocol.maxBodyBytes} bytes (413 \`PayloadTooLarge\`, answered from \`Content-Length\` before the body is read). A property a schema does not list is refused (400), as is a path value longer than ${Protocol.maxPathValueLength} characters. A path not in this document answers 404 \`NotFound\` with \`resource: "route"\`; a path of this document asked with a method it does not have answers 405 \`MethodNotAllowed\` with an \`Allow\` header.

**Answers.** Every answer carries \`Cache-Control: no-store\` and \`X-Content-Type-Options: nosniff\`; 423 and 429 carry \`Retry-After\`, 503 when known. A mutation repeated with the same \`Idempotency-Key\`, path and body (compared as canonical JSON) answers the first answer again with \`Idempotent-Replayed: true\`; keys belong to the signed-in admin, or without a session to the client.

**What a caller learns.** Nothing about accounts or companies that are not theirs: a failed sign-in answers 401 \`credentials\` alike for an unknown phone, a wrong password and an account never activated, with the tries left counted for any phone; a company, number, operation or file the admin does not manage is the same 404 as one that does not exist. There is no 403.

**Sessions** end after 30 minutes without a request and 12 hours after sign-in at the latest. Five wrong passwords — at sign-in or as the current password in the profile — lock the login for 15 minutes (423). Password recovery sends at most five SMS codes and takes at most ten wrong codes per phone an hour.

**Files** (acts, registries, histories) are never public: a document answers a \`fileId\`, fetched from \`GET /v1/companies/{companyId}/files/{fileId}\` with a session of the company's admin, within an hour.`

/**
 * The root `HttpApi` of the operator's contract.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(OperatorApi.OperatorApi).pipe(Layer.provide([AuthHandlers, NumbersHandlers, …]))
 * ```
 */
export class OperatorApi extends Contract.settle(
  HttpApi.make("operator")
    .add(AuthGroup)
    .add(ProfileGroup)
    .add(CompaniesGroup)
    .add(NumbersGroup)
    .add(NumberActionsGroup)
    .add(OperationsGroup)
    .add(RecordsGroup)
    .add(DocumentsGroup)
    .add(HistoryGroup),
)
  .annotate(HttpApi.AdditionalSchemas, [Errors.MethodNotAllowed])
  .annotateMerge(
    OpenApi.annotations({
      title: "Kabinet operator API",
      version,
      description,
      license: { name: "MIT", identifier: "MIT" },
      servers: [
        {
          url: "{baseUrl}",
          description: "The operator's gateway, or the mock operator (`npm run mock-operator`).",
          variables: { baseUrl: { default: "http://127.0.0.1:8787", description: "Where the operator answers." } },
        },
      ],
      transform: (spec) => ({
        ...Protocol.document(spec),
        info: { ...spec.info, contact: { name: "Kabinet" } },
      }),
    }),
  ) {}
