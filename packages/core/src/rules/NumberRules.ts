/**
 * Rules of a number (PRODUCT.md B): which operations its status and billing method allow, and the
 * checks of the SIM swap, forwarding, device registration, secret code and call detail forms.
 *
 * Widgets render a number's menus from `quickOperations`, `profileOperations` and `blockToggle`:
 * every entry carries its decision, so a disabled entry can say why.
 *
 * Where the manual is silent the rules follow what an administrator expects: a blocked number can
 * still get bans, forwarding, services, secret codes and device registration (they take effect
 * once it is unblocked); reading call details or payment history is never refused for the status,
 * not even while an operation is «В обработке», because reading changes nothing.
 *
 * @example
 * ```ts
 * import { Rules } from "@kabinet/core"
 * Rules.NumberRules.quickOperations({ status: "Заблокирован / Долг", billingMethod: "Кредитный" })
 * // [{ operation: "unblock", decision: Denied("number.unblock.debt") }, { operation: "simSwap", … }, …]
 * ```
 */
import * as Calendar from "../Calendar.js"
import type * as BillingMethod from "../domain/BillingMethod.js"
import type * as Forwarding from "../domain/Forwarding.js"
import type * as LocalDate from "../domain/LocalDate.js"
import * as Msisdn from "../domain/Msisdn.js"
import type * as NumberStatus from "../domain/NumberStatus.js"
import type * as Period from "../domain/Period.js"
import * as Luhn from "../Luhn.js"
import * as PeriodChecks from "./period.js"
import * as Rule from "./Rule.js"

/**
 * Everything an administrator can do to a number from its row or its profile.
 */
export const operations = [
  "block",
  "unblock",
  "simSwap",
  "detailViewBan",
  "selfCareBan",
  "smsUssdBan",
  "forwarding",
  "imeiRegistration",
  "sendSecretCode",
  "deleteSecretCode",
  "detalization",
  "paymentHistory",
  "connectService",
  "disconnectService",
] as const

/** An operation on a number; its label is the message `operation.<name>`. */
export type Operation = (typeof operations)[number]

/**
 * The message key of an operation's label, in the manual's words.
 *
 * @example
 * ```ts
 * Messages.format("ru", Rules.NumberRules.operationKey("detailViewBan")) // "Запрет на просмотр детализации в MyKcell"
 * ```
 */
export const operationKey = <O extends Operation>(operation: O): `operation.${O}` => `operation.${operation}`

/** What the status rules need to know about a number. */
export interface StatusInput {
  readonly status: NumberStatus.NumberStatus
}

/** What the menu functions need: the status and, when known, the billing method. */
export interface NumberInput extends StatusInput {
  readonly billingMethod?: BillingMethod.BillingMethod | undefined
}

const isBlocked = (status: NumberStatus.NumberStatus): boolean =>
  status === "Заблокирован" || status === "Заблокирован / Долг"

/**
 * B10: nothing changes a number while an operation on it is «В обработке» (1–2 minutes); the
 * admin refreshes the status instead.
 */
export const pending = Rule.make({
  id: "number.operation.pending",
  features: ["B10"],
  description: "No operation that changes a number while its status is «В обработке».",
  messageKeys: ["rule.number.operation.pending"],
  check: ({ status }: StatusInput): Rule.Decision =>
    status === "В обработке" ? Rule.deny("number.operation.pending", "rule.number.operation.pending") : Rule.allowed,
})

/** B10: only an «Активный» number can be blocked. */
export const blockNotActive = Rule.make({
  id: "number.block.notActive",
  features: ["B10"],
  description: "Block only a number whose status is «Активный».",
  messageKeys: ["rule.number.block.notActive"],
  check: ({ status }: StatusInput): Rule.Decision =>
    status === "Активный" ? Rule.allowed : Rule.deny("number.block.notActive", "rule.number.block.notActive"),
})

/** B10: only a blocked number can be unblocked. */
export const unblockNotBlocked = Rule.make({
  id: "number.unblock.notBlocked",
  features: ["B10"],
  description: "Unblock only a number whose status is «Заблокирован» or «Заблокирован / Долг».",
  messageKeys: ["rule.number.unblock.notBlocked"],
  check: ({ status }: StatusInput): Rule.Decision =>
    isBlocked(status) ? Rule.allowed : Rule.deny("number.unblock.notBlocked", "rule.number.unblock.notBlocked"),
})

