/**
 * Every way a Kabinet program can fail, one `Schema.TaggedError` per kind, each with the message
 * key that tells the admin what happened and (through `advice`) what to do next — the manual's FAQ
 * advice: wait 2–3 minutes, refresh, try again, then contact corporate support.
 *
 * Errors stay in Effect's error channel; widgets match on `_tag` and render `message` and `advice`.
 * An error may name the operation that failed (`operation`: a message key such as
 * `"operation.block"`, or a ready label), which the advice quotes.
 *
 * @example
 * ```ts
 * import { Errors, Messages } from "@kabinet/core"
 * program.pipe(
 *   Effect.catch((error) =>
 *     Effect.sync(() => show(Messages.formatMessage(locale, Errors.message(error)), Errors.advice(error))),
 *   ),
 * )
 * ```
 */
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as Messages from "./i18n/Messages.js"
import * as AccessRules from "./rules/AccessRules.js"
import * as Rule from "./rules/Rule.js"

const operation = Schema.optional(Schema.String)

/**
 * The operator's service failed (HTTP 5xx). Retrying later usually helps.
 *
 * @example
 * ```ts
 * new Errors.OperatorUnavailable({ status: 503, operation: "operation.block" })
 * ```
 */
export class OperatorUnavailable extends Schema.TaggedError<OperatorUnavailable>()("OperatorUnavailable", {
  status: Schema.Int,
  operation,
}) {
  get messageKey(): "error.operatorUnavailable" {
    return "error.operatorUnavailable"
  }
  override get message(): string {
    return `The operator answered ${this.status}${this.operation === undefined ? "" : ` to ${this.operation}`}`
  }
}

/**
 * No session: the admin has not signed in (HTTP 401 without a session).
 *
 * @example
 * ```ts
 * new Errors.Unauthorized({})
 * ```
 */
export class Unauthorized extends Schema.TaggedError<Unauthorized>()("Unauthorized", { operation }) {
  get messageKey(): "error.unauthorized" {
    return "error.unauthorized"
  }
  override get message(): string {
    return "Not signed in"
  }
}

/**
 * The session ran out (HTTP 401 on a request that carried one); the admin signs in again.
 *
 * @example
 * ```ts
 * new Errors.SessionExpired({ operation: "operation.loadNumbers" })
 * ```
 */
export class SessionExpired extends Schema.TaggedError<SessionExpired>()("SessionExpired", { operation }) {
  get messageKey(): "error.sessionExpired" {
    return "error.sessionExpired"
  }
  override get message(): string {
    return "The session has expired"
  }
}

/**
 * The admin may not do this (HTTP 403): the contract answers no 403 (another company's data is a
 * 404), but a gateway in front of an operator may.
 *
 * @example
 * ```ts
 * new Errors.Forbidden({ operation: "operation.simSwap" })
 * ```
 */
export class Forbidden extends Schema.TaggedError<Forbidden>()("Forbidden", { operation }) {
  get messageKey(): "error.forbidden" {
    return "error.forbidden"
  }
  override get message(): string {
    return `Forbidden${this.operation === undefined ? "" : `: ${this.operation}`}`
  }
}

/**
 * Too many requests (HTTP 429); `retryAfterSeconds` comes from the `Retry-After` header.
 *
 * @example
 * ```ts
 * new Errors.RateLimited({ retryAfterSeconds: 30 })
 * ```
 */
export class RateLimited extends Schema.TaggedError<RateLimited>()("RateLimited", {
  retryAfterSeconds: Schema.Number,
  operation,
}) {
  get messageKey(): "error.rateLimited" {
    return "error.rateLimited"
  }
  override get message(): string {
    return `Rate limited, retry after ${this.retryAfterSeconds} s`
  }
}

/**
 * A rule refused the action, before any request or on the operator's side: the rule's id, the
 * message key of the reason and its parameters, exactly as the rule's `Denied` decision.
 *
 * @example
 * ```ts
 * Errors.RuleDenied.fromDenied(Rules.NumberRules.unblockDebt.check({ status: "Заблокирован / Долг" }))
 * ```
 */
export class RuleDenied extends Schema.TaggedError<RuleDenied>()("RuleDenied", {
  rule: Rule.RuleId,
  messageKey: Messages.MessageKey,
  params: Rule.Params,
}) {
  /** The error for a refusal. */
  static fromDenied(denied: Rule.Denied): RuleDenied {
    return new RuleDenied({ rule: denied.rule, messageKey: denied.messageKey, params: denied.params })
  }
  /** The refusal this error carries, to render it like any other decision. */
  get decision(): Rule.Denied {
    return Rule.deny(this.rule, this.messageKey, this.params)
  }
  override get message(): string {
    return `Refused by rule ${this.rule} (${this.messageKey})`
  }
}

/**
 * The operator's payload breaks the contract (a schema did not decode it); `detail` is the schema's
 * report, for logs only.
 *
 * @example
 * ```ts
 * new Errors.ContractViolation({ detail: issue.message, operation: "operation.loadNumber" })
 * ```
 */
