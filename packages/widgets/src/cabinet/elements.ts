/**
 * The elements the cabinet's views are made of, some of which a page may not have loaded (a portal
 * that loads only some entries). A view whose element is missing says what it is and offers the way
 * back; when the element is registered later, the view appears.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/**
 * Tells whether a tag is registered, and re-renders the host once it is.
 *
 * @example
 * ```ts
 * readonly #elements = new ElementsController(this)
 * this.#elements.defined("kab-documents") ? html`<kab-documents></kab-documents>` : placeholder
 * ```
 */
export class ElementsController implements ReactiveController {
  readonly #host: ReactiveControllerHost
  readonly #awaited = new Set<string>()

  constructor(host: ReactiveControllerHost) {
    this.#host = host
    host.addController(this)
  }

  /** Whether `tag` is registered now; if not, the host re-renders when it is. */
  defined(tag: string): boolean {
    if (customElements.get(tag) !== undefined) return true
    if (!this.#awaited.has(tag)) {
      this.#awaited.add(tag)
      void customElements.whenDefined(tag).then(() => {
        this.#awaited.delete(tag)
        this.#host.requestUpdate()
      })
    }
    return false
  }

  hostConnected(): void {}
}
