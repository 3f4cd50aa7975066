import type { Company } from "@kabinet/core"
import { ContextProvider } from "@lit/context"
import { html, LitElement, type PropertyValues } from "lit"
import { property } from "lit/decorators.js"
import { define } from "../internal/define.js"
import { kabinetContext } from "../internal/store/context.js"
import { KabinetStore, storeChange } from "../internal/store/store.js"
import { applyBrandColors, type BrandInput } from "../theme/brand.js"
import { styles } from "./provider.styles.js"

/**
 * Shares one configuration with every Kabinet widget inside it: the operator's API base URL, the
 * language, the brand, the signed-in session, and the company every widget works on. It runs the
 * core's programs on one Effect runtime (the core's operator client), so the widgets inside share
 * one session. It renders its children as they are and adds no box of its own.
 *
 * Widgets outside any provider use the page's default (see `configure`).
 *
 * The widgets take the page's `color-scheme` (light, or the reader's system setting where the page
 * declares `light dark`); `color-scheme="dark"` (or `"light"`) on the provider forces one for every
 * widget inside.
 *
 * The provider is the one element that is not a `KabElement`: it is where the widgets' link to a store
 * ends, not a widget following one.
 *
 * @summary Configuration, session and company shared by the widgets inside.
 * @tag kab-provider
 * @slot - The widgets (and anything else) that share this configuration.
 * @cssproperty --kab-color-scheme - `light`, `dark`, or `light dark` (follow the system); unset, the page's.
 */
export class KabProvider extends LitElement {
  static override styles = styles

  /** The operator's API base URL; the page's origin when empty. */
  @property({ attribute: "api-base" }) accessor apiBase = ""

  /**
   * The id of the company the widgets work on. Follows the admin's choice in `<kab-company-switcher>`;
   * set it to choose from the host page.
   */
  @property({ reflect: true }) accessor company: string | undefined = undefined

  /** The operator's brand: names (`operator`, `selfCare`, `onNet`), `colors`, `logo`. */
  @property({ attribute: false }) accessor brand: BrandInput | undefined = undefined

  /**
   * The shortest password the operator accepts: 15 while the password is the only factor (the
   * default), e.g. 8 where the operator adds a second factor.
   */
  @property({ type: Number, attribute: "password-min-length" }) accessor passwordMinLength: number | undefined =
    undefined

  /** The store shared with the widgets inside. */
  readonly store = new KabinetStore()

  constructor() {
    super()
    new ContextProvider(this, { context: kabinetContext, initialValue: this.store })
    this.store.addEventListener(storeChange, () => {
      const chosen = this.store.companyId
      if (chosen !== undefined && chosen !== this.company) this.company = chosen
    })
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Attributes left unset at first do not undo what was configured on the store by script.
    const set = (key: "apiBase" | "passwordMinLength"): boolean =>
      changed.has(key) && (changed.get(key) !== undefined || (this[key] !== undefined && this[key] !== ""))
    if (set("apiBase")) this.store.configure({ apiBase: this.apiBase })
    if (changed.has("brand") && this.brand !== undefined) {
      this.store.configure({ brand: this.brand })
      applyBrandColors(this, this.store.brand)
    }
    if (set("passwordMinLength")) this.store.configure({ passwordMinLength: this.passwordMinLength })
    if (changed.has("company") && this.company !== undefined && this.company !== "") {
      this.store.selectCompany(this.company as Company.CompanyId)
    }
  }

  override render() {
    return html`<slot></slot>`
  }
}

define("kab-provider", KabProvider)

declare global {
  interface HTMLElementTagNameMap {
    "kab-provider": KabProvider
  }
}