/** B10, FAQ 7: a number blocked for debt cannot be unblocked by the admin; the reason is shown. */
export const unblockDebt = Rule.make({
  id: "number.unblock.debt",
  features: ["B10"],
  description: "No self-service unblock while the status is «Заблокирован / Долг» (unpaid debt).",
  messageKeys: ["rule.number.unblock.debt"],
  check: ({ status }: StatusInput): Rule.Decision =>
    status === "Заблокирован / Долг" ? Rule.deny("number.unblock.debt", "rule.number.unblock.debt") : Rule.allowed,
})

/** B11, FAQ 8: a SIM card can be replaced only on an «Активный» number. */
export const simSwapNotActive = Rule.make({
  id: "number.simSwap.notActive",
  features: ["B11"],
  description: "SIM swap only when the status is «Активный».",
  messageKeys: ["rule.number.simSwap.notActive"],
  check: ({ status }: StatusInput): Rule.Decision =>
    status === "Активный" ? Rule.allowed : Rule.deny("number.simSwap.notActive", "rule.number.simSwap.notActive"),
})

/**
 * B11 (beyond the manual): the new SIM card's ICCID must not be the current one — a typed-in copy
 * of the profile's ICCID would only cost a failed operation. Spaces from 4-digit grouping are
 * ignored. The ICCID's own format (20 digits, Luhn) is the identifier's schema.
 */
export const simSwapSameSim = Rule.make({
  id: "number.simSwap.sameSim",
  features: ["B11"],
  description: "The new SIM card's ICCID differs from the current one.",
  messageKeys: ["rule.number.simSwap.sameSim"],
  check: ({ currentIccid, newIccid }: { readonly currentIccid?: string | undefined; readonly newIccid: string }) =>
    currentIccid !== undefined && Msisdn.digitsOf(currentIccid) === Msisdn.digitsOf(newIccid)
      ? Rule.deny("number.simSwap.sameSim", "rule.number.simSwap.sameSim")
      : Rule.allowed,
})

/**
 * The no-answer delay of call forwarding: 5 to 30 seconds in steps of 5, the range GSM defines for
 * the no-reply timer (3GPP TS 22.082), which is what operators accept.
 */
export const forwardingDelayLimits = { min: 5, max: 30, step: 5 } as const

/** B15: the no-answer forwarding delay is 5–30 s in steps of 5 s. */
export const forwardingDelay = Rule.make({
  id: "number.forwarding.delay",
  features: ["B15"],
  description: "The no-answer forwarding delay is 5–30 seconds, in steps of 5.",
  messageKeys: ["rule.number.forwarding.delay"],
  check: ({ seconds }: { readonly seconds: number }): Rule.Decision => {
    const { min, max, step } = forwardingDelayLimits
    return Number.isInteger(seconds) && seconds >= min && seconds <= max && seconds % step === 0
      ? Rule.allowed
      : Rule.deny("number.forwarding.delay", "rule.number.forwarding.delay", { min, max, step })
  },
})

/** B15: calls cannot be forwarded to the number itself (`+7 701 …`, `8701…` and `7701…` are one line). */
export const forwardingSelfTarget = Rule.make({
  id: "number.forwarding.selfTarget",
  features: ["B15"],
  description: "The forwarding target differs from the number itself.",
  messageKeys: ["rule.number.forwarding.selfTarget"],
  check: ({ msisdn, target }: { readonly msisdn: string; readonly target: string }): Rule.Decision =>
    Msisdn.lineOf(target).length === 11 && Msisdn.lineOf(target) === Msisdn.lineOf(msisdn)
      ? Rule.deny("number.forwarding.selfTarget", "rule.number.forwarding.selfTarget")
      : Rule.allowed,
})

