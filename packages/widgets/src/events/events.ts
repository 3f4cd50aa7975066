/**
 * The events widgets send to the host page. Every one is a `CustomEvent` named `kab-…` that bubbles
 * and crosses shadow roots (`composed`), so a portal can listen once on `document` or on a
 * `<kab-provider>` — except the building blocks' own events (`kab-menu-select`, `kab-confirm`,
 * `kab-cancel`), which bubble but stay in the tree of the element that placed the menu or dialog: a
 * widget answers them and tells the page in its own words. Their types are in
 * `GlobalEventHandlersEventMap`, so `addEventListener` knows each event's `detail`.
 *
 * @example
 * ```ts
 * document.addEventListener("kab-signed-in", (event) => {
 *   console.log(event.detail.session.admin.fullName)
 * })
 * ```
 */
import type { Company, Messages, MobileNumber, Msisdn, OperatorClient, Rules } from "@kabinet/core"
import type { CabinetView } from "../cabinet/route.js"

/** The `detail` of each event, by event name. */
export interface KabEventDetails {
  /** The admin signed in (A1) or finished password recovery and is signed in (A2). */
  "kab-signed-in": { readonly session: OperatorClient.Session }
  /** The admin signed out («Выйти»); the session is over, on the operator's side too when it could be reached. */
  "kab-signed-out": Record<string, never>
  /** The session ended on the operator's side; the widgets now ask to sign in. Show `<kab-login>`. */
  "kab-session-expired": Record<string, never>
  /** The admin asked to recover the password («Забыли пароль?»); `phone` is what was typed, if anything. */
  "kab-recovery-request": { readonly phone: string }
  /** The admin asked to go back to the sign-in form («← Назад ко входу», «ОТМЕНА»). */
  "kab-login-request": { readonly phone: string }
  /** The company every widget works on changed (A4). */
  "kab-company-change": { readonly companyId: Company.CompanyId; readonly company: Company.Company | undefined }
  /** The admin chose another language; cancel it to apply the language yourself. */
  "kab-language-change": { readonly locale: Messages.Locale }
  /** The admin's e-mail changed (A3). */
  "kab-email-changed": { readonly email: string }
  /** The admin's password changed (A3). */
  "kab-password-changed": Record<string, never>
  /** A company's short name was saved or cleared (A3). */
  "kab-company-renamed": { readonly company: Company.Company }
  /** The admin opened a number in `<kab-number-list>` (click, Enter or Space on its row): show its profile (B2). */
  "kab-number-open": { readonly number: MobileNumber.MobileNumber }
  /**
   * The admin chose an allowed quick operation from a row's ⋮ menu in `<kab-number-list>`. Cancel it to
   * handle the operation yourself; otherwise the list opens it in its own `<kab-number-operation>`.
   */
  "kab-operation-request": {
    readonly operation: Rules.NumberRules.Operation
    readonly number: MobileNumber.MobileNumber
  }
  /**
   * An operation on a number was sent and accepted by the operator (`<kab-number-operation>`). A long one
   * (block, unblock, SIM swap) carries its `operationId`: the number is «В обработке» until it finishes.
   */
  "kab-operation-started": {
    readonly operation: Rules.NumberRules.Operation
    readonly msisdn: Msisdn.Msisdn
    readonly operationId?: string | undefined
  }
  /** An operation on a number ended: `done`, or `failed` (the operator's error is shown to the admin). */
  "kab-operation-finished": {
    readonly operation: Rules.NumberRules.Operation
    readonly msisdn: Msisdn.Msisdn
    readonly outcome: "done" | "failed"
  }
  /**
   * The admin asked for a number's call records («Детализация») or payment history («История платежей»):
   * show the records view. `number` is the line's 11 digits.
   */
  "kab-records-request": { readonly kind: "detalization" | "payments"; readonly number: string }
  /**
   * `<kab-cabinet>` is about to show a view (and, for a number's views, the MSISDN `number`); cancel it
   * to route yourself and set the cabinet's `view` and `number`.
   */
  "kab-navigate": { readonly view: CabinetView; readonly number?: string }
  /** An allowed item of a `<kab-menu>` was chosen; `value` is the item's. */
  "kab-menu-select": { readonly value: string }
  /** A `<kab-confirm-dialog>` was confirmed and its action, if any, succeeded. */
  "kab-confirm": Record<string, never>
  /** A `<kab-confirm-dialog>` was dismissed without confirming («Отменить», Escape). */
  "kab-cancel": Record<string, never>
  /**
   * An operation failed and the widget shows the operator's error with the manual's advice. For the
   * host's logs: the widget has already told the admin.
   */
  "kab-error": { readonly operation: Messages.MessageKey; readonly error: unknown }
}

/** A widget's event name. */
export type KabEventName = keyof KabEventDetails

/** The event of that name, with its typed `detail`. */
export type KabEvent<K extends KabEventName> = CustomEvent<KabEventDetails[K]>

/** Events that are cancelable: the widget then leaves the default to the host. */
const cancelable: ReadonlySet<KabEventName> = new Set<KabEventName>([
  "kab-recovery-request",
  "kab-login-request",
  "kab-language-change",
  "kab-operation-request",
  "kab-navigate",
])

/** Events of the building blocks, answered by the element that placed them: they do not leave its shadow root. */
const contained: ReadonlySet<KabEventName> = new Set<KabEventName>(["kab-menu-select", "kab-confirm", "kab-cancel"])

/**
 * Creates a widget event: bubbling, composed (but for the building blocks' own), cancelable where the
 * widget has a default to skip.
 *
 * @example
 * ```ts
 * host.dispatchEvent(kabEvent("kab-recovery-request", { phone: "" }))
 * ```
 */
export const kabEvent = <K extends KabEventName>(name: K, detail: KabEventDetails[K]): KabEvent<K> =>
  new CustomEvent(name, { detail, bubbles: true, composed: !contained.has(name), cancelable: cancelable.has(name) })

/**
 * Sends a widget event from `host`; returns `false` when a listener cancelled it.
 *
 * @example
 * ```ts
 * if (emit(this, "kab-language-change", { locale: "kk" })) this.lang = "kk"
 * ```
 */
export const emit = <K extends KabEventName>(host: EventTarget, name: K, detail: KabEventDetails[K]): boolean =>
  host.dispatchEvent(kabEvent(name, detail))

declare global {
  interface GlobalEventHandlersEventMap {
    "kab-signed-in": KabEvent<"kab-signed-in">
    "kab-signed-out": KabEvent<"kab-signed-out">
    "kab-session-expired": KabEvent<"kab-session-expired">
    "kab-recovery-request": KabEvent<"kab-recovery-request">
    "kab-login-request": KabEvent<"kab-login-request">
    "kab-company-change": KabEvent<"kab-company-change">
    "kab-language-change": KabEvent<"kab-language-change">
    "kab-email-changed": KabEvent<"kab-email-changed">
    "kab-password-changed": KabEvent<"kab-password-changed">
    "kab-company-renamed": KabEvent<"kab-company-renamed">
    "kab-number-open": KabEvent<"kab-number-open">
    "kab-operation-request": KabEvent<"kab-operation-request">
    "kab-operation-started": KabEvent<"kab-operation-started">
    "kab-operation-finished": KabEvent<"kab-operation-finished">
    "kab-records-request": KabEvent<"kab-records-request">
    "kab-navigate": KabEvent<"kab-navigate">
    "kab-menu-select": KabEvent<"kab-menu-select">
    "kab-confirm": KabEvent<"kab-confirm">
    "kab-cancel": KabEvent<"kab-cancel">
    "kab-error": KabEvent<"kab-error">
  }
}
