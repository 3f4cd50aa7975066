/**
 * A document the operator made (an act, a registry): fetched with the admin's session — the bearer
 * token the client holds — and handed to the browser as a download; the page never opens a link the
 * operator answered. The file is the company's: when the operator names it by id, it is fetched from
 * the company's files endpoint of the contract (`GET /v1/companies/{companyId}/files/{fileId}`).
 */
import type { Company } from "@kabinet/core"
import * as Redacted from "effect/Redacted"
import { download } from "../internal/export/download.js"
import type { KabinetStore } from "../internal/store/store.js"

/** How fetching a file ended. */
export type FileOutcome =
  | { readonly _tag: "Saved"; readonly fileName: string; readonly bytes: number }
  | { readonly _tag: "Failed"; readonly status: number }

/**
 * What the operator answers for a file: its name and media type, and either its id (fetched from the
 * company's files endpoint) or, from an older gateway, its address.
 */
export interface OperatorFile {
  readonly fileName: string
  readonly mediaType: string
  readonly fileId?: string | undefined
  readonly url?: string | undefined
}

const addressOf = (companyId: Company.CompanyId, file: OperatorFile): string =>
  file.fileId === undefined
    ? (file.url ?? "")
    : `v1/companies/${encodeURIComponent(companyId)}/files/${encodeURIComponent(file.fileId)}`

/** Fetches the operator's file with the admin's session and downloads it under its own name. */
export const saveOperatorFile = async (
  store: KabinetStore,
  companyId: Company.CompanyId,
  file: OperatorFile,
): Promise<FileOutcome> => {
  const session = store.session
  const headers = new Headers()
  if (session !== undefined) headers.set("authorization", `Bearer ${Redacted.value(session.token)}`)
  const response = await store
    .fetch(new Request(new URL(addressOf(companyId, file), resolvedBase(store.apiBase)), { headers }))
    .catch(() => undefined)
  if (response === undefined || !response.ok) return { _tag: "Failed", status: response?.status ?? 0 }
  const bytes = new Uint8Array(await response.arrayBuffer())
  download(bytes, file.mediaType, file.fileName)
  return { _tag: "Saved", fileName: file.fileName, bytes: bytes.byteLength }
}

const resolvedBase = (apiBase: string): string =>
  new URL(apiBase.endsWith("/") ? apiBase : `${apiBase}/`, globalThis.location?.href).href
