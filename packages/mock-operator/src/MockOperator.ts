/**
 * The mock operator: a seeded, in-memory operator that answers Kabinet's contract, as one object
 * with a web handler (`Request → Response`) that MSW serves in the browser and in Node, and that
 * the standalone server serves over HTTP.
 *
 * A request goes: base URL → control API (`/__mock/…`, for the pages allowed to use it) → the
 * contract's protocol (`Api.Protocol`: 413 before a large body is read, 404 for an unknown path,
 * 405 for a wrong method, 415 for a body that is not JSON) → the operations due are settled →
 * faults of its endpoint (latency, a replaced answer) → idempotency (a repeated `Idempotency-Key`
 * is answered from memory) → the contract's handlers, whose answers the core's schemas encode.
 * Every answer carries the contract's headers (`Cache-Control: no-store`, `nosniff`, `Retry-After`).
 *
 * @example
 * ```ts
 * import { makeMockOperator } from "@kabinet/mock-operator"
 * const operator = makeMockOperator({ seed: 42, fleetSize: 100_000, timeScale: 0.01 })
 * const response = await operator.handle(new Request(`${operator.baseUrl}/v1/auth/sign-in`, …))
 * ```
 */
import { Api } from "@kabinet/core"
import * as Context from "effect/Context"
import * as HttpRouter from "effect/http/HttpRouter"
import * as Schema from "effect/Schema"
import { type ControlAccessOptions, controlAccess } from "./control/ControlAccess.js"
import { handleControl } from "./control/ControlApi.js"
import { requestDigest } from "./db/IdempotencyStore.js"
import type { OperatorClock } from "./db/OperatorClock.js"
import { type CodeOptions, OperatorState, type PrepareOptions, type SeedOptions } from "./db/OperatorState.js"
import type { Message, OutboxFilter } from "./db/Outbox.js"
import { resolve } from "./EndpointIndex.js"
import { OperatorDb, routes } from "./handlers/index.js"
import { rememberRows } from "./handlers/ListEncoding.js"
import * as Answers from "./protocol/Answers.js"
import type { Fault } from "./scenarios/Fault.js"
import { faultResponse } from "./scenarios/FaultResponse.js"
import { Faults } from "./scenarios/Faults.js"

export type { ControlAccessOptions } from "./control/ControlAccess.js"

/** How to make a mock operator. Every field is optional. */
export interface MockOperatorOptions extends SeedOptions, CodeOptions, PrepareOptions {
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
  /** Who may use the control API (`/__mock/…`); on by default, for the operator's own origin and tools. */
  readonly control?: ControlAccessOptions | undefined
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
  /**
   * Answers a request to this operator (404 for one it does not own). `client` names who sent it
   * — the standalone server passes the peer's address — so that callers without a session never
   * share idempotency keys; in a page there is one client, the page.
   */
  handle(request: Request, client?: string): Promise<Response>
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

// The contract is open to pages of any origin: it is guarded by bearer tokens, not cookies.
const contractCors = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, idempotency-key",
  "access-control-expose-headers": "retry-after, idempotent-replayed, allow",
  "access-control-max-age": "600",
} as const

// The control API answers only the origins it lets in, by name.
const controlCors = (origin: string | undefined): Record<string, string> =>
  origin === undefined
    ? { vary: "origin" }
    : {
        "access-control-allow-origin": origin,
        "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
        "access-control-allow-headers": "content-type",
        "access-control-max-age": "600",
        vary: "origin",
      }

// Statuses whose responses must not carry a body, even an empty one.
const nullBody: ReadonlySet<number> = new Set([101, 103, 204, 205, 304])