export class ContractViolation extends Schema.TaggedError<ContractViolation>()("ContractViolation", {
  detail: Schema.String,
  operation,
}) {
  get messageKey(): "error.contractViolation" {
    return "error.contractViolation"
  }
  override get message(): string {
    return `Contract violation: ${this.detail}`
  }
}

/**
 * The request never reached the operator or its answer never came back (offline, DNS, CORS).
 *
 * @example
 * ```ts
 * new Errors.NetworkError({ detail: String(cause) })
 * ```
 */
export class NetworkError extends Schema.TaggedError<NetworkError>()("NetworkError", {
  detail: Schema.optional(Schema.String),
  operation,
}) {
  get messageKey(): "error.network" {
    return "error.network"
  }
  override get message(): string {
    return `Network error${this.detail === undefined ? "" : `: ${this.detail}`}`
  }
}

/**
 * The operator did not answer within `afterMillis`.
 *
 * @example
 * ```ts
 * new Errors.Timeout({ afterMillis: 30_000, operation: "operation.detalization" })
 * ```
 */
export class Timeout extends Schema.TaggedError<Timeout>()("Timeout", {
  afterMillis: Schema.Number,
  operation,
}) {
  get messageKey(): "error.timeout" {
    return "error.timeout"
  }
  override get message(): string {
    return `No answer within ${this.afterMillis} ms`
  }
}

/**
 * What was asked for does not exist (HTTP 404): a number moved to another company, a report gone.
 *
 * @example
 * ```ts
 * new Errors.NotFound({ resource: "number 77010542001" })
 * ```
 */
export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", {
  resource: Schema.optional(Schema.String),
  operation,
}) {
  get messageKey(): "error.notFound" {
    return "error.notFound"
  }
  override get message(): string {
    return `Not found${this.resource === undefined ? "" : `: ${this.resource}`}`
  }
}

const attemptsLeft = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * A1: the phone or the password is wrong. One generic error on purpose: it never says which.
 * `attemptsLeft`, when the operator sends it, is how many more failures the login takes before it
 * is locked; `attemptsMessage` words it.
 *
 * @example
 * ```ts
 * new Errors.InvalidCredentials({ attemptsLeft: 3 })
 * ```
 */
export class InvalidCredentials extends Schema.TaggedError<InvalidCredentials>()("InvalidCredentials", {
  attemptsLeft: Schema.optional(attemptsLeft),
}) {
  get messageKey(): "error.invalidCredentials" {
    return "error.invalidCredentials"
  }
  override get message(): string {
    return `Invalid credentials${this.attemptsLeft === undefined ? "" : `, ${this.attemptsLeft} attempts left`}`
  }
}

/**
 * A2: a wrong SMS code during password recovery, with the tries left before the code is spent.
 *
 * @example
 * ```ts
 * program.pipe(Effect.catchTag("InvalidSmsCode", (e) => showTriesLeft(e.attemptsLeft)))
 * ```
 */
export class InvalidSmsCode extends Schema.TaggedError<InvalidSmsCode>()("InvalidSmsCode", { attemptsLeft }) {
  get messageKey(): "smsCode.invalid" {
    return "smsCode.invalid"
  }
  override get message(): string {
    return `Wrong SMS code, ${this.attemptsLeft} tries left`
  }
}

/**
 * Any Kabinet error, as a schema: for errors that cross a worker or a stored state.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Errors.KabinetError)({ _tag: "RateLimited", retryAfterSeconds: 5 })
 * ```
 */
export const KabinetError = Schema.Union([
  OperatorUnavailable,
  Unauthorized,
  SessionExpired,
  Forbidden,
  RateLimited,
  RuleDenied,
  ContractViolation,
  NetworkError,
  Timeout,
  NotFound,
  InvalidCredentials,
  InvalidSmsCode,
])

/** Any Kabinet error. */
export type KabinetError =
  | OperatorUnavailable
  | Unauthorized
  | SessionExpired
  | Forbidden
  | RateLimited
  | RuleDenied
  | ContractViolation
  | NetworkError
  | Timeout
  | NotFound
  | InvalidCredentials
  | InvalidSmsCode

/** Every error's `_tag`. */
export const tags = [
  "OperatorUnavailable",
  "Unauthorized",
  "SessionExpired",
  "Forbidden",
  "RateLimited",
  "RuleDenied",
  "ContractViolation",
  "NetworkError",
  "Timeout",
  "NotFound",
  "InvalidCredentials",
  "InvalidSmsCode",
] as const satisfies ReadonlyArray<KabinetError["_tag"]>

const tagSet: ReadonlySet<unknown> = new Set(tags)

/**
 * Whether a value is a Kabinet error (by its `_tag`).
 *
 * @example
 * ```ts
 * if (Errors.isKabinetError(cause)) render(Errors.message(cause))
 * ```
 */
