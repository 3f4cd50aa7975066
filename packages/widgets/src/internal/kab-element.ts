/**
 * The base of every Kabinet widget: a `LitElement` that is linked to the shared store (the nearest
 * `<kab-provider>`'s, or the page's default) and speaks the language in effect, so that no widget wires
 * either by hand.
 */
import { LitElement } from "lit"
import { I18nController } from "../i18n/i18n-controller.js"
import { KabinetController } from "./controllers/kabinet-controller.js"
import type { KabinetStore } from "./store/store.js"

/**
 * A widget: re-renders when its store changes (sign-in, company, brand) or its language changes.
 *
 * Subclasses reach the store through `this.kabinet.store` (or `this.store`) and every word through
 * `this.i18n`; controllers that need either take them as arguments:
 *
 * @example
 * ```ts
 * export class KabThing extends KabElement {
 *   readonly #operations = new OperationController(this, this.kabinet)
 *   override render() {
 *     return html`<p lang=${this.i18n.locale}>${this.i18n.t("common.loading")}</p>`
 *   }
 * }
 * define("kab-thing", KabThing)
 * ```
 */
export class KabElement extends LitElement {
  /** The link to the shared store. */
  protected readonly kabinet: KabinetController = new KabinetController(this)

  /** The widget's language and words. */
  protected readonly i18n: I18nController = new I18nController(this, this.kabinet)

  /** The store in effect: the provider's, else the page's default. */
  protected get store(): KabinetStore {
    return this.kabinet.store
  }
}
