/**
 * The cabinet's router: moves between views, sends `kab-navigate` first (a host may cancel it and route
 * itself), and, when the cabinet routes by hash, keeps the route in `location.hash` so the browser's
 * back and forward buttons and bookmarks work.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"
import { emit } from "../events/events.js"
import { parseHash, type Route, routeHash, sameRoute } from "./route.js"

/** How the cabinet routes: in the page's hash, or not at all (the host sets `view` and `number`). */
export type Routing = "hash" | "none"

/** What the router needs of its cabinet. */
export interface RoutedHost extends ReactiveControllerHost, HTMLElement {
  readonly routing: Routing
  /** The route shown now. */
  readonly route: Route
  /** Shows `route`; `moved` says the admin moved there (the focus then goes to the view's heading). */
  show(route: Route, moved: boolean): void
}

/**
 * Follows and changes the route.
 *
 * @example
 * ```ts
 * readonly #router = new Router(this)
 * this.#router.go({ view: "documents" })
 * ```
 */
export class Router implements ReactiveController {
  readonly #host: RoutedHost

  constructor(host: RoutedHost) {
    this.#host = host
    host.addController(this)
  }

  hostConnected(): void {
    window.addEventListener("hashchange", this.#onHistory)
    window.addEventListener("popstate", this.#onHistory)
    if (this.#hashRouting) this.#host.show(parseHash(location.hash), false)
  }

  hostDisconnected(): void {
    window.removeEventListener("hashchange", this.#onHistory)
    window.removeEventListener("popstate", this.#onHistory)
  }

  /**
   * Goes to `route`, unless a listener of `kab-navigate` cancels it. `replace` keeps the browser's
   * history as it is (a return to the start after sign-out). Returns whether the cabinet moved.
   */
  go(route: Route, options: { readonly replace?: boolean } = {}): boolean {
    const detail = route.number === undefined ? { view: route.view } : { view: route.view, number: route.number }
    if (!emit(this.#host, "kab-navigate", detail)) return false
    if (this.#hashRouting) {
      const hash = routeHash(route)
      if (location.hash !== hash) {
        if (options.replace === true) history.replaceState(history.state, "", hash)
        else history.pushState(history.state, "", hash)
      }
    }
    this.#host.show(route, true)
    return true
  }

  /** Writes the route into the address after the host set `view`/`number` itself. */
  record(route: Route): void {
    if (!this.#hashRouting || sameRoute(parseHash(location.hash), route)) return
    history.pushState(history.state, "", routeHash(route))
  }

  get #hashRouting(): boolean {
    return this.#host.routing !== "none"
  }

  readonly #onHistory = (): void => {
    if (!this.#hashRouting) return
    const route = parseHash(location.hash)
    if (!sameRoute(route, this.#host.route)) this.#host.show(route, true)
  }
}
