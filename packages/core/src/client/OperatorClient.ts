/**
 * The typed client of the operator's contract: every endpoint of `Api.OperatorApi`, called over
 * `fetch`, with the session token held in memory and every failure turned into one of the core's
 * typed errors (`Errors.ts`) — never a defect.
 *
 * - **Session**: the client owns it, in memory only (never in `localStorage`): a
 *   `SubscriptionRef` that a UI follows through `session.changes` and reads with `session.get`.
 *   Only the operator's answers change it — a sign-in or a completed recovery opens it, sign-out
 *   closes it (whatever the operator answers), a changed e-mail refreshes its admin, and a 401 for
 *   an expired or unknown token (`SessionExpired`) clears it. No caller sets it by hand.
 * - **Timeouts**: each request has `timeout` to answer (default 20 s) → `Timeout`.
 * - **Retries**: reads (`GET`) are retried with exponential backoff on network failures, timeouts,
 *   429 and 5xx (honouring `Retry-After`); mutations are never retried here — they carry an
 *   `Idempotency-Key` so that the admin's "try again" reuses the key and the operator acts once.
 * - **Errors**: 5xx → `OperatorUnavailable`, 401 → `Unauthorized` / `SessionExpired` /
 *   `InvalidCredentials`, a gateway's bare 403 → `Forbidden`, 404 → `NotFound`, 422/423 → `RuleDenied`, 429 →
 *   `RateLimited`, a payload that does not decode (malformed JSON, a field out of contract) →
 *   `ContractViolation`, no connection → `NetworkError`.
 *
 * @example
 * ```ts
 * import { OperatorClient } from "@kabinet/core"
 * const program = Effect.gen(function* () {
 *   const client = yield* OperatorClient.OperatorClient
 *   return yield* client.call("operation.loadNumbers", client.api.companies.list())
 * }).pipe(Effect.provide(OperatorClient.layer({ baseUrl: "https://operator.example.kz" })))
 * ```
 */
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import type * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientError from "effect/http/HttpClientError"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import type * as HttpApi from "effect/http-api/HttpApi"
import * as HttpApiClient from "effect/http-api/HttpApiClient"
import type * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as SubscriptionRef from "effect/SubscriptionRef"
import type * as Auth from "../api/Auth.js"
import * as ApiErrors from "../api/Errors.js"
import type { OperatorApi } from "../api/OperatorApi.js"
import * as Security from "../api/Security.js"
import type * as Admin from "../domain/Admin.js"
import * as Errors from "../Errors.js"
import * as Messages from "../i18n/Messages.js"
import * as AccessRules from "../rules/AccessRules.js"
import { byId } from "../rules/Catalogue.js"
import type * as Rule from "../rules/Rule.js"
import { first, type LaterGroup, later } from "./internal/groups.js"

/**
 * A wrong SMS code during password recovery (A2); the core's `Errors.InvalidSmsCode`, kept here
 * for existing imports.
 */
export const InvalidSmsCode = Errors.InvalidSmsCode
export type InvalidSmsCode = Errors.InvalidSmsCode

/**
 * Every way a call through the client can fail: one of the core's errors (a wrong SMS code is one
 * of them).
 */
export type ClientError = Errors.KabinetError

/**
 * The session the client holds: the bearer token, the admin, and when it ends.
 */
export interface Session {
  readonly token: Security.SessionToken
  readonly admin: Admin.Admin
  readonly expiresAt: DateTime.Utc
}

/**
 * How the client reaches the operator.
 *
 * - `baseUrl` — the operator's API, e.g. `"https://operator.example.kz"` (paths start with `/v1`).
 * - `timeout` — how long one request may take before it fails with `Timeout`; default 20 s.
 * - `retry` — how reads are retried: `times` more attempts (default 3) with exponential backoff
 *   from `base` (default 300 ms).
 * - `fetch` — the `fetch` to use; default the global one. Tests and the in-page mock pass their own.
 *
 * @example
 * ```ts
 * const config: OperatorClient.Config = { baseUrl: "/api", timeout: "10 seconds" }
 * ```
 */