/** B16: registration needs a device recorded with the number (its SIM card put into the device). */
export const imeiNotRecorded = Rule.make({
  id: "number.imei.notRecorded",
  features: ["B16"],
  description: "Device registration needs a last recorded IMEI.",
  messageKeys: ["rule.number.imei.notRecorded"],
  check: ({ lastRecorded }: { readonly lastRecorded?: string | undefined }): Rule.Decision =>
    lastRecorded === undefined || Msisdn.digitsOf(lastRecorded) === ""
      ? Rule.deny("number.imei.notRecorded", "rule.number.imei.notRecorded")
      : Rule.allowed,
})

/**
 * B16: an IMEI is registered in its complete form, 15 digits ending in the Luhn check digit. The
 * 14-digit form the network records (no check digit) is `rule.number.imei.incomplete`: complete it
 * with its check digit first (`Imei.complete`). Another length is `imei.length`, a wrong check
 * digit `imei.checkDigit`.
 */
export const imeiIncomplete = Rule.make({
  id: "number.imei.incomplete",
  features: ["B16"],
  description: "Device registration needs a complete 15-digit IMEI with a valid Luhn check digit.",
  messageKeys: ["rule.number.imei.incomplete", "imei.length", "imei.checkDigit"],
  check: ({ imei }: { readonly imei: string }): Rule.Decision => {
    const value = Msisdn.digitsOf(imei)
    if (value.length === 14) return Rule.deny("number.imei.incomplete", "rule.number.imei.incomplete")
    if (value.length !== 15) return Rule.deny("number.imei.incomplete", "imei.length")
    return Luhn.isValid(value) ? Rule.allowed : Rule.deny("number.imei.incomplete", "imei.checkDigit")
  },
})

/**
 * B16: a device already in the number's list is not registered twice. The first 14 digits name the
 * device, so a 14-digit record matches its 15-digit form.
 */
export const imeiAlreadyRegistered = Rule.make({
  id: "number.imei.alreadyRegistered",
  features: ["B16"],
  description: "A device already registered with the number is not registered again.",
  messageKeys: ["rule.number.imei.alreadyRegistered"],
  check: ({ imei, registered }: { readonly imei: string; readonly registered: ReadonlyArray<string> }) => {
    const device = Msisdn.digitsOf(imei).slice(0, 14)
    return registered.some((other) => Msisdn.digitsOf(other).slice(0, 14) === device)
      ? Rule.deny("number.imei.alreadyRegistered", "rule.number.imei.alreadyRegistered")
      : Rule.allowed
  },
})

/**
 * B17: the payment history on a number's page is for advance-paid numbers; credit numbers find
 * theirs under «Документы и отчеты» (C1).
 */
export const paymentHistoryAdvanceOnly = Rule.make({
  id: "number.paymentHistory.advanceOnly",
  features: ["B17"],
  description: "A number's own payment history is for numbers billed «Авансовый».",
  messageKeys: ["rule.number.paymentHistory.advanceOnly"],
  check: ({ billingMethod }: { readonly billingMethod: BillingMethod.BillingMethod }): Rule.Decision =>
    billingMethod === "Авансовый"
      ? Rule.allowed
      : Rule.deny("number.paymentHistory.advanceOnly", "rule.number.paymentHistory.advanceOnly"),
})

/** What the holder of a secret code may try in the personal self-care app. */
export const secretCodeActions = ["viewNumber", "viewDetalization", "connectService", "disconnectService"] as const

/** An action of a secret code's holder. */
export type SecretCodeAction = (typeof secretCodeActions)[number]

/**
 * B9: a secret code gives the line's user read-only access (number information and call details)
 * and never lets them connect or disconnect services.
 */
export const secretCodeNoServiceChanges = Rule.make({
  id: "secretCode.noServiceChanges",
  features: ["B9"],
  description: "A secret code grants reading only: no service may be connected or disconnected with it.",
  messageKeys: ["rule.secretCode.noServiceChanges"],
  check: ({ action }: { readonly action: SecretCodeAction }): Rule.Decision =>
    action === "connectService" || action === "disconnectService"
      ? Rule.deny("secretCode.noServiceChanges", "rule.secretCode.noServiceChanges")
      : Rule.allowed,
})

/** B8: call details reach back this many days, today included. */
export const detalizationDays = 90

