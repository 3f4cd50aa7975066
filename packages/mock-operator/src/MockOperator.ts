/**
 * The mock operator: a seeded, in-memory operator that answers Kabinet's contract, as one object
 * with a web handler (`Request → Response`) that MSW serves in the browser and in Node, and that
 * the standalone server serves over HTTP.
 *
 * A request goes: base URL → control API (`/__mock/…`) or files (`/files/…`) → the operations
 * due are settled → faults of its endpoint (latency, a replaced answer) → idempotency (a repeated
 * `Idempotency-Key` is answered from memory) → the contract's handlers, whose answers the core's
 * schemas encode.
 *
 * @example
 * ```ts
 * import { makeMockOperator } from "@kabinet/mock-operator"
 * const operator = makeMockOperator({ seed: 42, fleetSize: 100_000, timeScale: 0.01 })
 * const response = await operator.handle(new Request(`${operator.baseUrl}/v1/auth/sign-in`, …))
 * ```
 */
import { Api } from "@kabinet/core"
import { Context, Schema } from "effect"
import { HttpRouter } from "effect/http"
import { handleControl } from "./control/ControlApi.js"
import type { OperatorClock } from "./db/OperatorClock.js"
import { OperatorState, type SeedOptions } from "./db/OperatorState.js"
import type { Message, OutboxFilter } from "./db/Outbox.js"
import { match } from "./EndpointIndex.js"
import { OperatorDb, routes } from "./handlers/index.js"
import type { Fault } from "./scenarios/Fault.js"
import { faultResponse } from "./scenarios/FaultResponse.js"
import { Faults } from "./scenarios/Faults.js"

/** How to make a mock operator. Every field is optional. */
export interface MockOperatorOptions extends SeedOptions {
  /** How much faster slow work runs: 1 (default) is real time, 0.01 makes a 1–2 minute block ~1 s. */
  readonly timeScale?: number | undefined
  /**
   * Where the operator answers: an absolute URL (`"http://127.0.0.1:8787"`, the default — the
   * standalone server's address, so one client configuration works with MSW and with the server)
   * or a path on the page's own origin (`"/operator"`).
   */
  readonly baseUrl?: string | undefined
  /** The host's clock, epoch milliseconds; default `Date.now`. */
  readonly now?: (() => number) | undefined
}

/** The default base URL. */
export const defaultBaseUrl = "http://127.0.0.1:8787"

/** A mock operator. */
export interface MockOperator {
  /** Where it answers, without a trailing slash. */
  readonly baseUrl: string
  /** Its state: lines, admins, sessions, operations, outbox, action history… */
  readonly state: OperatorState
  /** The faults in force. */
  readonly faults: Faults
  /** The operator's clock: its time scale, and `advance` to cross cooldowns and locks. */
  readonly clock: OperatorClock
  /** Whether a URL is addressed to this operator. */
  owns(url: string | URL): boolean
  /** Answers a request to this operator (404 for one it does not own). */
  handle(request: Request): Promise<Response>
  /** Rebuilds the operator from a seed and a fleet size (the current ones by default); lifts faults. */
  reset(options?: SeedOptions & { readonly timeScale?: number | undefined }): void
  /** What the operator sent, oldest first. */
  outbox(filter?: OutboxFilter): ReadonlyArray<Message>
  /** The code of the last SMS sent to a number (recovery or secret code), for tests to type it back. */
  lastSmsCode(msisdn: string): string | undefined
  /** Switches faults on. */
  addFaults(...faults: ReadonlyArray<Fault>): void
  /** Lifts every fault. */
  clearFaults(): void
  /** Releases the handler's runtime. */
  dispose(): Promise<void>
}

const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, idempotency-key",
  "access-control-expose-headers": "retry-after, idempotent-replayed",
  "access-control-max-age": "600",
} as const

