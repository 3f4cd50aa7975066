/**
 * The `numberActions` group (B6–B16): everything an admin does to a number. Each action is first
 * put to the core's rules (`Rules.NumberRules`) on the operator's side — a client that skipped
 * them is refused with the same rule id — and recorded in the action history, refusals included.
 *
 * Block, unblock and SIM swap take the operator 1–2 minutes (times the time scale): the number is
 * «В обработке» meanwhile and the answer is the pending operation to follow.
 */
import { Api, Forwarding, Rules } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import type { ActionKind } from "../db/ActionLog.js"
import * as Catalogue from "../db/Catalogue.js"
import type { BanKind, Line } from "../db/Line.js"
import type { OperationKind } from "../db/Operations.js"
import type { OperatorState } from "../db/OperatorState.js"
import { enforce, line } from "./Access.js"
import { audited } from "./Audit.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

/** How long the operator takes over a block, an unblock or a SIM swap at time scale 1: 1–2 minutes. */
export const operationDurationMs = { min: 60_000, max: 120_000 } as const

type NumberParams = { readonly companyId: string; readonly number: string }

const statusOf = (of: Line): Rules.NumberRules.NumberInput => ({ status: of.status, billingMethod: of.billingMethod })

/** The SMS that carries a secret code to the line's user. */
export const secretCodeSmsText = (code: string): string =>
  `Kcell: ваш секретный код для MyKcell: ${code}. Он открывает информацию по номеру и детализацию, без подключения и отключения услуг.`

// Runs an action on a number, behind the boundary and the status rules, and records it.
const onNumber = <A, E, R>(
  action: ActionKind,
  params: NumberParams,
  operation: Rules.NumberRules.Operation,
  act: (state: OperatorState, of: Line) => Effect.Effect<A, E, R>,
) =>
  audited(
    { action, companyId: params.companyId, msisdn: params.number },
    Effect.gen(function* () {
      const state = yield* OperatorDb
      const of = yield* line(params.companyId, params.number)
      yield* enforce(Rules.NumberRules.operation(operation, statusOf(of)))
      return yield* act(state, of)
    }),
  )

// Starts a long operation: «В обработке» now, `finish` applied when the operator is done, `ended`
// called however it ends.
const startLong = (
  state: OperatorState,
  of: Line,
  kind: OperationKind,
  finish: (line: Line, at: number) => Line,
  ended: () => void = () => {},
) => {
  const now = state.now()
  const duration = state.clock.scaled(state.random("duration").int(operationDurationMs.min, operationDurationMs.max))
  let id = ""
  const operation = state.operations.start({
    kind,
    companyId: of.companyId,
    msisdn: of.msisdn,
    startedAt: now,
    durationMs: duration,
    finish: (at) => {
      ended()
      const current = state.numbers.get(of.msisdn)
      if (current?.pendingOperationId !== id)
        return { state: "failed", status: current?.status, failure: { messageKey: "operation.failed" } }
      const done = state.numbers.update(of.msisdn, (l) => ({
        ...finish(l, at),
        statusChangedAt: at,
        pendingOperationId: undefined,
      }))
      return { state: "succeeded", status: done.status }
    },
  })
  id = operation.id
  state.numbers.update(of.msisdn, (l) => ({
    ...l,
    status: "В обработке",
    statusChangedAt: now,
    pendingOperationId: id,
  }))
  return Contract.operation(operation)
}

const banOperation: Record<BanKind, Rules.NumberRules.Operation> = {
  smsUssdControl: "smsUssdBan",
  selfCareDetailView: "detailViewBan",
  selfCareAccess: "selfCareBan",
}

const setBan = (params: NumberParams & { readonly kind: BanKind }, on: boolean) =>
  onNumber(on ? "banSet" : "banLift", params, banOperation[params.kind], (state, of) =>
    Effect.succeed(
      Contract.bans(state.numbers.update(of.msisdn, (l) => ({ ...l, bans: { ...l.bans, [params.kind]: on } }))),
    ),
  )

const changeForwarding = (params: NumberParams, change: Forwarding.ForwardingChange) =>
  onNumber(change.action === "set" ? "forwardingSet" : "forwardingClear", params, "forwarding", (state, of) =>
    Effect.gen(function* () {
      yield* enforce(Rules.NumberRules.forwardingGuard({ ...statusOf(of), msisdn: of.msisdn }, change))
      if (change.action === "clear" && of.forwarding[change.condition] === undefined) {
        return yield* new Api.Errors.NotFound({ resource: "forwarding", id: `${of.msisdn}/${change.condition}` })
      }
      const next = Forwarding.apply(Contract.forwarding(of), change)
      return Contract.forwarding(state.numbers.update(of.msisdn, (l) => ({ ...l, forwarding: next })))
    }),
  )

/**
 * The handlers of the `numberActions` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(NumberActionsHandlers))
 * ```
 */