export interface Config {
  readonly baseUrl: string | URL
  readonly timeout?: Duration.Input | undefined
  readonly retry?: { readonly times?: number | undefined; readonly base?: Duration.Input | undefined } | undefined
  readonly fetch?: typeof globalThis.fetch | undefined
}

/** The default time one request may take. */
export const defaultTimeout: Duration.Input = "20 seconds"

/** The default number of extra attempts of a read. */
export const defaultRetryTimes = 3

/** The default first backoff delay of a read's retry; it doubles each time. */
export const defaultRetryBase: Duration.Input = "300 millis"

// A 5xx or a 429 is settled before the generated client decodes the body: a gateway's error page or
// a proxy's empty 502 is still "the operator is unavailable", not a contract violation.
class UpstreamStatus extends Schema.TaggedError<UpstreamStatus>()("UpstreamStatus", {
  status: Schema.Int,
  retryAfterSeconds: Schema.optional(Schema.Number),
}) {}

const retryAfterSeconds = (response: HttpClientResponse.HttpClientResponse): number | undefined => {
  const header = response.headers["retry-after"]
  if (header === undefined) return undefined
  const seconds = Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined
}

const settleStatus = (
  response: HttpClientResponse.HttpClientResponse,
): Effect.Effect<HttpClientResponse.HttpClientResponse, UpstreamStatus> => {
  if (response.status >= 500 || response.status === 429) {
    const after = retryAfterSeconds(response)
    return Effect.fail(
      new UpstreamStatus({ status: response.status, ...(after === undefined ? {} : { retryAfterSeconds: after }) }),
    )
  }
  return Effect.succeed(response)
}

/**
 * The generated client of the contract, one method per endpoint, grouped as in `Api.OperatorApi`:
 * `api.numbers.list(…)`, `api.numberActions.block(…)`, … Its errors are the raw HTTP ones; pass
 * its effects through `call` to get the core's errors.
 *
 * The sign-in, companies and numbers groups are built with the client; every other group's client
 * is built the first time one of its endpoints runs (see `internal/groups.ts`), so starting the
 * client compiles only the codecs a page that lists numbers needs. The shape and the types are the
 * whole contract's either way.
 */
export type Api = HttpApiClient.ForApi<typeof OperatorApi, Cause.TimeoutError | UpstreamStatus>

/**
 * What a call does, for the error's advice («…операция "Блокировка"…»): an `operation.*` message key
 * such as `"operation.block"`.
 */
export type OperationLabel = Extract<Messages.MessageKey, `operation.${string}`>

/**
 * The session the client owns: read it, follow it, and the three ways the operator's answers change
 * it. The programs (`Programs.Access`, `Programs.Profile`) run their calls through these; a UI only
 * reads and follows.
 *
 * @example
 * ```ts
 * const client = yield* OperatorClient.OperatorClient
 * yield* Stream.runForEach(client.session.changes, (session) => Effect.sync(() => render(session)))
 * ```
 */
export interface SessionState {
  /** The session now: `Some` while signed in. */
  readonly get: Effect.Effect<Option.Option<Session>>
  /** The session now, then every change: sign-in, recovery, sign-out, expiry, a refreshed admin. */
  readonly changes: Stream.Stream<Option.Option<Session>>
  /** The session now, synchronously: for a getter outside Effect (a UI store's `session`). */
  readonly current: () => Option.Option<Session>
  /**
   * Runs an operator call that answers a new session (sign-in, completed recovery) through `call`,
   * and keeps the session it answers.
   */
  readonly open: <E>(
    operation: OperationLabel | undefined,
    call: Effect.Effect<Auth.Session, E>,
  ) => Effect.Effect<Session, ClientError>
  /**
   * Runs an operator call that answers the signed-in admin (the profile, a changed e-mail) through
   * `call`, and puts that admin into the session, if one is open.
   */
  readonly refreshAdmin: <E>(
    operation: OperationLabel | undefined,
    call: Effect.Effect<Admin.Admin, E>,
  ) => Effect.Effect<Admin.Admin, ClientError>
  /**
   * Runs the sign-out call and forgets the session whatever the operator answers — a 401 for a
   * session it already ended, an outage, no network. Never fails.
   */
  readonly close: <E>(call: Effect.Effect<void, E>) => Effect.Effect<void>
}