export const isKabinetError = (value: unknown): value is KabinetError =>
  Predicate.hasProperty(value, "_tag") && tagSet.has(value._tag) && Predicate.hasProperty(value, "messageKey")

/**
 * Whether a failure is `SessionExpired`: the operator no longer knows the session, the client has
 * already forgotten it, and the admin signs in again. Use it rather than comparing `_tag` strings.
 *
 * @example
 * ```ts
 * if (Errors.isSessionExpired(failure)) showLogin()
 * ```
 */
export const isSessionExpired = (value: unknown): value is SessionExpired =>
  isKabinetError(value) && value._tag === "SessionExpired"

/**
 * Whether a failure is a rule's refusal — any rule's, or the one named.
 *
 * @example
 * ```ts
 * if (Errors.isRuleDenied(failure, "login.locked")) showReason(failure.decision)
 * ```
 */
export const isRuleDenied = (value: unknown, rule?: Rule.RuleId): value is RuleDenied =>
  isKabinetError(value) && value._tag === "RuleDenied" && (rule === undefined || value.rule === rule)

/**
 * When the login lock ends (epoch milliseconds), if the failure is the `login.locked` refusal; the
 * refusal carries it from the operator unchanged. Re-check `Rules.AccessRules.locked` with it as time
 * passes to count the minutes down and to know when sign-in opens again.
 *
 * @example
 * ```ts
 * const lockedUntil = Errors.loginLockedUntil(failure)
 * const decision = Rules.AccessRules.locked.check({ lockedUntil }, moment) // Denied until then, then Allowed
 * ```
 */
export const loginLockedUntil = (value: unknown): number | undefined =>
  isRuleDenied(value, "login.locked") ? AccessRules.lockedUntilOf(value.decision) : undefined

/**
 * The message key of any Kabinet error.
 *
 * @example
 * ```ts
 * Errors.messageKey(new Errors.Timeout({ afterMillis: 30_000 })) // "error.timeout"
 * ```
 */
export const messageKey = (error: KabinetError): Messages.MessageKey => error.messageKey

/**
 * What happened, as a message to format: the error's key with its parameters (the seconds to wait,
 * a refusal's parameters).
 *
 * @example
 * ```ts
 * Messages.formatMessage("ru", Errors.message(new Errors.RateLimited({ retryAfterSeconds: 5 })))
 * // "Слишком много запросов. Повторите через 5 секунд."
 * ```
 */
export const message = (error: KabinetError): Messages.Message => {
  switch (error._tag) {
    case "RateLimited":
      return { key: error.messageKey, params: { seconds: Math.max(1, Math.ceil(error.retryAfterSeconds)) } }
    case "RuleDenied":
      return { key: error.messageKey, params: error.params }
    default:
      return { key: error.messageKey }
  }
}

/**
 * How many sign-in attempts are left before the login is locked, when wrong credentials carry the
 * count: shown under the generic wrong-credentials message.
 *
 * @example
 * ```ts
 * Messages.formatMessage("ru", Errors.attemptsMessage(new Errors.InvalidCredentials({ attemptsLeft: 2 }))!)
 * // "Осталось 2 попытки, затем вход будет заблокирован на 15 минут."
 * ```
 */
export const attemptsMessage = (error: KabinetError): Messages.Message | undefined =>
  error._tag === "InvalidCredentials" && error.attemptsLeft !== undefined
    ? {
        key: "error.invalidCredentials.attemptsLeft",
        params: { attempts: error.attemptsLeft, minutes: AccessRules.loginLockMinutes },
      }
    : undefined

const operationParam = (name: string): Messages.Param => (Messages.isKey(name) ? { key: name } : name)

/**
 * What to do next, when there is something beyond the message itself: the manual's advice (wait
 * 2–3 minutes, refresh, try again, then contact corporate support) naming the operation when known;
 * for wrong credentials, FAQ 2 (check them; the first sign-in goes through «Забыли пароль?»); for a
 * forbidden company, FAQ 1 (the company must request access for the admin). Refusals, sign-in
 * prompts and rate limits say all in their message and have no advice.
 *
 * @example
 * ```ts
 * Errors.advice(new Errors.OperatorUnavailable({ status: 502, operation: "operation.block" }))
 * // { key: "advice.retryOperation", params: { operation: { key: "operation.block" } } }
 * ```
 */
export const advice = (error: KabinetError): Messages.Message | undefined => {
  switch (error._tag) {
    case "OperatorUnavailable":
    case "ContractViolation":
    case "NetworkError":
    case "Timeout":
      return error.operation === undefined
        ? { key: "advice.retry" }
        : { key: "advice.retryOperation", params: { operation: operationParam(error.operation) } }
    case "Forbidden":
      return { key: "advice.requestAccess" }
    case "InvalidCredentials":
      return { key: "advice.checkCredentials" }
    default:
      return undefined
  }
}
