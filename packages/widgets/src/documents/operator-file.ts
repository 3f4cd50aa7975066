/**
 * A document the operator made (an act, a registry): fetched with the admin's session — the bearer
 * token the client holds — and handed to the browser as a download; the page never opens a link the
 * operator answered. The file is the company's, so it is asked for with the same session that asked
 * for the document.
 */
import type { Documents } from "@kabinet/core"
import { Redacted } from "effect"
import { download } from "../internal/export/export-file.js"
import type { KabinetStore } from "../internal/store/store.js"

/** How fetching a file ended. */
export type FileOutcome =
  | { readonly _tag: "Saved"; readonly fileName: string; readonly bytes: number }
  | { readonly _tag: "Failed"; readonly status: number }

/** Fetches the operator's file with the admin's session and downloads it under its own name. */
export const saveOperatorFile = async (store: KabinetStore, file: Documents.FileReady): Promise<FileOutcome> => {
  const session = store.session
  const headers = new Headers()
  if (session !== undefined) headers.set("authorization", `Bearer ${Redacted.value(session.token)}`)
  const response = await store
    .fetch(new Request(new URL(file.url, resolvedBase(store.apiBase)), { headers }))
    .catch(() => undefined)
  if (response === undefined || !response.ok) return { _tag: "Failed", status: response?.status ?? 0 }
  const bytes = new Uint8Array(await response.arrayBuffer())
  download(bytes, file.mediaType, file.fileName)
  return { _tag: "Saved", fileName: file.fileName, bytes: bytes.byteLength }
}

const resolvedBase = (apiBase: string): string =>
  new URL(apiBase.endsWith("/") ? apiBase : `${apiBase}/`, globalThis.location?.href).href