// Browsers on another origin (a portal, Storybook) reach the standalone server only with these.
const withCors = (response: Response): Response => {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(cors)) headers.set(name, value)
  return new Response(nullBody.has(response.status) ? null : response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

const notFound = (): Response =>
  new Response(JSON.stringify({ error: "not an address of the operator" }), {
    status: 404,
    headers: { "content-type": "application/json" },
  })

// Statuses whose responses must not carry a body, even an empty one.
const nullBody: ReadonlySet<number> = new Set([101, 103, 204, 205, 304])

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

const bearerOf = (request: Request): string =>
  request.headers
    .get("authorization")
    ?.replace(/^Bearer\s+/iu, "")
    .trim() ?? ""

/**
 * Makes a mock operator.
 *
 * @example
 * ```ts
 * const operator = makeMockOperator({ seed: 7, timeScale: 0.01 })
 * setupServer(...mswHandlers(operator)).listen({ onUnhandledFrame: "error" })
 * ```
 */
export const makeMockOperator = (options: MockOperatorOptions = {}): MockOperator => {
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/u, "")
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//iu.test(baseUrl)
  const basePath = absolute ? new URL(baseUrl).pathname.replace(/\/+$/u, "") : baseUrl
  const state = new OperatorState(options)
  state.baseUrl = baseUrl
  const faults = new Faults(state.seed)
  const web = HttpRouter.toWebHandler(routes(state), { disableLogger: true })
  // The handlers reach the state per request, through the request's context.
  const context = Context.make(OperatorDb, state)

  const owns = (url: string | URL): boolean => {
    const href = String(url)
    if (absolute) return href === baseUrl || href.startsWith(`${baseUrl}/`) || href.startsWith(`${baseUrl}?`)
    const pathname = new URL(href, "http://page.invalid").pathname
    return pathname === basePath || pathname.startsWith(`${basePath}/`)
  }

  // The contract's handlers, reached with the path below the base URL.
  const contract = (request: Request, path: string, search: string, body: string | undefined): Promise<Response> =>
    web.handler(
      new Request(new URL(`${path}${search}`, "http://operator.internal"), {
        method: request.method,
        headers: request.headers,
        ...(body === undefined ? {} : { body }),
      }),
      context,
    )

  const answer = async (request: Request): Promise<Response> => {
    if (request.method === "OPTIONS") return new Response(null, { status: 204 })
    const url = new URL(request.url, "http://page.invalid")
    const path = url.pathname.slice(basePath.length) || "/"
    if (path.startsWith("/__mock/") || path === "/__mock") {
      state.settle()
      return handleControl({ state, faults }, request, path.slice("/__mock".length))
    }
    if (path.startsWith("/files/") && request.method === "GET") {
      const file = state.files.get(decodeURIComponent(path.slice("/files/".length)))
      return file === undefined
        ? notFound()
        : new Response(file.body, {
            headers: {
              "content-type": file.mediaType,
              "content-disposition": `attachment; filename="${encodeURIComponent(file.name)}"`,
            },
          })
    }
    state.settle()
    const endpoint = match(request.method, path)
    if (endpoint !== undefined) {
      const verdict = faults.decide(endpoint.id)
      if (verdict.latencyMs > 0) await sleep(verdict.latencyMs)
      if (verdict.fault !== undefined) return faultResponse(verdict.fault)
    }
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text()
    const key = request.headers.get("idempotency-key")
    if (endpoint?.mutation !== true || key === null || key === "") return contract(request, path, url.search, body)

    const scope = state.sessions.ownerOf(bearerOf(request)) ?? "anonymous"
    const fingerprint = `${request.method} ${path}${url.search}\n${body ?? ""}`
    const outcome = state.idempotency.run(scope, key, fingerprint, async () => {
      const response = await contract(request, path, url.search, body)
      return {
        status: response.status,
        headers: [...response.headers.entries()],
        body: new Uint8Array(await response.arrayBuffer()),
      }
    })
    if (outcome._tag === "Conflict") {
      const conflict = Schema.encodeSync(Api.Errors.IdempotencyConflict)(new Api.Errors.IdempotencyConflict({ key }))
      return new Response(JSON.stringify(conflict), { status: 409, headers: { "content-type": "application/json" } })
    }
    const stored = await outcome.response
    // Neither a crash nor a request that never got past authentication acted: the next try with
    // the key must act afresh rather than be told the same again.
    if (stored.status >= 500 || stored.status === 401) state.idempotency.forget(scope, key)
    const headers = new Headers(stored.headers as Array<[string, string]>)
    if (outcome.replayed) headers.set("idempotent-replayed", "true")
    return new Response(nullBody.has(stored.status) ? null : stored.body.slice(), { status: stored.status, headers })
  }

  return {
    baseUrl,
    state,
    faults,
    clock: state.clock,
    owns,
    handle: async (request) => (owns(request.url) ? withCors(await answer(request)) : notFound()),
    reset: (reset = {}) => {
      if (reset.timeScale !== undefined) state.clock.timeScale = reset.timeScale
      state.reset({ seed: reset.seed ?? state.seed, fleetSize: reset.fleetSize ?? state.fleetSize })
      faults.clear(undefined, state.seed)
    },
    outbox: (filter) => {
      state.settle()
      return state.outbox.list(filter)
    },
    lastSmsCode: (msisdn) => state.outbox.lastSmsTo(msisdn)?.code,
    addFaults: (...added) => faults.add(...added),
    clearFaults: () => faults.clear(),
    dispose: () => web.dispose(),
  }
}
