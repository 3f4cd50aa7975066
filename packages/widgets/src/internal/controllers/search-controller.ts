/**
 * A search field that asks the operator only once the admin pauses (or presses Enter), so typing a
 * number does not send a request per digit, and that keeps what the admin typed as typed while the
 * host may still set the search from outside.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/** How a search field commits. */
export interface SearchOptions {
  /** How long to wait after the last keystroke, in milliseconds. */
  readonly delayMs: number
  /** Called with the trimmed text once the admin pauses or presses Enter. */
  readonly commit: (text: string) => void
}

/**
 * The text of a search field and its pause.
 *
 * @example
 * ```ts
 * readonly #search = new SearchController(this, { delayMs: 300, commit: (text) => (this.search = text) })
 * html`<input type="search" .value=${this.#search.typed} @input=${this.#search.onInput} @keydown=${this.#search.onKeydown} />`
 * ```
 */
export class SearchController implements ReactiveController {
  readonly #options: SearchOptions
  #typed = ""
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(host: ReactiveControllerHost, options: SearchOptions) {
    this.#options = options
    host.addController(this)
  }

  /** What the admin typed, as typed. */
  get typed(): string {
    return this.#typed
  }

  /** Shows a search set from outside, unless it is what the admin typed (then the typing stays). */
  sync(search: string): void {
    if (this.#typed.trim() !== search) this.#typed = search
  }

  /** The field's `input` listener. */
  readonly onInput = (event: Event): void => {
    this.#typed = (event.target as HTMLInputElement).value
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#options.commit(this.#typed.trim()), this.#options.delayMs)
  }

  /** The field's `keydown` listener: Enter searches at once. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== "Enter") return
    clearTimeout(this.#timer)
    this.#options.commit(this.#typed.trim())
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer)
  }
}
