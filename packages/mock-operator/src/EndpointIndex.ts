/**
 * Which endpoint of the contract a request is for, read off the contract itself: faults are
 * switched per endpoint by the contract's names (`"numbers.list"`), and idempotency applies to the
 * contract's mutations.
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
}

interface Route extends EndpointRef {
  readonly pattern: RegExp
}

const toPattern = (path: string): RegExp =>
  new RegExp(
    `^${path
      .split("/")
      .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")))
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
      pattern: toPattern(endpoint.path),
    }),
  ),
)

/** Every endpoint of the contract. */
export const endpoints: ReadonlyArray<EndpointRef> = routes

/** The endpoint a method and path (below the base URL) address, if any. */
export const match = (method: string, path: string): EndpointRef | undefined =>
  routes.find((route) => route.method === method && route.pattern.test(path))
