import { html, nothing } from "lit"
import { property } from "lit/decorators.js"
import { emit } from "../events/events.js"
import { announce } from "../internal/controllers/announcer.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./menu.styles.js"

/** An entry of a `<kab-menu>`. */
export interface MenuItem {
  /** What `kab-menu-select` reports when the item is chosen; unique in the menu. */
  readonly value: string
  /** The visible label, which is also the item's accessible name. */
  readonly label: string
  /**
   * Why the item is refused now (a core rule's reason, in the admin's language). A refused item stays in
   * the menu and reachable by keyboard, shows the reason under its label, and announces it when chosen
   * instead of being selected.
   */
  readonly reason?: string | undefined
  /** The id of the rule refusing the item (`number.unblock.debt`), kept as `data-rule` for the host. */
  readonly rule?: string | undefined
}

/** Which item takes the focus when the menu opens: the first (Enter, Space, ↓) or the last (↑). */
export type MenuFocus = "first" | "last"

/** The deepest focused element, looking through shadow roots. */
const deepFocus = (): Element | null => {
  let focused = document.activeElement
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement
  return focused
}

/**
 * A menu of actions opened from a button (the WAI-ARIA menu button pattern), on the platform's popover:
 * it sits in the top layer above everything, closes on Escape or a click elsewhere, and is placed next
 * to its button by CSS anchor positioning (under it, or above it when there is no room).
 *
 * Open it with `show(button)`. The button should carry `aria-haspopup="menu"`; the menu keeps its
 * `aria-expanded` in step. Keyboard: ↓/↑ move between items (wrapping), Home/End go to the first/last,
 * a letter goes to the next item starting with it, Enter or Space choose, Escape closes, Tab closes
 * and moves on; the focus goes back to the button when the menu closes from inside. A refused item
 * (with a `reason`) stays focusable, shows why, and says why when chosen.
 *
 * @summary A popover menu of actions, some of which a rule may refuse with its reason.
 * @tag kab-menu
 * @csspart menu - The list of items.
 * @csspart item - An item.
 * @csspart label - An item's label.
 * @csspart reason - Why an item is refused.
 * @cssproperty --kab-menu-inline-size - The menu's width (default `min(20rem, 100vw - 1rem)`).
 * @event kab-menu-select - An allowed item was chosen; `detail.value` is its `value`. The menu has
 * closed. Bubbles, but does not leave the shadow root the menu is in.
 */
export class KabMenu extends KabElement {
  static override styles = [tokens, base, styles]

  /** The items, in order. */
  @property({ attribute: false }) accessor items: ReadonlyArray<MenuItem> = []

  /** The menu's accessible name (e.g. «Быстрые операции: +7 701 054 20 01»). */
  @property() accessor label = ""

  #anchor: HTMLElement | undefined

  constructor() {
    super()
    this.addEventListener("toggle", (event) => this.#onToggle(event as ToggleEvent))
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (!this.hasAttribute("popover")) this.popover = "auto"
  }

  /** Whether the menu is open. */
  get open(): boolean {
    return this.matches(":popover-open")
  }

  /** The element the menu was last opened from. */
  get anchor(): HTMLElement | undefined {
    return this.#anchor
  }

  /**
   * Opens the menu next to `anchor` (the button that opens it) and focuses its first item, or its last
   * with `{ focus: "last" }`. Opening it from another anchor while open moves it there.
   */
  async show(anchor: HTMLElement, options: { readonly focus?: MenuFocus } = {}): Promise<void> {
    if (this.open && this.#anchor !== anchor) this.hidePopover()
    if (this.#anchor !== anchor) this.#anchor?.setAttribute("aria-expanded", "false")
    this.#anchor = anchor
    await this.updateComplete
    if (!this.isConnected || !anchor.isConnected) return
    if (!this.open) this.showPopover({ source: anchor })
    anchor.setAttribute("aria-expanded", "true")
    const items = this.#itemElements()
    ;(options.focus === "last" ? items.at(-1) : items[0])?.focus()
  }

  /** Closes the menu; the focus goes back to its anchor if it was in the menu. */
  hide(): void {
    if (!this.open) return
    const focusInside = this.#holdsFocus()
    this.hidePopover()
    if (focusInside) this.#anchor?.focus()
  }

  #holdsFocus(): boolean {
    const focused = deepFocus()
    return focused !== null && (focused === this || this.shadowRoot?.contains(focused) === true)
  }

  #onToggle(event: ToggleEvent): void {
    if (event.newState !== "closed") return
    this.#anchor?.setAttribute("aria-expanded", "false")
    // Closed by Escape: the focus was in the menu and is now nowhere. Clicking elsewhere moved it there.
    const focused = deepFocus()
    if (focused === null || focused === document.body || this.#holdsFocus()) this.#anchor?.focus()
  }

  #itemElements(): Array<HTMLElement> {
    return [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
  }

  #choose(item: MenuItem): void {
    if (item.reason !== undefined) {
      announce(item.reason, "assertive")
      return
    }
    this.hide()
    emit(this, "kab-menu-select", { value: item.value })
  }

  #onKey(event: KeyboardEvent): void {
    const items = this.#itemElements()
    const at = items.indexOf(deepFocus() as HTMLElement)
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    }
    const next = moves[event.key] ?? this.#typeAhead(event, at)
    if (next !== undefined) {
      event.preventDefault()
      items[next]?.focus()
    } else if (event.key === "Tab") {
      // The focus goes back to the button, and Tab then moves on from there.
      this.hide()
    }
  }

  /** The next item whose label starts with the typed letter, if a letter was typed. */
  #typeAhead(event: KeyboardEvent, at: number): number | undefined {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || event.key === " ") return undefined
    const letter = event.key.toLocaleLowerCase(this.i18n.intlTag)
    const count = this.items.length
    for (let step = 1; step <= count; step++) {
      const index = (at + step) % count
      if (this.items[index]?.label.toLocaleLowerCase(this.i18n.intlTag).startsWith(letter)) return index
    }
    return undefined
  }

  override render() {
    return html`<div role="menu" part="menu" aria-label=${this.label} lang=${this.i18n.locale} @keydown=${this.#onKey}>
      ${this.items.map((item) => {
        const id = `item-${item.value}`
        const refused = item.reason !== undefined
        // The name is the label alone; the reason is the item's description, outside the item so that
        // the item's text is its name, and hidden so that it is read once, as the description.
        return html`<div role="none" class="entry"><button
          type="button"
          role="menuitem"
          id=${id}
          part="item"
          tabindex="-1"
          data-value=${item.value}
          data-rule=${item.rule ?? nothing}
          aria-describedby=${refused ? `${id}-reason` : nothing}
          aria-disabled=${refused ? "true" : nothing}
          @click=${() => this.#choose(item)}
        ><span class="label" part="label">${item.label}</span></button>${
          refused
            ? html`<span class="reason" part="reason" id=${`${id}-reason`} aria-hidden="true">${item.reason}</span>`
            : nothing
        }</div>`
      })}
    </div>`
  }
}

define("kab-menu", KabMenu)

declare global {
  interface HTMLElementTagNameMap {
    "kab-menu": KabMenu
  }
}