/**
 * The days a call detail period may cover on `today`: the last 90 days including today. Date
 * pickers use it as their min and max.
 *
 * @example
 * ```ts
 * Rules.NumberRules.detalizationRange(today) // { start: today − 89 days, end: today }
 * ```
 */
export const detalizationRange = (today: LocalDate.LocalDate): Period.DateRange =>
  Calendar.lastDays(today, detalizationDays)

/**
 * B8: the period the form opens with, "the last month": from the same day a month ago to today.
 *
 * @example
 * ```ts
 * Rules.NumberRules.detalizationDefaultPeriod(day("2019-02-26")) // { start: "2019-01-26", end: "2019-02-26" }
 * ```
 */
export const detalizationDefaultPeriod = (today: LocalDate.LocalDate): Period.DateRange => ({
  start: Calendar.max(Calendar.addMonths(today, -1), detalizationRange(today).start),
  end: today,
})

/**
 * B8: a call detail period starts no later than it ends, ends no later than today, and starts
 * within the last 90 days including today.
 */
export const detalizationWindow = Rule.make({
  id: "detalization.window",
  features: ["B8"],
  description: "Call details: start ≤ end ≤ today, start within the last 90 days including today.",
  messageKeys: ["rule.detalization.window", "period.order", "period.future"],
  check: (period: Period.DateRange, moment: Calendar.Moment): Rule.Decision => {
    const earliest = detalizationRange(moment.today).start
    return Rule.firstDenied(
      () => PeriodChecks.orderAndPast("detalization.window", period, moment),
      () =>
        period.start >= earliest
          ? Rule.allowed
          : Rule.deny("detalization.window", "rule.detalization.window", { days: detalizationDays, earliest }),
    )
  },
})

/**
 * The decision on one operation for a number: «В обработке» refuses every change first, then the
 * operation's own rules apply. Reading (call details, payment history) ignores the status.
 *
 * @example
 * ```ts
 * Rules.NumberRules.operation("unblock", { status: "Заблокирован / Долг" }) // Denied("number.unblock.debt")
 * ```
 */
export const operation = (name: Operation, number: NumberInput): Rule.Decision => {
  switch (name) {
    case "detalization":
      return Rule.allowed
    case "paymentHistory":
      return number.billingMethod === undefined
        ? Rule.allowed
        : paymentHistoryAdvanceOnly.check({ billingMethod: number.billingMethod })
    case "block":
      return Rule.firstDenied(
        () => pending.check(number),
        () => blockNotActive.check(number),
      )
    case "unblock":
      return Rule.firstDenied(
        () => pending.check(number),
        () => unblockDebt.check(number),
        () => unblockNotBlocked.check(number),
      )
    case "simSwap":
      return Rule.firstDenied(
        () => pending.check(number),
        () => simSwapNotActive.check(number),
      )
    default:
      return pending.check(number)
  }
}

/**
 * The decision on every operation for a number.
 *
 * @example
 * ```ts
 * const decisions = Rules.NumberRules.decisions({ status: "Активный", billingMethod: "Авансовый" })
 * decisions.unblock // Denied("number.unblock.notBlocked")
 * ```
 */
export const decisions = (number: NumberInput): { readonly [O in Operation]: Rule.Decision } => {
  const result = {} as { [O in Operation]: Rule.Decision }
  for (const name of operations) result[name] = operation(name, number)
  return result
}

/** A menu entry: the operation, its label's message key, and whether (and why not) it is allowed. */
export interface MenuEntry {
  readonly operation: Operation
  readonly messageKey: `operation.${Operation}`
  readonly decision: Rule.Decision
}

const entry = (name: Operation, number: NumberInput): MenuEntry => ({
  operation: name,
  messageKey: operationKey(name),
  decision: operation(name, number),
})

/**
 * B2, B10: the block/unblock button of a number — «Разблокировка» for a blocked number (refused with
 * the debt reason for «Заблокирован / Долг»), else «Блокировка» (refused while «В обработке»).
 *
 * @example
 * ```ts
 * Rules.NumberRules.blockToggle({ status: "Заблокирован" }).operation // "unblock"
 * ```
 */
export const blockToggle = (number: NumberInput): MenuEntry =>
  entry(isBlocked(number.status) ? "unblock" : "block", number)

