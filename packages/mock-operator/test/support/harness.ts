/**
 * A mock operator behind MSW in Node, reached with real `fetch`: through the contract's typed
 * client (which decodes every answer with the core's schemas) and through plain requests for what
 * a client never sees (status codes, headers, broken payloads).
 */
import { Api } from "@kabinet/core"
import { Effect, Layer } from "effect"
import { FetchHttpClient, HttpClientRequest } from "effect/http"
import { HttpApiClient, HttpApiMiddleware } from "effect/http-api"
import { afterAll, afterEach, beforeAll } from "vitest"
import type { MockOperator, MockOperatorOptions } from "../../src/MockOperator.js"
import { setupMockOperator } from "../../src/node.js"

/** The demo admin's phone and password. */
export const demo = { phone: "77012111249", password: "kabinet-demo" } as const

/** «TOO Кабинет», «Филиал TOO Кабинет», «АО "Времени мало"». */
export const companies = {
  kabinet: "cmp-700700700700",
  branch: "cmp-700700700700-branch",
  vremeniMalo: "cmp-800800800800",
} as const

/** The contract's client type. */
export type Client = HttpApiClient.ForApi<typeof Api.OperatorApi.OperatorApi>

let keys = 0
/** A fresh idempotency key. */
export const key = (): string => `test-key-${Date.now()}-${++keys}`

/** Idempotency headers with a fresh key. */
export const idem = () => ({ "idempotency-key": key() }) as { readonly "idempotency-key": Api.Security.IdempotencyKey }

/** Starts a mock operator behind MSW for the test file; reset before each test by the caller. */
export const useOperator = (options: MockOperatorOptions = {}) => {
  const { operator, server } = setupMockOperator(options)
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }))
  afterEach(() => server.resetHandlers())
  afterAll(async () => {
    server.close()
    await operator.dispose()
  })
  return operator
}

/** A raw request to the operator; JSON bodies are stringified. */
export const call = (
  operator: MockOperator,
  method: string,
  path: string,
  options: { readonly token?: string; readonly body?: unknown; readonly headers?: Record<string, string> } = {},
): Promise<Response> =>
  fetch(`${operator.baseUrl}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  })

/** Signs in with a raw request and returns the session token. */
export const signIn = async (operator: MockOperator, phone: string = demo.phone, password: string = demo.password) => {
  const response = await call(operator, "POST", "/v1/auth/sign-in", { body: { phone, password } })
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`)
  const session = (await response.json()) as { token: string }
  return session.token
}

/**
 * Runs a program with the contract's typed client, signed in with `token` when given. Every
 * answer is decoded with the core's schemas, so a success here is a contract check.
 */
export const withClient = <A, E>(
  operator: MockOperator,
  token: string | undefined,
  program: (client: Client) => Effect.Effect<A, E>,
): Promise<A> =>
  Effect.runPromise(
    Effect.gen(function* () {
      const client = yield* HttpApiClient.make(Api.OperatorApi.OperatorApi, { baseUrl: operator.baseUrl })
      return yield* program(client)
    }).pipe(
      Effect.provide(
        Layer.mergeAll(
          FetchHttpClient.layer,
          HttpApiMiddleware.layerClient(Api.Security.Authorization, ({ next, request }) =>
            next(token === undefined ? request : HttpClientRequest.bearerToken(request, token)),
          ),
        ),
      ),
    ),
  )

/** Runs a typed-client call and returns its failure (for refusals), failing the test if it succeeds. */
export const failureOf = <A, E>(
  operator: MockOperator,
  token: string | undefined,
  program: (client: Client) => Effect.Effect<A, E>,
): Promise<E> => withClient(operator, token, (client) => Effect.flip(program(client)))
