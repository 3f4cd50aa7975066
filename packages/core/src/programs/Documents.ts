/**
 * Documents and reports (C1–C9, B17 as a file): one program takes any `Documents.DocumentRequest`,
 * checks it with the guard of its kind (`Rules.DocumentRules.requestGuard`: which months and
 * periods are on offer) without a request, then
 * asks the operator and answers what the kind answers — a table, a file to download, or, for
 * what is e-mailed (C4, C7, C8, C9), the acceptance with the operation to follow.
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * const accepted = yield* Programs.Documents.requestDocument(companyId, {
 *   kind: "reconciliationAct", period, email,
 * })
 * yield* Stream.runDrain(Programs.Documents.followReport(accepted))
 * ```
 */
import * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type * as ApiDocuments from "../api/Documents.js"
import type * as Operations from "../api/Operations.js"
import type * as Security from "../api/Security.js"
import { type ClientError, type OperationLabel, OperatorClient } from "../client/OperatorClient.js"
import type * as Company from "../domain/Company.js"
import type * as Documents from "../domain/Documents.js"
import * as DocumentRules from "../rules/DocumentRules.js"
import { check, keyFor } from "./internal.js"
import { type FollowOptions, followOperation } from "./Operations.js"

/**
 * What each kind of document answers.
 */
export interface Results {
  readonly paymentHistory: Documents.PaymentTable
  readonly numberPaymentHistory: typeof Documents.NumberPaymentHistoryResponse.Type
  readonly invoiceSearch: typeof Documents.InvoiceSearchResponse.Type
  readonly actionHistory: Documents.ActionHistoryTable
  readonly numberListReport: ApiDocuments.ReportAccepted
  readonly completedWorksAct: Documents.FileReady
  readonly invoiceRegistry: Documents.FileReady
  readonly reconciliationAct: ApiDocuments.ReportAccepted
  readonly registeredDevicesReport: ApiDocuments.ReportAccepted
  readonly paymentsReport: ApiDocuments.ReportAccepted
}

const labels: { readonly [K in Documents.Kind]: OperationLabel | undefined } = {
  paymentHistory: "operation.paymentHistory",
  numberPaymentHistory: "operation.paymentHistory",
  invoiceSearch: undefined,
  actionHistory: undefined,
  numberListReport: undefined,
  completedWorksAct: undefined,
  invoiceRegistry: undefined,
  reconciliationAct: undefined,
  registeredDevicesReport: undefined,
  paymentsReport: undefined,
}

/**
 * Requests a document of the chosen company. Refused with `RuleDenied` and no request when its
 * rules say no (e.g. an act for a month before January 2018, a payments report over more than
 * 3 months). Pass the same `idempotencyKey` when the admin retries, so nothing is e-mailed twice.
 *
 * @example
 * ```ts
 * const file = yield* Documents.requestDocument(companyId, {
 *   kind: "completedWorksAct",
 *   target: { by: "account", accountNumber },
 *   month: { year: 2020, month: 9 },
 *   output: "Загрузить в PDF",
 * })
 * const { bytes } = yield* Documents.fetchFile(companyId, file)
 * ```
 */
export const requestDocument = <R extends Documents.DocumentRequest>(
  companyId: Company.CompanyId,
  request: R,
  options: { readonly idempotencyKey?: Security.IdempotencyKey | undefined } = {},
): Effect.Effect<Results[R["kind"]], ClientError, OperatorClient> =>
  Effect.gen(function* () {
    yield* check((moment) => DocumentRules.requestGuard(request, moment))
    const client = yield* OperatorClient
    const params = { companyId }
    const api = client.api
    const send = (headers: {
      readonly "idempotency-key": Security.IdempotencyKey
    }): Effect.Effect<unknown, unknown> => {
      const r: Documents.DocumentRequest = request
      switch (r.kind) {
        case "paymentHistory":
          return api.records.companyPayments({ params, query: r.period })
        case "actionHistory":
          return api.history.list({ params, query: r.period })
        case "numberPaymentHistory":
          return api.documents.numberPaymentHistory({ params, headers, payload: r })
        case "invoiceSearch":
          return api.documents.invoiceSearch({ params, headers, payload: r })
        case "numberListReport":
          return api.documents.numberListReport({ params, headers, payload: r })
        case "completedWorksAct":
          return api.documents.completedWorksAct({ params, headers, payload: r })
        case "invoiceRegistry":
          return api.documents.invoiceRegistry({ params, headers, payload: r })
        case "reconciliationAct":
          return api.documents.reconciliationAct({ params, headers, payload: r })
        case "registeredDevicesReport":
          return api.documents.registeredDevicesReport({ params, headers, payload: r })
        case "paymentsReport":
          return api.documents.paymentsReport({ params, headers, payload: r })
      }
    }
    const key = yield* keyFor(options.idempotencyKey)
    const result = yield* client.call(labels[request.kind], send({ "idempotency-key": key }))
    // `send` answers the response schema of `request.kind`, which is exactly `Results[R["kind"]]`.
    return result as Results[R["kind"]]
  })

/**
 * Follows an e-mailed report until the operator has sent it.
 *
 * @example
 * ```ts
 * const last = yield* Stream.runLast(Documents.followReport(accepted))
 * ```
 */
export const followReport = (
  accepted: ApiDocuments.ReportAccepted,
  options?: FollowOptions,
): Stream.Stream<Operations.Operation, ClientError, OperatorClient> => followOperation(accepted.operationId, options)

/** A produced file's bytes, with the name and media type the document gave it. */
export interface FetchedFile {
  readonly fileName: string
  readonly mediaType: Documents.FileMediaType
  readonly bytes: Uint8Array
}

/**
 * Fetches the file a document answered, through the contract with the admin's session (files are
 * never public links): the bytes, named and typed as the `FileReady` says, ready for a `Blob`.
 * A file past its expiry (an hour) is `NotFound`: request the document again.
 *
 * @example
 * ```ts
 * const { fileName, mediaType, bytes } = yield* Documents.fetchFile(companyId, file)
 * const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }))
 * ```
 */
export const fetchFile = (
  companyId: Company.CompanyId,
  file: Documents.FileReady,
): Effect.Effect<FetchedFile, ClientError, OperatorClient> =>
  Effect.gen(function* () {
    const client = yield* OperatorClient
    const bytes = yield* client.call(
      undefined,
      client.api.documents.file({ params: { companyId, fileId: file.fileId } }),
    )
    return { fileName: file.fileName, mediaType: file.mediaType, bytes }
  })