export const NumberActionsHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "numberActions", (handlers) =>
  handlers
    .handle("block", ({ params }) =>
      onNumber("block", params, "block", (state, of) =>
        Effect.succeed(startLong(state, of, "block", (l) => ({ ...l, status: "Заблокирован" }))),
      ),
    )
    .handle("unblock", ({ params }) =>
      onNumber("unblock", params, "unblock", (state, of) =>
        Effect.succeed(startLong(state, of, "unblock", (l) => ({ ...l, status: "Активный" }))),
      ),
    )
    .handle("simSwap", ({ params, payload }) =>
      onNumber("simSwap", params, "simSwap", (state, of) =>
        Effect.gen(function* () {
          yield* enforce(
            Rules.NumberRules.simSwapGuard({
              ...statusOf(of),
              msisdn: of.msisdn,
              currentIccid: of.sim.iccid,
              newIccid: payload.iccid,
              holder: state.holderOfIccid(payload.iccid),
            }),
          )
          // The card is promised to this number until the swap ends, so a second swap cannot take it.
          state.simSwaps.set(payload.iccid, of.msisdn)
          return startLong(
            state,
            of,
            "simSwap",
            (l, at) => ({ ...l, status: "Активный", sim: { ...l.sim, iccid: payload.iccid, lastSimChangeAt: at } }),
            () => state.simSwaps.delete(payload.iccid),
          )
        }),
      ),
    )
    .handle("setBan", ({ params }) => setBan(params, true))
    .handle("liftBan", ({ params }) => setBan(params, false))
    .handle("setForwarding", ({ params, payload }) => changeForwarding(params, { action: "set", rule: payload }))
    .handle("clearForwarding", ({ params }) =>
      changeForwarding(params, { action: "clear", condition: params.condition }),
    )
    .handle("registerDevice", ({ params, payload }) =>
      onNumber("deviceRegister", params, "imeiRegistration", (state, of) =>
        Effect.gen(function* () {
          yield* enforce(
            Rules.NumberRules.imeiRegistrationGuard(statusOf(of), {
              imei: payload.imei,
              registered: of.devices.map((device) => device.imei),
              recorded: { lastRecorded: of.sim.lastRecordedImei },
            }),
          )
          const device = { imei: payload.imei, registeredAt: state.now() }
          return Contract.imeiRegistration(
            state.numbers.update(of.msisdn, (l) => ({ ...l, devices: [device, ...l.devices] })),
          )
        }),
      ),
    )
    .handle("removeDevice", ({ params }) =>
      onNumber("deviceUnregister", params, "imeiRegistration", (state, of) =>
        Effect.gen(function* () {
          if (!of.devices.some((device) => device.imei === params.imei))
            return yield* new Api.Errors.NotFound({ resource: "device", id: params.imei })
          return Contract.imeiRegistration(
            state.numbers.update(of.msisdn, (l) => ({
              ...l,
              devices: l.devices.filter((device) => device.imei !== params.imei),
            })),
          )
        }),
      ),
    )
    .handle("sendSecretCode", ({ params }) =>
      onNumber("secretCodeSend", params, "sendSecretCode", (state, of) =>
        Effect.sync(() => {
          const at = state.now()
          const code = state.smsCode()
          state.outbox.sms({ at, to: of.msisdn, purpose: "secretCode", text: secretCodeSmsText(code), code })
          return Contract.secretCode(state.numbers.update(of.msisdn, (l) => ({ ...l, secretCodeSentAt: at })))
        }),
      ),
    )
    .handle("deleteSecretCode", ({ params }) =>
      onNumber("secretCodeDelete", params, "deleteSecretCode", (state, of) =>
        Effect.gen(function* () {
          if (of.secretCodeSentAt === undefined)
            return yield* new Api.Errors.NotFound({ resource: "secretCode", id: of.msisdn })
          return Contract.secretCode(state.numbers.update(of.msisdn, (l) => ({ ...l, secretCodeSentAt: undefined })))
        }),
      ),
    )
    .handle("connectService", ({ params }) =>
      onNumber("serviceConnect", params, "connectService", (state, of) =>
        Effect.gen(function* () {
          const offer = Catalogue.serviceById(params.serviceId)
          if (offer === undefined) return yield* new Api.Errors.NotFound({ resource: "service", id: params.serviceId })
          const connected = of.services.find((service) => service.id === offer.id)
          if (connected !== undefined) return Contract.service(offer, connected.connectedAt)
          const at = state.now()
          state.numbers.update(of.msisdn, (l) => ({
            ...l,
            services: [...l.services, { id: offer.id, connectedAt: at }],
          }))
          return Contract.service(offer, at)
        }),
      ),
    )
    .handle("disconnectService", ({ params }) =>
      onNumber("serviceDisconnect", params, "disconnectService", (state, of) =>
        Effect.gen(function* () {
          const offer = Catalogue.serviceById(params.serviceId)
          if (offer === undefined || !of.services.some((service) => service.id === offer.id))
            return yield* new Api.Errors.NotFound({ resource: "service", id: params.serviceId })
          state.numbers.update(of.msisdn, (l) => ({
            ...l,
            services: l.services.filter((service) => service.id !== offer.id),
          }))
          return Contract.service(offer, undefined)
        }),
      ),
    ),
)
