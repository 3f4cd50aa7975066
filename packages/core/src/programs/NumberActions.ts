/**
 * What an admin does to a number (B6–B16). Each program first asks the core's rules — a refusal
 * fails with `RuleDenied` and makes no request (an unblock of a «Заблокирован / Долг» number never
 * reaches the operator) — then calls the operator with the intent's `Idempotency-Key`.
 *
 * Block, unblock and SIM swap are long: their programs are `Stream`s of the operation's states,
 * from the accepted one («В обработке») to the final one; see `Programs.Operations`.
 *
 * To retry an intent after a failure (D2: the admin's input is never lost), pass the same
 * `idempotencyKey` again: the operator then acts at most once. Without one, each call is a new
 * intent with a new key.
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * const key = yield* Programs.NumberActions.newIntent
 * yield* Programs.NumberActions.block({ companyId, number: row, idempotencyKey: key }).pipe(
 *   Stream.runForEach((op) => Effect.sync(() => render(op))),
 * )
 * ```
 */
import * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type * as Operations from "../api/Operations.js"
import type * as Security from "../api/Security.js"
import { type ClientError, OperatorClient } from "../client/OperatorClient.js"
import type * as Bans from "../domain/Bans.js"
import type * as BillingMethod from "../domain/BillingMethod.js"
import type * as Company from "../domain/Company.js"
import type * as Forwarding from "../domain/Forwarding.js"
import type * as Iccid from "../domain/Iccid.js"
import type * as Imei from "../domain/Imei.js"
import type * as ImeiRegistration from "../domain/ImeiRegistration.js"
import type * as Msisdn from "../domain/Msisdn.js"
import type * as NumberStatus from "../domain/NumberStatus.js"
import type * as SecretCode from "../domain/SecretCode.js"
import type * as Service from "../domain/Service.js"
import * as NumberRules from "../rules/NumberRules.js"
import { check, keyFor } from "./internal.js"
import { type FollowOptions, startAndFollow } from "./Operations.js"

/**
 * The number acted on, as the admin sees it: its line, and the status (and billing method) the
 * rules decide on. A `MobileNumber` row or profile header fits.
 */
export interface NumberState {
  readonly msisdn: Msisdn.Msisdn
  readonly status: NumberStatus.NumberStatus
  readonly billingMethod?: BillingMethod.BillingMethod | undefined
}

/**
 * The target of an action: the company, the number, and the intent's idempotency key (a new one
 * when absent).
 */
export interface Target {
  readonly companyId: Company.CompanyId
  readonly number: NumberState
  readonly idempotencyKey?: Security.IdempotencyKey | undefined
}

/**
 * A new intent's idempotency key: make it when the admin confirms, pass it to every retry of
 * that action.
 *
 * @example
 * ```ts
 * const key = yield* NumberActions.newIntent
 * ```
 */
export const newIntent: Effect.Effect<Security.IdempotencyKey, never, OperatorClient> = OperatorClient.use(
  (client) => client.newIdempotencyKey,
)

const allowed = (name: NumberRules.Operation, number: NumberState) => check(() => NumberRules.operation(name, number))

const prepare = (target: Target) =>
  Effect.map(keyFor(target.idempotencyKey), (key) => ({
    params: { companyId: target.companyId, number: target.number.msisdn },
    headers: { "idempotency-key": key },
  }))

const long = (
  name: "block" | "unblock" | "simSwap",
  target: Target,
  send: (
    client: OperatorClient["Service"],
    request: Effect.Success<ReturnType<typeof prepare>>,
  ) => Effect.Effect<Operations.Operation, unknown>,
  options: FollowOptions | undefined,
  extra: Effect.Effect<void, ClientError> = Effect.void,
): Stream.Stream<Operations.Operation, ClientError, OperatorClient> =>
  startAndFollow(
    Effect.gen(function* () {
      yield* allowed(name, target.number)
      yield* extra
      const client = yield* OperatorClient
      const request = yield* prepare(target)
      return yield* client.call(`operation.${name}`, send(client, request))
    }),
    options,
  )

/**
 * Blocks a number (B10) and follows the operation: «В обработке», then «Заблокирован». Refused
 * when the number is not active or already «В обработке».
 *
 * @example
 * ```ts
 * const states = yield* Stream.runCollect(NumberActions.block({ companyId, number: row }))
 * ```
 */
export const block = (target: Target, options?: FollowOptions) =>
  long("block", target, (client, request) => client.api.numberActions.block(request), options)

