/**
 * Which endpoint of the contract a request is for, read off the contract itself: faults are
 * switched per endpoint by the contract's names (`"numbers.list"`), idempotency applies to the
 * contract's mutations, a body is read only where the contract takes one, and a request that
 * reaches no endpoint is told why (no such path, or not with this method).
 */
import { Api } from "@kabinet/core"

/** An endpoint of the contract. */
export interface EndpointRef {
  /** `"group.endpoint"`, e.g. `"numberActions.block"`. */
  readonly id: string
  readonly method: string
  readonly path: string
  /** Whether it changes something, so that it takes an `Idempotency-Key`. */
  readonly mutation: boolean
  /** Whether it takes a JSON body. */
  readonly payload: boolean
}

interface Route extends EndpointRef {
  readonly pattern: RegExp
  readonly params: ReadonlyArray<string>
}

const toPattern = (path: string): RegExp =>
  new RegExp(
    `^${path
      .split("/")
      .map((segment) => (segment.startsWith(":") ? "([^/]+)" : segment.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")))
      .join("/")}/?$`,
    "u",
  )

const routes: ReadonlyArray<Route> = Object.values(Api.OperatorApi.OperatorApi.groups).flatMap((group) =>
  Object.values(group.endpoints).map(
    (endpoint): Route => ({
      id: `${group.identifier}.${endpoint.identifier}`,
      method: endpoint.method,
      path: endpoint.path,
      mutation: endpoint.method !== "GET" && endpoint.method !== "HEAD" && endpoint.method !== "OPTIONS",
      payload: endpoint.method !== "GET" && endpoint.payload.size > 0,
      pattern: toPattern(endpoint.path),
      params: String(endpoint.path)
        .split("/")
        .filter((segment: string) => segment.startsWith(":"))
        .map((segment: string) => segment.slice(1)),
    }),
  ),
)

/** Every endpoint of the contract. */
export const endpoints: ReadonlyArray<EndpointRef> = routes

// A GET route answers HEAD too, as the HTTP router does.
const answers = (route: Route, method: string): boolean =>
  route.method === method || (method === "HEAD" && route.method === "GET")

/** The endpoint a method and path (below the base URL) address, if any. */
export const match = (method: string, path: string): EndpointRef | undefined =>
  routes.find((route) => answers(route, method) && route.pattern.test(path))

/** Where a request lands in the contract. */
export type Resolution =
  | { readonly _tag: "Endpoint"; readonly endpoint: EndpointRef; readonly params: Readonly<Record<string, string>> }
  | { readonly _tag: "WrongMethod"; readonly allowed: ReadonlyArray<string> }
  | { readonly _tag: "NoRoute" }

/**
 * Resolves a request: its endpoint with the raw path values, or the methods its path has (for
 * a 405 with `Allow`), or nothing (404).
 *
 * @example
 * ```ts
 * resolve("PATCH", "/v1/companies") // { _tag: "WrongMethod", allowed: ["GET", "HEAD"] }
 * ```
 */
export const resolve = (method: string, path: string): Resolution => {
  const allowed = new Set<string>()
  for (const route of routes) {
    const found = route.pattern.exec(path)
    if (found === null) continue
    if (answers(route, method)) {
      const params: Record<string, string> = {}
      route.params.forEach((name, i) => {
        params[name] = found[i + 1] as string
      })
      return { _tag: "Endpoint", endpoint: route, params }
    }
    allowed.add(route.method)
    if (route.method === "GET") allowed.add("HEAD")
  }
  return allowed.size === 0 ? { _tag: "NoRoute" } : { _tag: "WrongMethod", allowed: [...allowed].sort() }
}
