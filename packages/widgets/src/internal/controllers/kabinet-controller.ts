/**
 * Connects a widget to the shared store: the one of the nearest `<kab-provider>`, or the page's
 * default when there is none. The widget re-renders whenever the store changes (sign-in, company
 * switch, brand), and the brand's colours are applied to it.
 */
import { ContextConsumer, ContextRoot } from "@lit/context"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import { applyBrandColors } from "../../theme/brand.js"
import { kabinetContext } from "../store/context.js"
import { defaultStore } from "../store/defaults.js"
import { type KabinetStore, storeChange } from "../store/store.js"

// Providers may be defined or inserted after the widgets inside them; the root replays the widgets'
// requests when a provider appears. One root serves the page, even when it loads the widgets twice.
const rootKey = Symbol.for("@kabinet/widgets/context-root")
const attachRoot = (): void => {
  if (typeof document === "undefined") return
  const page = globalThis as { [rootKey]?: true }
  if (page[rootKey] === true) return
  page[rootKey] = true
  new ContextRoot().attach(document.documentElement)
}

/**
 * The store a widget works with. Every `KabElement` has one as `this.kabinet`; an element that is not a
 * widget (a test fixture) may make its own.
 *
 * @example
 * ```ts
 * class MyWidget extends KabElement {
 *   render() { return html`${this.kabinet.store.company?.fullName}` }
 * }
 * ```
 */
export class KabinetController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  #provided: KabinetStore | undefined
  #subscribed: KabinetStore | undefined
  readonly #listeners = new Set<() => void>()

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host
    attachRoot()
    host.addController(this)
    new ContextConsumer(host, {
      context: kabinetContext,
      subscribe: true,
      callback: (store) => {
        this.#provided = store
        this.#follow()
      },
    })
  }

  /** The store in effect: the provider's, else the page's default. */
  get store(): KabinetStore {
    return this.#provided ?? defaultStore()
  }

  /** Whether a `<kab-provider>` supplies the store. */
  get provided(): boolean {
    return this.#provided !== undefined
  }

  /** Calls `listener` after each change of the store (or a switch to another store). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  hostConnected(): void {
    // A re-connected widget may have left its provider: it asks again. The consumer runs right after
    // this and answers synchronously when a provider is there; without one, the default store is used.
    this.#provided = undefined
    queueMicrotask(() => {
      if (this.#host.isConnected) this.#follow()
    })
  }

  hostDisconnected(): void {
    this.#subscribed?.removeEventListener(storeChange, this.#onStoreChange)
    this.#subscribed = undefined
  }

  readonly #onStoreChange = (): void => {
    applyBrandColors(this.#host, this.store.brand)
    for (const listener of this.#listeners) listener()
    this.#host.requestUpdate()
  }

  #follow(): void {
    const store = this.store
    if (store === this.#subscribed) return
    this.#subscribed?.removeEventListener(storeChange, this.#onStoreChange)
    this.#subscribed = store
    store.addEventListener(storeChange, this.#onStoreChange)
    this.#onStoreChange()
  }
}