/**
 * B1: the quick-operations menu (⋮) of a row, in the manual's order, each with its decision. The
 * first entry is the block toggle, so a blocked number offers «Разблокировка».
 *
 * @example
 * ```ts
 * for (const { messageKey, decision } of Rules.NumberRules.quickOperations(row)) renderItem(messageKey, decision)
 * ```
 */
export const quickOperations = (number: NumberInput): ReadonlyArray<MenuEntry> => [
  blockToggle(number),
  entry("simSwap", number),
  entry("detailViewBan", number),
  entry("selfCareBan", number),
  entry("detalization", number),
  entry("imeiRegistration", number),
  entry("sendSecretCode", number),
]

/**
 * B2: the ⋮ menu of a number's profile, in the manual's order, each with its decision; the payment
 * history (B17) closes it.
 *
 * @example
 * ```ts
 * Rules.NumberRules.profileOperations({ status: "Активный", billingMethod: "Кредитный" })
 * ```
 */
export const profileOperations = (number: NumberInput): ReadonlyArray<MenuEntry> => [
  entry("simSwap", number),
  entry("detailViewBan", number),
  entry("selfCareBan", number),
  entry("imeiRegistration", number),
  entry("smsUssdBan", number),
  entry("forwarding", number),
  entry("sendSecretCode", number),
  entry("deleteSecretCode", number),
  entry("paymentHistory", number),
]

/**
 * B11: every check of a SIM swap, in order — the number's status (nothing while «В обработке», only
 * «Активный»), then the new card is not the current one. The program and the operator both call it.
 *
 * @example
 * ```ts
 * Rules.NumberRules.simSwapGuard({ status: "Заблокирован", newIccid }) // Denied("number.simSwap.notActive")
 * ```
 */
export const simSwapGuard = (
  input: NumberInput & { readonly currentIccid?: string | undefined; readonly newIccid: string },
): Rule.Decision =>
  Rule.firstDenied(
    () => operation("simSwap", input),
    () => simSwapSameSim.check(input),
  )

/**
 * B15: every check of a forwarding change, in order — the number's status, then for a rule set: a
 * target other than the number itself and, for no answer, a delay of 5–30 s in steps of 5. Clearing
 * needs the status alone. The program and the operator both call it.
 *
 * @example
 * ```ts
 * Rules.NumberRules.forwardingGuard(row, { action: "set", rule: { condition: "busy", target: row.msisdn } })
 * // Denied("number.forwarding.selfTarget")
 * ```
 */
export const forwardingGuard = (
  number: NumberInput & { readonly msisdn: string },
  change: Forwarding.ForwardingChange,
): Rule.Decision =>
  Rule.firstDenied(
    () => operation("forwarding", number),
    () =>
      change.action === "set"
        ? forwardingSelfTarget.check({ msisdn: number.msisdn, target: change.rule.target })
        : Rule.allowed,
    () =>
      change.action === "set" && change.rule.condition === "noAnswer"
        ? forwardingDelay.check({ seconds: change.rule.delaySeconds })
        : Rule.allowed,
  )

/**
 * B16: every check of a device registration, in order — the number's status, a device recorded with
 * the number (when the caller knows the number's devices: `recorded`), the complete 15-digit IMEI, not
 * one already registered. The program and the operator both call it.
 *
 * @example
 * ```ts
 * Rules.NumberRules.imeiRegistrationGuard(row, { imei: "35720106026360", registered: [] })
 * // Denied("number.imei.incomplete")
 * ```
 */
export const imeiRegistrationGuard = (
  number: NumberInput,
  device: {
    readonly imei: string
    readonly registered: ReadonlyArray<string>
    readonly recorded?: { readonly lastRecorded?: string | undefined } | undefined
  },
): Rule.Decision =>
  Rule.firstDenied(
    () => operation("imeiRegistration", number),
    () => (device.recorded === undefined ? Rule.allowed : imeiNotRecorded.check(device.recorded)),
    () => imeiIncomplete.check({ imei: device.imei }),
    () => imeiAlreadyRegistered.check({ imei: device.imei, registered: device.registered }),
  )
