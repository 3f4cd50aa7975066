/**
 * What an admin does to a number (B6, B7, B9–B16). Every action takes an `Idempotency-Key`, so a
 * retry after a lost answer never acts twice.
 *
 * Block, unblock and SIM swap are long operations: `202 Accepted` with a pending
 * {@link Operations.Operation} to follow at `GET /v1/operations/:operationId`. The others are
 * quick and answer the section's new state, so the widget redraws without another read.
 *
 * The operator checks the same rules as the core (422 `RuleDenied`): no unblock of a number
 * blocked for debt, SIM swap only when active, and so on.
 *
 * @example
 * ```ts
 * const op = yield* client.numberActions.block({ params: { companyId, number }, headers: { "idempotency-key": key } })
 * ```
 */

import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as Bans from "../domain/Bans.js"
import * as Forwarding from "../domain/Forwarding.js"
import * as Iccid from "../domain/Iccid.js"
import * as Imei from "../domain/Imei.js"
import * as ImeiRegistration from "../domain/ImeiRegistration.js"
import * as SecretCode from "../domain/SecretCode.js"
import * as Service from "../domain/Service.js"
import * as Errors from "./Errors.js"
import { NumberParams } from "./Numbers.js"
import * as Operations from "./Operations.js"
import * as Security from "./Security.js"

/**
 * SIM swap input (B11): the new SIM's ICCID, 20 digits with a Luhn check digit.
 *
 * JSON: `{ "iccid": "89997012345678901234" }`
 */
export const SimSwapRequest = Schema.Struct({ iccid: Iccid.Iccid }).annotate({ identifier: "SimSwapRequest" })
export type SimSwapRequest = typeof SimSwapRequest.Type

/**
 * Device registration input (B16): a 15-digit IMEI with its check digit.
 *
 * JSON: `{ "imei": "490154203237518" }`
 */
export const RegisterDeviceRequest = Schema.Struct({ imei: Imei.Imei }).annotate({
  identifier: "RegisterDeviceRequest",
})
export type RegisterDeviceRequest = typeof RegisterDeviceRequest.Type

const headers = Security.IdempotencyHeaders
const error = [...Errors.mutation] as const
const base = "/v1/companies/:companyId/numbers/:number" as const

/** `POST …/block` — block the number (B10); 202 with the operation. */
export const block = HttpApiEndpoint.post("block", `${base}/block`, {
  params: NumberParams,
  headers,
  success: Operations.Accepted,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Block the number (long operation)",
    description:
      "Starts blocking the number: 202 with the pending operation; the number is «В обработке» until it ends (1–2 minutes). 422 `number.block.notActive` unless active, `number.operation.pending` while another operation runs.",
  }),
)

/** `POST …/unblock` — unblock the number (B10); refused for «Заблокирован / Долг». */
export const unblock = HttpApiEndpoint.post("unblock", `${base}/unblock`, {
  params: NumberParams,
  headers,
  success: Operations.Accepted,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Unblock the number (long operation)",
    description:
      "Starts unblocking the number: 202 with the pending operation. 422 `number.unblock.debt` for «Заблокирован / Долг», `number.unblock.notBlocked` unless blocked.",
  }),
)

/** `POST …/sim-swap` — move the number to a new SIM (B11); only when active. */
export const simSwap = HttpApiEndpoint.post("simSwap", `${base}/sim-swap`, {
  params: NumberParams,
  headers,
  payload: SimSwapRequest,
  success: Operations.Accepted,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Swap the SIM card (long operation)",
    description:
      "Moves the number to a new SIM card: 202 with the pending operation. 422 `number.simSwap.notActive` unless active, `number.simSwap.sameSim` for the current card, `number.simSwap.iccidInUse` for a card on another line or promised to one by a swap under way.",
  }),
)

/** `PUT …/bans/:kind` — set a ban (B12–B14); answers the three bans. */
export const setBan = HttpApiEndpoint.put("setBan", `${base}/bans/:kind`, {
  params: { ...NumberParams, kind: Bans.BanKind },
  headers,
  success: Bans.Bans,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Set a ban",
    description:
      "Sets one of the three bans (SMS/USSD control, MyKcell detail viewing, MyKcell access) and answers the three.",
  }),
)

/** `DELETE …/bans/:kind` — lift a ban (B12–B14); answers the three bans. */
export const liftBan = HttpApiEndpoint.delete("liftBan", `${base}/bans/:kind`, {
  params: { ...NumberParams, kind: Bans.BanKind },
  headers,
  success: Bans.Bans,
  error,
}).annotateMerge(
  OpenApi.annotations({ summary: "Lift a ban", description: "Lifts one of the three bans and answers the three." }),
)