/**
 * Unblocks a number (B10) and follows the operation. Refused without a request for «Заблокирован
 * / Долг» (`number.unblock.debt`: the debt must be paid) and for a number that is not blocked.
 *
 * @example
 * ```ts
 * NumberActions.unblock({ companyId, number: row })
 * ```
 */
export const unblock = (target: Target, options?: FollowOptions) =>
  long("unblock", target, (client, request) => client.api.numberActions.unblock(request), options)

/**
 * Moves the number to a new SIM card (B11) and follows the operation. Only for an active number,
 * and not to the SIM it already has (when `currentIccid` is known).
 *
 * @example
 * ```ts
 * NumberActions.simSwap({ companyId, number: row, iccid: Iccid.make("89997027507916785078") })
 * ```
 */
export const simSwap = (
  target: Target & { readonly iccid: Iccid.Iccid; readonly currentIccid?: Iccid.Iccid | undefined },
  options?: FollowOptions,
) =>
  long(
    "simSwap",
    target,
    (client, request) => client.api.numberActions.simSwap({ ...request, payload: { iccid: target.iccid } }),
    options,
    check(() =>
      NumberRules.simSwapGuard({ ...target.number, currentIccid: target.currentIccid, newIccid: target.iccid }),
    ),
  )

const banOperation: { readonly [K in Bans.BanKind]: NumberRules.Operation } = {
  smsUssdControl: "smsUssdBan",
  selfCareDetailView: "detailViewBan",
  selfCareAccess: "selfCareBan",
}

/**
 * Sets (`"enabled"`) or lifts (`"disabled"`) one of the three bans (B12–B14); answers the three
 * bans as they now are.
 *
 * @example
 * ```ts
 * const bans = yield* NumberActions.setBan({ companyId, number: row, kind: "selfCareAccess", state: "enabled" })
 * ```
 */
export const setBan = Effect.fn("NumberActions.setBan")(function* (
  target: Target & { readonly kind: Bans.BanKind; readonly state: Bans.BanState },
): Effect.fn.Return<Bans.Bans, ClientError, OperatorClient> {
  const operation = banOperation[target.kind]
  yield* allowed(operation, target.number)
  const client = yield* OperatorClient
  const { params, headers } = yield* prepare(target)
  const request = { params: { ...params, kind: target.kind }, headers }
  return yield* client.call(
    `operation.${operation}` as const,
    target.state === "enabled" ? client.api.numberActions.setBan(request) : client.api.numberActions.liftBan(request),
  )
})

/**
 * Sets forwarding for one condition (B15); answers all conditions. The target may not be the
 * number itself, and a no-answer delay is 5–30 s in steps of 5.
 *
 * @example
 * ```ts
 * yield* NumberActions.setForwarding({ companyId, number: row, rule: { condition: "busy", target } })
 * ```
 */
export const setForwarding = Effect.fn("NumberActions.setForwarding")(function* (
  target: Target & { readonly rule: Forwarding.ForwardingRule },
): Effect.fn.Return<Forwarding.Forwarding, ClientError, OperatorClient> {
  yield* check(() => NumberRules.forwardingGuard(target.number, { action: "set", rule: target.rule }))
  const client = yield* OperatorClient
  const request = yield* prepare(target)
  return yield* client.call(
    "operation.forwarding",
    client.api.numberActions.setForwarding({ ...request, payload: target.rule }),
  )
})

/**
 * Clears forwarding for one condition (B15).
 *
 * @example
 * ```ts
 * yield* NumberActions.clearForwarding({ companyId, number: row, condition: "busy" })
 * ```
 */
export const clearForwarding = Effect.fn("NumberActions.clearForwarding")(function* (
  target: Target & { readonly condition: Forwarding.ForwardingCondition },
): Effect.fn.Return<Forwarding.Forwarding, ClientError, OperatorClient> {
  yield* check(() => NumberRules.forwardingGuard(target.number, { action: "clear", condition: target.condition }))
  const client = yield* OperatorClient
  const { params, headers } = yield* prepare(target)
  return yield* client.call(
    "operation.forwarding",
    client.api.numberActions.clearForwarding({ params: { ...params, condition: target.condition }, headers }),
  )
})

/**
 * Registers a device's IMEI to the number (B16). Refused without a request (`imeiRegistrationGuard`)
 * for an IMEI without its check digit (the 14-digit recorded form), for one already in `registered`,
 * and, given the number's devices as `recorded`, when no device was recorded with the number.
 *
 * @example
 * ```ts
 * yield* NumberActions.registerImei({ companyId, number: row, imei, registered: devices.devices.map((d) => d.imei) })
 * ```
 */
