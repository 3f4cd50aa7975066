/**
 * A widget's language and everything said in it: the widget's own interface strings, the core's
 * messages (rule denials, errors, advice, statuses, billing methods, operation names), and values
 * formatted with `Intl` (money, dates, times, numbers) — all in Russian, Kazakh or English, with
 * the configured brand's names.
 *
 * The language follows `lang` on the widget, on any ancestor (a `<kab-provider lang="kk">`, the
 * page), the page-level default, then Russian; the widget re-renders the moment it changes.
 */
import { type Calendar, type LocalDate, Messages, type Money, type Msisdn, type Rules } from "@kabinet/core"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import { KabinetController } from "../internal/controllers/kabinet-controller.js"
import type { Brand } from "../theme/brand.js"
import type { UiKey } from "./catalog/index.js"
import { templateOf } from "./catalog/strings.js"
import {
  formatCountdown,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPhone,
  formatTime,
  type InstantLike,
  intlTags,
} from "./format.js"
import { closestLangElement, onDocumentLangChange, resolveElementLocale } from "./locale.js"

/** Parameters of an interface string by placeholder name. */
export type UiParams = { readonly [name: string]: string | number }

/** A core message given either as a `Messages.Message` or as a rule's refusal. */
export type CoreMessage = Messages.Message | Rules.Denied

/**
 * The language of a widget and its words. Every `KabElement` has one as `this.i18n`; an element that is
 * not a widget (a test fixture) may make its own.
 *
 * @example
 * ```ts
 * class MyWidget extends KabElement {
 *   render() { return html`<button>${this.i18n.t("login.submit")}</button>` }
 * }
 * ```
 */
export class I18nController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #kabinet: KabinetController
  #locale: Messages.Locale = Messages.defaultLocale
  #stopListening: (() => void) | undefined
  #hostObserver: MutationObserver | undefined

  constructor(host: ReactiveControllerHost & HTMLElement, kabinet?: KabinetController) {
    this.#host = host
    this.#kabinet = kabinet ?? new KabinetController(host)
    host.addController(this)
    this.#kabinet.onChange(() => this.#resolve(false))
  }

  /** The language in effect: `ru`, `kk` or `en`. */
  get locale(): Messages.Locale {
    return this.#locale
  }

  /** The `Intl` tag of the language, from the core's one table (`ru-KZ`, `kk-KZ`, `en-GB`). */
  get intlTag(): string {
    return intlTags[this.#locale]
  }

  /** The brand in effect. */
  get brand(): Brand {
    return this.#kabinet.store.brand
  }

  hostConnected(): void {
    this.#resolve(true)
    this.#stopListening = onDocumentLangChange(() => this.#resolve(true))
    // The document's observer does not see inside shadow roots, where the widget itself may live.
    this.#hostObserver = new MutationObserver(() => this.#resolve(true))
    this.#watchLangSource()
  }

  hostDisconnected(): void {
    this.#stopListening?.()
    this.#stopListening = undefined
    this.#hostObserver?.disconnect()
    this.#hostObserver = undefined
  }

  /**
   * One of the widgets' interface strings.
   *
   * @example
   * ```ts
   * i18n.t("login.submit") // "ВОЙТИ"
   * ```
   */
  t(key: UiKey, params: UiParams = {}): string {
    // A key whose section the element did not add (`addStrings`) shows as itself: visibly wrong, never a crash.
    const template = templateOf(this.#locale, key) ?? key
    // The core's template language (`{name}` placeholders, plural forms, the brand's `{operator}`), so
    // translators learn one format.
    return Messages.fillTemplate(this.intlTag, template, params, { brand: this.brand })
  }

  /**
   * One of the core's messages, with the configured brand's names.
   *
   * @example
   * ```ts
   * i18n.m("operation.signIn") // "Вход в Kcell Business ID"
   * ```
   */
  m(key: Messages.MessageKey, params: Messages.Params = {}): string {
    return Messages.format(this.#locale, key, params, { brand: this.brand })
  }

  /**
   * A core message given as a `Messages.Message` or a rule's refusal (`Rules.Denied`).
   *
   * @example
   * ```ts
   * i18n.message(Rules.AccessRules.resendCooldown.check({ lastSentAt }, moment))
   * ```
   */
  message(message: CoreMessage): string {
    if ("_tag" in message) return this.m(message.messageKey, message.params)
    return Messages.formatMessage(this.#locale, message, { brand: this.brand })
  }

  /** A core message key that arrived as a plain string (from the operator): formatted if known. */
  maybe(key: string, params: Messages.Params = {}): string | undefined {
    return Messages.isKey(key) ? this.m(key, params) : undefined
  }

  /** Money, exact to the tiyn: `893 ₸`. */
  money(amount: Money.Tiyn): string {
    return formatMoney(this.#locale, amount)
  }

  /** A calendar day: `01.02.2019`. */
  date(date: LocalDate.LocalDate): string {
    return formatDate(this.#locale, date)
  }

  /** An instant's date and time in Asia/Almaty: `27.08.2020, 03:21`. */
  dateTime(instant: InstantLike | Calendar.InstantInput): string {
    return formatDateTime(this.#locale, instant)
  }

  /** An instant's time in Asia/Almaty: `03:21`. */
  time(instant: InstantLike | Calendar.InstantInput): string {
    return formatTime(this.#locale, instant)
  }

  /** A number with the language's grouping. */
  number(value: number): string {
    return formatNumber(this.#locale, value)
  }

  /** A countdown: `0:42`. */
  countdown(seconds: number): string {
    return formatCountdown(seconds)
  }

  /** A phone number as people read it: `+7 701 054 20 01`. */
  phone(msisdn: Msisdn.Msisdn): string {
    return formatPhone(msisdn)
  }

  /**
   * Watches the host's own `lang` and, when its language comes from an element inside another widget's
   * shadow root (a wrapper marking the language of that widget's content), that element's too: the
   * document's observer does not see it change, and it changes after the document's `lang` does, when
   * the outer widget re-renders.
   */
  #watchLangSource(): void {
    const observer = this.#hostObserver
    if (observer === undefined) return
    observer.disconnect()
    observer.observe(this.#host, { attributes: true, attributeFilter: ["lang"] })
    const source = closestLangElement(this.#host)
    if (source !== undefined && source !== this.#host && source.getRootNode() instanceof ShadowRoot)
      observer.observe(source, { attributes: true, attributeFilter: ["lang"] })
  }

  #resolve(notify: boolean): void {
    this.#watchLangSource()
    const next = resolveElementLocale(this.#host, this.#kabinet.store.locale)
    if (next === this.#locale) return
    this.#locale = next
    if (notify) this.#host.requestUpdate()
  }
}
