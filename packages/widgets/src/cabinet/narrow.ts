/**
 * Whether the cabinet is as narrow as a phone (the width at which its navigation folds into «Меню»),
 * so that its number list scrolls with the page there instead of in a box of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/** The cabinet's phone width, the same as its styles' container query. */
const narrowRem = 40

/**
 * Follows the host's width.
 *
 * @example
 * ```ts
 * readonly #narrow = new NarrowController(this)
 * html`<kab-number-list ?page-scroll=${this.#narrow.narrow}></kab-number-list>`
 * ```
 */
export class NarrowController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #observer: ResizeObserver
  #narrow = false

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host
    this.#observer = new ResizeObserver(([entry]) => {
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
      const narrow = (entry?.contentRect.width ?? Number.POSITIVE_INFINITY) <= narrowRem * rem
      if (narrow === this.#narrow) return
      this.#narrow = narrow
      this.#host.requestUpdate()
    })
    host.addController(this)
  }

  /** Whether the host is a phone's width now. */
  get narrow(): boolean {
    return this.#narrow
  }

  hostConnected(): void {
    this.#observer.observe(this.#host)
  }

  hostDisconnected(): void {
    this.#observer.disconnect()
  }
}
