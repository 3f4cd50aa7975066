/**
 * The current time for a widget's countdowns, re-rendering the widget once a second while it needs
 * to (a resend countdown, a login lock), and not at all otherwise. "Now" comes from the shared
 * store, so tests and stories can set the clock.
 */
import { Calendar } from "@kabinet/core"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import type { KabinetController } from "./kabinet-controller.js"

/**
 * Ticks while `running()` is true.
 *
 * @example
 * ```ts
 * readonly #clock = new ClockController(this, this.#kabinet, () => this.#cooldownEndsAt !== undefined)
 * ```
 */
export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost
  readonly #kabinet: KabinetController
  readonly #running: () => boolean
  #timer: ReturnType<typeof setInterval> | undefined

  constructor(host: ReactiveControllerHost, kabinet: KabinetController, running: () => boolean) {
    this.#host = host
    this.#kabinet = kabinet
    this.#running = running
    host.addController(this)
  }

  /** Now, in epoch milliseconds. */
  now(): number {
    return this.#kabinet.store.now()
  }

  /** Now, as the core's rules take it. */
  moment(): Calendar.Moment {
    return Calendar.momentAt(this.now())
  }

  hostUpdated(): void {
    const running = this.#running()
    if (running && this.#timer === undefined) {
      this.#timer = setInterval(() => this.#host.requestUpdate(), 1000)
    } else if (!running && this.#timer !== undefined) {
      clearInterval(this.#timer)
      this.#timer = undefined
    }
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer)
    this.#timer = undefined
  }

  hostConnected(): void {
    // Resumes ticking after the widget comes back.
    this.#host.requestUpdate()
  }
}
