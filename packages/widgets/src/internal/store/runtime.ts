/**
 * The Effect layer behind every store's runtime: the core's operator client for an API base URL.
 */
import { OperatorClient } from "@kabinet/core"
import type * as Layer from "effect/Layer"

/** The services the core's programs need, as the runtime provides them. */
export type OperatorServices = OperatorClient.OperatorClient

/** How a store reaches the operator. */
export interface OperatorOptions {
  /** The operator's API base URL; relative URLs resolve against the page, empty means the page's origin. */
  readonly apiBase: string
  /** The `fetch` to use instead of the page's (an in-page mock operator, a test double). */
  readonly fetch?: typeof globalThis.fetch | undefined
}

/** The absolute base URL for `apiBase`, resolved against the page. */
export const resolveApiBase = (apiBase: string): string => {
  const base = typeof document === "undefined" ? "http://localhost/" : document.baseURI
  return new URL(apiBase === "" ? "/" : apiBase, base).href.replace(/\/$/u, "")
}

/** The layer of the operator client talking to `apiBase`. */
export const operatorLayer = (options: OperatorOptions): Layer.Layer<OperatorServices> =>
  OperatorClient.layer({ baseUrl: resolveApiBase(options.apiBase), fetch: options.fetch })