/**
 * The client service.
 *
 * - `api` — the generated client (raw errors).
 * - `call(label, effect)` — runs an `api` effect and maps every failure to a {@link ClientError}.
 * - `session` — the session the client owns ({@link SessionState}).
 * - `newIdempotencyKey` — a fresh key for a new intent of the admin.
 */
export interface Service {
  readonly api: Api
  readonly call: <A, E>(
    operation: OperationLabel | undefined,
    effect: Effect.Effect<A, E>,
  ) => Effect.Effect<A, ClientError>
  readonly session: SessionState
  readonly newIdempotencyKey: Effect.Effect<Security.IdempotencyKey>
}

/**
 * The operator client service (`"@kabinet/core/OperatorClient"`).
 *
 * @example
 * ```ts
 * const client = yield* OperatorClient.OperatorClient
 * const page = yield* client.call("operation.loadNumbers", client.api.numbers.list({ params, query }))
 * ```
 */
export class OperatorClient extends Context.Service<OperatorClient, Service>()("@kabinet/core/OperatorClient") {}

const ruleMessageKey = (ruleId: Rule.RuleId, messageKey: string): Messages.MessageKey =>
  Messages.isKey(messageKey) ? messageKey : byId[ruleId].messageKeys[0]

const withOperation = (operation: OperationLabel | undefined) => (operation === undefined ? {} : { operation })

const describeIssues = (error: ApiErrors.InvalidRequest): string =>
  [error.message, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)].join("; ")

/**
 * Maps any failure of a call to the core's typed errors. `hadToken` tells a 401 for an expired
 * session from one for a missing session.
 *
 * @example
 * ```ts
 * OperatorClient.toClientError(new Cause.TimeoutError(), { operation: "operation.block", timeoutMillis: 20_000 })
 * // Timeout { afterMillis: 20000, operation: "operation.block" }
 * ```
 */
export const toClientError = (
  error: unknown,
  context: { readonly operation?: OperationLabel | undefined; readonly timeoutMillis?: number | undefined },
): ClientError => {
  const op = withOperation(context.operation)
  if (error instanceof UpstreamStatus) {
    return error.status === 429
      ? new Errors.RateLimited({ retryAfterSeconds: error.retryAfterSeconds ?? 1, ...op })
      : new Errors.OperatorUnavailable({ status: error.status, ...op })
  }
  if (Cause.isTimeoutError(error)) return new Errors.Timeout({ afterMillis: context.timeoutMillis ?? 0, ...op })
  if (error instanceof ApiErrors.Unauthenticated) {
    switch (error.reason) {
      case "credentials":
        return new Errors.InvalidCredentials(
          error.attemptsLeft === undefined ? {} : { attemptsLeft: error.attemptsLeft },
        )
      case "missingToken":
        return new Errors.Unauthorized(op)
      default:
        return new Errors.SessionExpired(op)
    }
  }
  if (error instanceof ApiErrors.NotFound) {
    return new Errors.NotFound({ resource: `${error.resource} ${error.id}`, ...op })
  }
  if (error instanceof ApiErrors.RuleDenied) {
    return new Errors.RuleDenied({
      rule: error.ruleId,
      messageKey: ruleMessageKey(error.ruleId, error.messageKey),
      params: error.params,
    })
  }
  if (error instanceof ApiErrors.InvalidCode) return new Errors.InvalidSmsCode({ attemptsLeft: error.attemptsLeft })
  if (error instanceof ApiErrors.LoginLocked) {
    return Errors.RuleDenied.fromDenied(AccessRules.lockRefusal(error.lockedUntil, error.retryAfterSeconds))
  }
  if (error instanceof ApiErrors.RateLimited) {
    return new Errors.RateLimited({ retryAfterSeconds: error.retryAfterSeconds, ...op })
  }
  if (error instanceof ApiErrors.OperatorUnavailable) return new Errors.OperatorUnavailable({ status: 503, ...op })
  if (error instanceof ApiErrors.InvalidRequest) {
    return new Errors.ContractViolation({ detail: `request refused: ${describeIssues(error)}`, ...op })
  }
  if (error instanceof ApiErrors.PayloadTooLarge || error instanceof ApiErrors.UnsupportedMediaType) {
    return new Errors.ContractViolation({ detail: `request refused: ${error._tag}`, ...op })
  }
  if (error instanceof ApiErrors.IdempotencyConflict) {
    return new Errors.ContractViolation({ detail: `idempotency key ${error.key} reused for another request`, ...op })
  }
  if (HttpClientError.isHttpClientError(error)) return fromHttpClientError(error, op)
  if (Schema.isSchemaError(error)) return new Errors.ContractViolation({ detail: error.message, ...op })
  return new Errors.ContractViolation({
    detail: Predicate.hasProperty(error, "message") ? String(error.message) : String(error),
    ...op,
  })
}