// Adds the contract's headers of every answer, `Retry-After` where the body says how long, and the
// CORS headers of the part of the operator that answered.
const finish = async (response: Response, cors: Record<string, string>): Promise<Response> => {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(Api.Protocol.answerHeaders)) headers.set(name, value)
  for (const [name, value] of Object.entries(cors)) headers.set(name, value)
  let body: BodyInit | null = nullBody.has(response.status) ? null : await response.arrayBuffer()
  if ((response.status === 423 || response.status === 429) && !headers.has("retry-after") && body !== null) {
    const text = new TextDecoder().decode(body as ArrayBuffer)
    body = text
    try {
      const seconds = (JSON.parse(text) as { retryAfterSeconds?: unknown }).retryAfterSeconds
      if (typeof seconds === "number") headers.set("retry-after", String(seconds))
    } catch {
      // Not the contract's JSON (an injected fault): nothing to say.
    }
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}

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
  state.prepareAlso(rememberRows)
  const faults = new Faults(state.seed)
  const web = HttpRouter.toWebHandler(routes(state), {
    disableLogger: true,
    // A long path value is a malformed value for the contract's schemas to refuse (400), not a miss.
    routerConfig: { maxParamLength: Api.Protocol.maxPathValueLength },
  })
  // The handlers reach the state per request, through the request's context.
  const context = Context.make(OperatorDb, state)
  const control = controlAccess(baseUrl, options.control)

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

  const answerControl = async (request: Request, path: string): Promise<Response> => {
    const decision = control(request)
    if (decision._tag === "Off") return finish(Answers.noRoute(path), {})
    if (decision._tag === "Refused") return finish(Answers.json(403, { error: decision.reason }), { vary: "origin" })
    const cors = controlCors(decision.origin)
    if (request.method === "OPTIONS") return finish(new Response(null, { status: 204 }), cors)
    if (Answers.declaredTooLarge(request)) return finish(Answers.tooLarge(), cors)
    state.settle()
    return finish(await handleControl({ state, faults }, request, path.slice("/__mock".length)), cors)
  }

  const answer = async (request: Request, client: string): Promise<Response> => {
    const url = new URL(request.url, "http://page.invalid")
    const path = url.pathname.slice(basePath.length) || "/"
    if (request.method === "OPTIONS") return new Response(null, { status: 204 })
    // Refused before a byte of the body is read.
    if (Answers.declaredTooLarge(request)) return Answers.tooLarge()
    const resolution = resolve(request.method, path)
    if (resolution._tag === "NoRoute") return Answers.noRoute(path)
    if (resolution._tag === "WrongMethod") return Answers.wrongMethod(request.method, resolution.allowed)
    const { endpoint, params } = resolution
    for (const [name, value] of Object.entries(params))
      if (value.length > Api.Protocol.maxPathValueLength) return Answers.pathValueTooLong(name)

    // No body is read further than the limit; one where the contract takes none is then ignored.
    const read = request.method === "GET" || request.method === "HEAD" ? "" : await Answers.readLimited(request)
    if (read === undefined) return Answers.tooLarge()
    const body = endpoint.payload ? read : ""
    const contentType = request.headers.get("content-type")
    if (body !== "" && !Answers.isJson(contentType)) return Answers.notJson(contentType ?? "")

    state.settle()
    const verdict = faults.decide(endpoint.id)
    if (verdict.latencyMs > 0) await sleep(verdict.latencyMs)
    if (verdict.fault !== undefined) return faultResponse(verdict.fault)

    const payload = endpoint.payload ? body : undefined
    const key = request.headers.get("idempotency-key")
    if (!endpoint.mutation || key === null || key === "") return contract(request, path, url.search, payload)

    // Keys belong to the signed-in admin; without a session, to the client that sent them.
    const admin = state.sessions.ownerOf(bearerOf(request), state.now())
    const scope = admin === undefined ? `client:${client}` : `admin:${admin}`
    const digest = await requestDigest(request.method, `${path}${url.search}`, body)
    const outcome = state.idempotency.run(scope, key, digest, state.now(), async () => {
      const response = await contract(request, path, url.search, payload)
      return {
        status: response.status,
        headers: [...response.headers.entries()],
        body: new Uint8Array(await response.arrayBuffer()),
      }
    })
    if (outcome._tag === "Conflict") {
      return Answers.json(
        409,
        Schema.encodeSync(Api.Errors.IdempotencyConflict)(new Api.Errors.IdempotencyConflict({ key })),
      )
    }
    const stored = await outcome.response
    // Neither a crash nor a request that never got past authentication or validation acted: the
    // next try with the key must act afresh rather than be told the same again.
    if (stored.status >= 500 || stored.status === 401 || stored.status === 400) state.idempotency.forget(scope, key)
    const headers = new Headers(stored.headers as Array<[string, string]>)
    if (outcome.replayed) headers.set("idempotent-replayed", "true")
    return new Response(nullBody.has(stored.status) ? null : stored.body.slice(), { status: stored.status, headers })
  }

  const handle = async (request: Request, client = "page"): Promise<Response> => {
    if (!owns(request.url)) return finish(Answers.noRoute(new URL(request.url, "http://page.invalid").pathname), {})
    const path = new URL(request.url, "http://page.invalid").pathname.slice(basePath.length) || "/"
    if (path === "/__mock" || path.startsWith("/__mock/")) return answerControl(request, path)
    return finish(await answer(request, client), contractCors)
  }

  return {
    baseUrl,
    state,
    faults,
    clock: state.clock,
    owns,
    handle,
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
