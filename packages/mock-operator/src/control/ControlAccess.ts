/**
 * Who may use the control API. It reads SMS codes and resets the operator, so a page that merely
 * shares the browser must not reach it: a request a browser sends from another page carries that
 * page's `Origin` (and `Sec-Fetch-Site`), and is refused unless the origin is the operator's own or
 * one listed. Tools (curl, tests) send no `Origin` and are let in; so is the page that runs the
 * operator in itself (MSW), whose requests never leave it. The standalone server adds the hosts it
 * answers as, so a page that rebinds its own name to this machine is refused too.
 */

/** How the control API is reached. */
export interface ControlAccessOptions {
  /** `false` switches the control API off: its routes answer 404 like any unknown path. Default on. */
  readonly enabled?: boolean | undefined
  /** Origins besides the operator's own whose pages may use it, e.g. Storybook's `http://localhost:6006`. */
  readonly origins?: ReadonlyArray<string> | undefined
  /** When given, the `Host` a control request names must be one of these (`127.0.0.1:8787`). */
  readonly hosts?: ReadonlyArray<string> | undefined
}

/** The decision on one control request. */
export type ControlDecision =
  | { readonly _tag: "Allowed"; readonly origin: string | undefined }
  | { readonly _tag: "Refused"; readonly reason: string }
  | { readonly _tag: "Off" }

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

/**
 * The control API's gate for an operator at `baseUrl`.
 *
 * @example
 * ```ts
 * const gate = controlAccess("http://127.0.0.1:8787", { origins: ["http://localhost:6006"] })
 * gate(request) // { _tag: "Allowed", origin: "http://localhost:6006" }
 * ```
 */
export const controlAccess = (baseUrl: string, options: ControlAccessOptions = {}) => {
  const own = originOf(baseUrl)
  const origins = new Set([
    ...(own === undefined ? [] : [own]),
    ...(options.origins ?? []).map((o) => originOf(o) ?? o),
  ])
  const hosts = options.hosts === undefined ? undefined : new Set(options.hosts.map((host) => host.toLowerCase()))
  return (request: Request): ControlDecision => {
    if (options.enabled === false) return { _tag: "Off" }
    const host = request.headers.get("host")?.toLowerCase()
    if (hosts !== undefined && host !== undefined && !hosts.has(host))
      return { _tag: "Refused", reason: `the control API does not answer as ${host}` }
    const origin = request.headers.get("origin") ?? undefined
    if (origin !== undefined && origin !== "null" && origins.has(origin)) return { _tag: "Allowed", origin }
    if (origin !== undefined) return { _tag: "Refused", reason: `the control API does not answer pages of ${origin}` }
    const site = request.headers.get("sec-fetch-site")
    if (site === "cross-site" || site === "same-site")
      return { _tag: "Refused", reason: "the control API does not answer other sites" }
    return { _tag: "Allowed", origin: undefined }
  }
}
