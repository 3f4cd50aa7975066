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
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "effect/http-api"
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
}).annotateMerge(OpenApi.annotations({ summary: "Block the number (long operation)" }))

/** `POST …/unblock` — unblock the number (B10); refused for «Заблокирован / Долг». */
export const unblock = HttpApiEndpoint.post("unblock", `${base}/unblock`, {
  params: NumberParams,
  headers,
  success: Operations.Accepted,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Unblock the number (long operation)" }))

/** `POST …/sim-swap` — move the number to a new SIM (B11); only when active. */
export const simSwap = HttpApiEndpoint.post("simSwap", `${base}/sim-swap`, {
  params: NumberParams,
  headers,
  payload: SimSwapRequest,
  success: Operations.Accepted,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Swap the SIM card (long operation)" }))

/** `PUT …/bans/:kind` — set a ban (B12–B14); answers the three bans. */
export const setBan = HttpApiEndpoint.put("setBan", `${base}/bans/:kind`, {
  params: { ...NumberParams, kind: Bans.BanKind },
  headers,
  success: Bans.Bans,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Set a ban" }))

/** `DELETE …/bans/:kind` — lift a ban (B12–B14); answers the three bans. */
export const liftBan = HttpApiEndpoint.delete("liftBan", `${base}/bans/:kind`, {
  params: { ...NumberParams, kind: Bans.BanKind },
  headers,
  success: Bans.Bans,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Lift a ban" }))

/** `PUT …/forwarding` — set forwarding for one condition (B15); answers all conditions. */
export const setForwarding = HttpApiEndpoint.put("setForwarding", `${base}/forwarding`, {
  params: NumberParams,
  headers,
  payload: Forwarding.ForwardingRule,
  success: Forwarding.Forwarding,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Set call forwarding for a condition" }))

/** `DELETE …/forwarding/:condition` — clear forwarding for one condition (B15). */
export const clearForwarding = HttpApiEndpoint.delete("clearForwarding", `${base}/forwarding/:condition`, {
  params: { ...NumberParams, condition: Forwarding.ForwardingCondition },
  headers,
  success: Forwarding.Forwarding,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Clear call forwarding for a condition" }))

/** `POST …/devices` — register an IMEI to the number (B16); answers the registrations. */
export const registerDevice = HttpApiEndpoint.post("registerDevice", `${base}/devices`, {
  params: NumberParams,
  headers,
  payload: RegisterDeviceRequest,
  success: ImeiRegistration.ImeiRegistration,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Register a device (IMEI)" }))

/** `DELETE …/devices/:imei` — remove a registered IMEI (B16); answers the registrations. */
export const removeDevice = HttpApiEndpoint.delete("removeDevice", `${base}/devices/:imei`, {
  params: { ...NumberParams, imei: Imei.Imei },
  headers,
  success: ImeiRegistration.ImeiRegistration,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Remove a registered device" }))

/** `POST …/secret-code` — send the secret code to the line's user (B9). */
export const sendSecretCode = HttpApiEndpoint.post("sendSecretCode", `${base}/secret-code`, {
  params: NumberParams,
  headers,
  success: SecretCode.SecretCodeState,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Send the secret code" }))

/** `DELETE …/secret-code` — delete the secret code (B9). */
export const deleteSecretCode = HttpApiEndpoint.delete("deleteSecretCode", `${base}/secret-code`, {
  params: NumberParams,
  headers,
  success: SecretCode.SecretCodeState,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Delete the secret code" }))

/** `PUT …/services/connected/:serviceId` — connect a service (B7); answers it, now connected. */
export const connectService = HttpApiEndpoint.put("connectService", `${base}/services/connected/:serviceId`, {
  params: { ...NumberParams, serviceId: Service.ServiceId },
  headers,
  success: Service.Service,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Connect a service" }))

/** `DELETE …/services/connected/:serviceId` — disconnect a service (B6); answers it, now available. */
export const disconnectService = HttpApiEndpoint.delete("disconnectService", `${base}/services/connected/:serviceId`, {
  params: { ...NumberParams, serviceId: Service.ServiceId },
  headers,
  success: Service.Service,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Disconnect a service" }))

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
