/**
 * An operator in a function, for tests: a `fetch` that answers from a list of routes and records
 * every request it receives. A route's reply can be a `Response`, a network failure or a request
 * that never answers (aborted by the client's timeout).
 */
import { Effect } from "effect"
import { layerTest, type OperatorClient } from "../../src/client/OperatorClient.js"
import { checkDigit } from "../../src/Luhn.js"

/** A request the fake operator received. */
export interface Exchange {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: Headers
  readonly body: unknown
}

/** What a route answers. */
export type Reply = Response | "network-error" | "hang"

/** A route: a method, a path pattern, and the reply to the `n`-th request it matched (0-based). */
export interface Route {
  readonly method: string
  readonly path: RegExp
  readonly reply: (request: Exchange, n: number) => Reply
}

/** A JSON response. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

/** A route answering every request the same way. */
export const route = (
  method: string,
  path: RegExp,
  reply: Reply | ((request: Exchange, n: number) => Reply),
): Route => ({
  method,
  path,
  // A body is read once, so a fixed response is cloned for every request.
  reply: typeof reply === "function" ? reply : () => (reply instanceof Response ? reply.clone() : reply),
})

const parseBody = (text: string): unknown => {
  if (text === "") return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * A fake operator: `fetch` to give the client, `requests` to assert on.
 */
export const makeOperator = (routes: ReadonlyArray<Route>) => {
  const requests: Array<Exchange> = []
  const counts = new Map<Route, number>()
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    // Recorded at once, so a test that moves the clock sees the request without waiting for its body.
    const exchange = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: undefined as unknown,
    }
    requests.push(exchange)
    return request.text().then((text) => {
      exchange.body = parseBody(text)
      const matched = routes.find((r) => r.method === request.method && r.path.test(url.pathname))
      if (matched === undefined) return json(404, { _tag: "NotFound", resource: "number", id: url.pathname })
      const n = counts.get(matched) ?? 0
      counts.set(matched, n + 1)
      const reply = matched.reply(exchange, n)
      if (reply === "network-error") return Promise.reject(new TypeError("Failed to fetch"))
      if (reply === "hang") {
        return new Promise<Response>((_, reject) => {
          const signal = init?.signal
          signal?.addEventListener("abort", () => reject(signal.reason))
        })
      }
      return reply
    })
  }
  return { fetch, requests }
}

/**
 * Runs a program against a fake operator answering from `routes`; `body` also gets the operator,
 * to assert on the requests it received.
 */
export const run = <A, E>(
  routes: ReadonlyArray<Route>,
  body: (operator: ReturnType<typeof makeOperator>) => Effect.Effect<A, E, OperatorClient>,
) => {
  const operator = makeOperator(routes)
  return body(operator).pipe(Effect.provide(layerTest(operator.fetch)))
}

/** A valid ICCID built from its first 19 digits. */
export const iccidFrom = (first19: string): string => `${first19}${checkDigit(first19)}`