/** `PUT …/forwarding` — set forwarding for one condition (B15); answers all conditions. */
export const setForwarding = HttpApiEndpoint.put("setForwarding", `${base}/forwarding`, {
  params: NumberParams,
  headers,
  payload: Forwarding.ForwardingRule,
  success: Forwarding.Forwarding,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Set call forwarding for a condition",
    description:
      "Forwards calls under one condition to a target number and answers every condition. 422 `number.forwarding.delay` for a no-answer delay outside 5–30 s in steps of 5, `number.forwarding.selfTarget` for the number itself.",
  }),
)

/** `DELETE …/forwarding/:condition` — clear forwarding for one condition (B15). */
export const clearForwarding = HttpApiEndpoint.delete("clearForwarding", `${base}/forwarding/:condition`, {
  params: { ...NumberParams, condition: Forwarding.ForwardingCondition },
  headers,
  success: Forwarding.Forwarding,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Clear call forwarding for a condition",
    description: "Clears the forwarding of one condition and answers every condition; 404 when none is set.",
  }),
)

/** `POST …/devices` — register an IMEI to the number (B16); answers the registrations. */
export const registerDevice = HttpApiEndpoint.post("registerDevice", `${base}/devices`, {
  params: NumberParams,
  headers,
  payload: RegisterDeviceRequest,
  success: ImeiRegistration.ImeiRegistration,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Register a device (IMEI)",
    description:
      "Registers a 15-digit IMEI to the number and answers the registrations. 422 `number.imei.notRecorded`, `number.imei.incomplete` or `number.imei.alreadyRegistered`.",
  }),
)

/** `DELETE …/devices/:imei` — remove a registered IMEI (B16); answers the registrations. */
export const removeDevice = HttpApiEndpoint.delete("removeDevice", `${base}/devices/:imei`, {
  params: { ...NumberParams, imei: Imei.Imei },
  headers,
  success: ImeiRegistration.ImeiRegistration,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Remove a registered device",
    description: "Removes a registered IMEI and answers the registrations; 404 when it is not registered.",
  }),
)

/** `POST …/secret-code` — send the secret code to the line's user (B9). */
export const sendSecretCode = HttpApiEndpoint.post("sendSecretCode", `${base}/secret-code`, {
  params: NumberParams,
  headers,
  success: SecretCode.SecretCodeState,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Send the secret code",
    description: "Sends the line's user a secret code by SMS, giving read-only access to the personal self-care app.",
  }),
)

/** `DELETE …/secret-code` — delete the secret code (B9). */
export const deleteSecretCode = HttpApiEndpoint.delete("deleteSecretCode", `${base}/secret-code`, {
  params: NumberParams,
  headers,
  success: SecretCode.SecretCodeState,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Delete the secret code",
    description: "Deletes the secret code; 404 when none was sent.",
  }),
)

/** `PUT …/services/connected/:serviceId` — connect a service (B7); answers it, now connected. */
export const connectService = HttpApiEndpoint.put("connectService", `${base}/services/connected/:serviceId`, {
  params: { ...NumberParams, serviceId: Service.ServiceId },
  headers,
  success: Service.Service,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Connect a service",
    description:
      "Connects a service of the catalogue and answers it, now connected; connecting a connected one answers it unchanged. 404 for a service not offered.",
  }),
)

/** `DELETE …/services/connected/:serviceId` — disconnect a service (B6); answers it, now available. */
export const disconnectService = HttpApiEndpoint.delete("disconnectService", `${base}/services/connected/:serviceId`, {
  params: { ...NumberParams, serviceId: Service.ServiceId },
  headers,
  success: Service.Service,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Disconnect a service",
    description: "Disconnects a connected service and answers it, now available; 404 when it is not connected.",
  }),
)

/**
 * The `numberActions` group.
 *
 * @example
 * ```ts
 * yield* client.numberActions.setBan({ params: { companyId, number, kind: "selfCareAccess" }, headers })
 * ```
 */
export class NumberActionsGroup extends HttpApiGroup.make("numberActions")
  .add(
    block,
    unblock,
    simSwap,
    setBan,
    liftBan,
    setForwarding,
    clearForwarding,
    registerDevice,
    removeDevice,
    sendSecretCode,
    deleteSecretCode,
    connectService,
    disconnectService,
  )
  .middleware(Security.Authorization)
  .annotateMerge(OpenApi.annotations({ title: "Number actions", description: "Mutations of a number (B6–B16)" })) {}