export const registerImei = Effect.fn("NumberActions.registerImei")(function* (
  target: Target & {
    readonly imei: Imei.Imei
    readonly registered?: ReadonlyArray<string> | undefined
    readonly recorded?: { readonly lastRecorded?: string | undefined } | undefined
  },
): Effect.fn.Return<ImeiRegistration.ImeiRegistration, ClientError, OperatorClient> {
  yield* check(() =>
    NumberRules.imeiRegistrationGuard(target.number, {
      imei: target.imei,
      registered: target.registered ?? [],
      recorded: target.recorded,
    }),
  )
  const client = yield* OperatorClient
  const request = yield* prepare(target)
  return yield* client.call(
    "operation.imeiRegistration",
    client.api.numberActions.registerDevice({ ...request, payload: { imei: target.imei } }),
  )
})

/**
 * Removes a registered IMEI from the number («Удалить», B16).
 *
 * @example
 * ```ts
 * yield* NumberActions.removeImei({ companyId, number: row, imei })
 * ```
 */
export const removeImei = Effect.fn("NumberActions.removeImei")(function* (
  target: Target & { readonly imei: Imei.Imei },
): Effect.fn.Return<ImeiRegistration.ImeiRegistration, ClientError, OperatorClient> {
  yield* allowed("imeiRegistration", target.number)
  const client = yield* OperatorClient
  const { params, headers } = yield* prepare(target)
  return yield* client.call(
    "operation.imeiRegistration",
    client.api.numberActions.removeDevice({ params: { ...params, imei: target.imei }, headers }),
  )
})

/**
 * Sends the secret code to the line's user (B9): read-only access to the self-care app.
 *
 * @example
 * ```ts
 * const state = yield* NumberActions.sendSecretCode({ companyId, number: row })
 * ```
 */
export const sendSecretCode = Effect.fn("NumberActions.sendSecretCode")(function* (
  target: Target,
): Effect.fn.Return<SecretCode.SecretCodeState, ClientError, OperatorClient> {
  yield* allowed("sendSecretCode", target.number)
  const client = yield* OperatorClient
  const request = yield* prepare(target)
  return yield* client.call("operation.sendSecretCode", client.api.numberActions.sendSecretCode(request))
})

/**
 * Deletes the secret code (B9).
 *
 * @example
 * ```ts
 * yield* NumberActions.deleteSecretCode({ companyId, number: row })
 * ```
 */
export const deleteSecretCode = Effect.fn("NumberActions.deleteSecretCode")(function* (
  target: Target,
): Effect.fn.Return<SecretCode.SecretCodeState, ClientError, OperatorClient> {
  yield* allowed("deleteSecretCode", target.number)
  const client = yield* OperatorClient
  const request = yield* prepare(target)
  return yield* client.call("operation.deleteSecretCode", client.api.numberActions.deleteSecretCode(request))
})

/**
 * Connects a service («Подключить», B7); answers the service, now connected.
 *
 * @example
 * ```ts
 * const service = yield* NumberActions.connectService({ companyId, number: row, serviceId })
 * ```
 */
export const connectService = Effect.fn("NumberActions.connectService")(function* (
  target: Target & { readonly serviceId: Service.ServiceId },
): Effect.fn.Return<Service.Service, ClientError, OperatorClient> {
  yield* allowed("connectService", target.number)
  const client = yield* OperatorClient
  const { params, headers } = yield* prepare(target)
  return yield* client.call(
    "operation.connectService",
    client.api.numberActions.connectService({ params: { ...params, serviceId: target.serviceId }, headers }),
  )
})

/**
 * Disconnects a service («Отключить», B6); answers the service, now available again.
 *
 * @example
 * ```ts
 * yield* NumberActions.disconnectService({ companyId, number: row, serviceId })
 * ```
 */
export const disconnectService = Effect.fn("NumberActions.disconnectService")(function* (
  target: Target & { readonly serviceId: Service.ServiceId },
): Effect.fn.Return<Service.Service, ClientError, OperatorClient> {
  yield* allowed("disconnectService", target.number)
  const client = yield* OperatorClient
  const { params, headers } = yield* prepare(target)
  return yield* client.call(
    "operation.disconnectService",
    client.api.numberActions.disconnectService({ params: { ...params, serviceId: target.serviceId }, headers }),
  )
})
