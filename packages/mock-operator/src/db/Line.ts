/**
 * A mobile line as the mock operator keeps it: plain data, money in integer tiyn and instants in
 * epoch milliseconds. The handlers turn it into the contract's shapes (`MobileNumber`,
 * `NumberProfile`, …); keeping the store free of schema types lets it be built, copied and
 * compared cheaply for a hundred thousand lines. Its vocabularies (statuses, billing methods,
 * remainder kinds) are the core's, so they cannot drift from the contract.
 */
import type { BillingMethod as Billing, NumberStatus, TariffRemainders } from "@kabinet/core"

/** A number's status, in the operator's words: the core's `NumberStatus`. */
export type Status = NumberStatus.NumberStatus

/** How the line's account pays: «Кредитный» or «Авансовый». */
export type BillingMethod = Billing.BillingMethod

/** The three bans of B12–B14; `true` means the ban applies. */
export interface Bans {
  readonly smsUssdControl: boolean
  readonly selfCareDetailView: boolean
  readonly selfCareAccess: boolean
}

/** One of the three bans. */
export type BanKind = keyof Bans

/** The SIM card in the line (B4). */
export interface Sim {
  readonly pin1: string
  readonly pin2: string
  readonly puk1: string
  readonly puk2: string
  readonly iccid: string
  /** When the SIM was last replaced; absent when it never was. */
  readonly lastSimChangeAt: number | undefined
  /** The last device seen with the SIM, 14 or 15 digits; absent when never used in a device. */
  readonly lastRecordedImei: string | undefined
}

/** What a bundle remainder counts (B5). */
export type RemainderKind = TariffRemainders.RemainderKind

/** One bundle remainder: `total` undefined means unlimited («Безлимит»). */
export interface Remainder {
  readonly kind: RemainderKind
  readonly name: string
  readonly available: number
  readonly total: number | undefined
  /** `YYYY-MM-DD`. */
  readonly connectedOn: string
  /** `YYYY-MM-DD`; absent for allowances that renew without an end. */
  readonly disconnectedOn: string | undefined
}

/** The remainders of the tariff and of additional packages. */
export interface Remainders {
  readonly tariff: ReadonlyArray<Remainder>
  readonly additional: ReadonlyArray<Remainder>
}

/** A connected service and when it was connected. */
export interface ConnectedService {
  readonly id: string
  readonly connectedAt: number
}

/** Where calls go for each forwarding condition (B15). */
export interface Forwarding {
  readonly unconditional?: { readonly target: string }
  readonly busy?: { readonly target: string }
  readonly noAnswer?: { readonly target: string; readonly delaySeconds: number }
  readonly unreachable?: { readonly target: string }
}

/** A device registered to the line (B16). */
export interface Device {
  readonly imei: string
  readonly registeredAt: number
}

/** What a line's row of the number list shows (B1, and the profile header B2). */
export interface Row {
  readonly msisdn: string
  readonly companyId: string
  readonly accountNumber: string
  /** Absent when the operator has no tariff to show (the manual prints «-»). */
  readonly tariffName: string | undefined
  readonly billingMethod: BillingMethod
  readonly status: Status
  readonly statusChangedAt: number
  /** Tiyn the line may still spend until the end of the month; negative on a debt. */
  readonly availableFunds: number
  /** Tiyn; absent when no individual limit is set. */
  readonly individualLimit: number | undefined
  /** Tiyn; the limit of the account. */
  readonly creditLimit: number
}

/** A mobile line with everything its list row and profile show. */
export interface Line extends Row {
  readonly registrationForm: string
  readonly bans: Bans
  readonly sim: Sim
  readonly services: ReadonlyArray<ConnectedService>
  readonly forwarding: Forwarding
  /** Newest first. */
  readonly devices: ReadonlyArray<Device>
  /** When the active secret code was sent; absent when no code is active. */
  readonly secretCodeSentAt: number | undefined
  /** The operation under way on the line, while its status is «В обработке». */
  readonly pendingOperationId: string | undefined
}