const fromHttpClientError = (
  error: HttpClientError.HttpClientError,
  op: { readonly operation?: string },
): ClientError => {
  const reason = error.reason
  switch (reason._tag) {
    case "TransportError":
      return new Errors.NetworkError({ detail: reason.description ?? String(reason.cause), ...op })
    case "EncodeError":
    case "InvalidUrlError":
      return new Errors.ContractViolation({ detail: `${reason._tag}: ${reason.description ?? ""}`, ...op })
    default: {
      const status = reason.response.status
      if (status === 401) return new Errors.SessionExpired(op)
      if (status === 403) return new Errors.Forbidden(op)
      if (status === 404) return new Errors.NotFound(op)
      return new Errors.ContractViolation({
        detail: `${reason._tag} for status ${status}${reason.description === undefined ? "" : `: ${reason.description}`}`,
        ...op,
      })
    }
  }
}

const newIdempotencyKey: Effect.Effect<Security.IdempotencyKey> = Effect.sync(() =>
  Security.IdempotencyKey.make(globalThis.crypto.randomUUID()),
)

/**
 * Builds the client from a config, given an `HttpClient` for the transport. Prefer {@link layer};
 * this is for a host that brings its own transport.
 *
 * @example
 * ```ts
 * const client = yield* OperatorClient.make({ baseUrl }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 */
