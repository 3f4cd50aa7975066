import { Messages, NumberStatus } from "@kabinet/core"
import { html } from "lit"
import { property } from "lit/decorators.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./status-badge.styles.js"

/**
 * Shows a mobile number's status the way the operator names it (in Kazakh or English, the core's translation),
 * with a colour cue that is never the only cue.
 *
 * @summary A number's status: «Активный», «Заблокирован», «Заблокирован / Долг» or «В обработке».
 * @tag kab-status-badge
 * @csspart badge - The status text with its colour dot.
 * @cssproperty --kab-color-status-active - Colour of «Активный».
 * @cssproperty --kab-color-status-blocked - Colour of both blocked statuses.
 * @cssproperty --kab-color-status-processing - Colour of «В обработке».
 */
export class KabStatusBadge extends KabElement {
  static override styles = [tokens, styles]

  /** The status as the operator sends it. */
  @property() accessor status: NumberStatus.NumberStatus = "Активный"

  override willUpdate(): void {
    // Reflected so that themes can colour the host by a stable, language-neutral key.
    this.setAttribute("status-key", NumberStatus.key(this.status))
  }

  override render() {
    // Plain text, not a live region: a list shows hundreds of badges, and a changing status is announced by the
    // widget that changed it.
    return html`<span part="badge">${this.i18n.m(Messages.statusKey(this.status))}</span>`
  }
}

define("kab-status-badge", KabStatusBadge)

declare global {
  interface HTMLElementTagNameMap {
    "kab-status-badge": KabStatusBadge
  }
}
