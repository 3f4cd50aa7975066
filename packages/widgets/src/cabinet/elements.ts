/**
 * The elements the cabinet's views are made of. The heavier views (a number, its records, the
 * documents) are loaded on first use, so signing in does not wait for them; a view whose element is
 * not there yet says what it is and offers the way back, and appears once its element is registered.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/** The modules that register the views loaded on first use. */
const loaders: { readonly [tag: string]: () => Promise<unknown> } = {
  "kab-number-profile": () => import("../number-profile/number-profile.js"),
  "kab-detalization": () => import("../detalization/detalization.js"),
  "kab-payment-history": () => import("../payment-history/payment-history.js"),
  "kab-documents": () => import("../documents/documents.js"),
}

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
  readonly #loading = new Set<string>()

  constructor(host: ReactiveControllerHost) {
    this.#host = host
    host.addController(this)
  }

  /** Whether `tag` is registered now; if not, the host re-renders when it is. */
  defined(tag: string): boolean {
    if (customElements.get(tag) !== undefined) return true
    if (!this.#awaited.has(tag)) {
      this.#awaited.add(tag)
      const load = loaders[tag]
      if (load !== undefined) {
        this.#loading.add(tag)
        // A module that fails to load (the network) leaves the placeholder, which offers the way back.
        load()
          .catch(() => undefined)
          .finally(() => {
            this.#loading.delete(tag)
            this.#host.requestUpdate()
          })
      }
      void customElements.whenDefined(tag).then(() => {
        this.#awaited.delete(tag)
        this.#host.requestUpdate()
      })
    }
    return false
  }

  /** Whether `tag`'s module is being loaded (a view loaded on first use). */
  loading(tag: string): boolean {
    return this.#loading.has(tag)
  }

  hostConnected(): void {}
}