export const make = Effect.fnUntraced(function* (config: Config) {
  const transport = yield* HttpClient.HttpClient
  const sessionRef = yield* SubscriptionRef.make(Option.none<Session>())
  const timeout = Duration.fromInputUnsafe(config.timeout ?? defaultTimeout)
  const timeoutMillis = Duration.toMillis(timeout)
  const retrySchedule = Schedule.exponential(config.retry?.base ?? defaultRetryBase)
  const retryTimes = config.retry?.times ?? defaultRetryTimes

  const timed = HttpClient.transform(transport, (effect) => Effect.timeout(effect, timeout))
  const retrying = timed.pipe(
    HttpClient.retryTransient({ retryOn: "errors-and-responses", schedule: retrySchedule, times: retryTimes }),
  )
  const httpClient = HttpClient.transform(timed, (effect, request) =>
    (request.method === "GET" ? retrying.execute(request) : effect).pipe(Effect.flatMap(settleStatus)),
  )

  const authorization = HttpApiMiddleware.layerClient(Security.Authorization, ({ next, request }) =>
    Effect.flatMap(SubscriptionRef.get(sessionRef), (session) =>
      next(
        Option.match(session, {
          onNone: () => request,
          onSome: (s) => HttpClientRequest.bearerToken(request, Redacted.value(s.token)),
        }),
      ),
    ),
  )
  const clientOf = <Groups extends HttpApiGroup.Constraint>(contract: HttpApi.HttpApi<"operator", Groups>) =>
    HttpApiClient.makeWith(contract, { httpClient, baseUrl: config.baseUrl }).pipe(Effect.provide(authorization))
  const firstGroups = yield* clientOf(first)

  // Every other group's client is built the first time one of its endpoints is called: a page that
  // only lists numbers never compiles the codecs of documents or records. Until then each endpoint is
  // a function that builds its group's client, then calls the real endpoint.
  type Endpoints = Record<string, (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>>
  const contractOf = (group: LaterGroup) => later[group] as unknown as HttpApi.HttpApi<"operator", HttpApiGroup.Top>
  const built = new Map<LaterGroup, Endpoints>()
  const groupClient = (group: LaterGroup): Effect.Effect<Endpoints> =>
    Effect.suspend(() => {
      const ready = built.get(group)
      if (ready !== undefined) return Effect.succeed(ready)
      return Effect.map(clientOf(contractOf(group)), (client) => {
        const endpoints = (client as unknown as Record<LaterGroup, Endpoints>)[group]
        built.set(group, endpoints)
        return endpoints
      })
    })
  const laterGroup = (group: LaterGroup): Endpoints =>
    Object.fromEntries(
      Object.keys(contractOf(group).groups[group]?.endpoints ?? {}).map((endpoint) => [
        endpoint,
        (...args: ReadonlyArray<unknown>) =>
          Effect.flatMap(groupClient(group), (endpoints) => (endpoints[endpoint] as Endpoints[string])(...args)),
      ]),
    )
  const laterGroups = Object.fromEntries((Object.keys(later) as Array<LaterGroup>).map((g) => [g, laterGroup(g)]))
  const api = { ...firstGroups, ...laterGroups } as unknown as Api

  // Only a session that is open ends: a sign-out after an expiry announces the end once.
  const clear = SubscriptionRef.updateSome(sessionRef, (current) =>
    Option.isSome(current) ? Option.some(Option.none<Session>()) : Option.none(),
  )
  const fail = (error: unknown, operation: OperationLabel | undefined): Effect.Effect<never, ClientError> => {
    const mapped = toClientError(error, { operation, timeoutMillis })
    return mapped._tag === "SessionExpired" ? Effect.andThen(clear, Effect.fail(mapped)) : Effect.fail(mapped)
  }
  // A defect of the HTTP stack (a body that cannot be read, a bug in a codec) is still the
  // operator's answer going wrong, so it becomes an error the widget can show, not a crash.
  const call = <A, E>(
    operation: OperationLabel | undefined,
    effect: Effect.Effect<A, E>,
  ): Effect.Effect<A, ClientError> =>
    effect.pipe(
      Effect.catchDefect((defect): Effect.Effect<A, unknown> => Effect.fail(defect)),
      Effect.catch((error) => fail(error, operation)),
      Effect.provideService(HttpClient.TracerPropagationEnabled, false),
    )

  const session: SessionState = {
    get: SubscriptionRef.get(sessionRef),
    changes: SubscriptionRef.changes(sessionRef),
    current: () => SubscriptionRef.getUnsafe(sessionRef),
    open: (operation, effect) =>
      Effect.tap(call(operation, effect), (opened) => SubscriptionRef.set(sessionRef, Option.some(opened))),
    refreshAdmin: (operation, effect) =>
      Effect.tap(call(operation, effect), (admin) =>
        SubscriptionRef.updateSome(
          sessionRef,
          Option.map((open) => Option.some({ ...open, admin })),
        ),
      ),
    close: (effect) => call(undefined, effect).pipe(Effect.ignore, Effect.ensuring(clear)),
  }

  return OperatorClient.of({ api, call, session, newIdempotencyKey })
})

/**
 * The real client over `fetch` (the config's, or the global one).
 *
 * @example
 * ```ts
 * program.pipe(Effect.provide(OperatorClient.layer({ baseUrl: "https://operator.example.kz" })))
 * ```
 */
export const layer = (config: Config): Layer.Layer<OperatorClient> => {
  const transport =
    config.fetch === undefined
      ? FetchHttpClient.layer
      : FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, config.fetch)))
  return Layer.effect(OperatorClient, make(config)).pipe(Layer.provide(transport))
}

/**
 * A client for tests: the real client over a `fetch` the test provides (an in-memory operator, a
 * function answering canned responses), at `http://operator.test`, with a 5 s timeout and reads
 * retried twice after 1 ms — so tests run fast and deterministic.
 *
 * @example
 * ```ts
 * const fetch = (input: RequestInfo | URL) => Promise.resolve(Response.json([]))
 * program.pipe(Effect.provide(OperatorClient.layerTest(fetch)))
 * ```
 */
export const layerTest = (
  fetch: typeof globalThis.fetch,
  overrides: Partial<Config> = {},
): Layer.Layer<OperatorClient> =>
  layer({
    baseUrl: "http://operator.test",
    timeout: "5 seconds",
    retry: { times: 2, base: "1 millis" },
    ...overrides,
    fetch,
  })
