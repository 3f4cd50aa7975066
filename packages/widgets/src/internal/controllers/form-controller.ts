/**
 * A form's life: what the admin typed, whether it was submitted (errors show from then on), the first
 * field in error taking the focus, the submission running, and whether it was saved. What was typed is
 * kept through every refusal and failure, and forgotten only once the submission succeeds.
 *
 * Every form of the widgets goes through one: sign-in, each step of password recovery, each form of the
 * admin's profile, and the forms of the operation dialogs to come.
 */
import type { ReactiveControllerHost } from "lit"

/** A form's fields by name, as typed. */
export type FormValues = { readonly [name: string]: string }

/** How a form starts. */
export interface FormOptions<V extends FormValues> {
  /**
   * What each field shows until the admin types in it; read again on every render, so a field can show
   * the current e-mail of the session, and does again after a successful change.
   */
  readonly initial: () => V
}

/** What `field()` needs to show and report a field of the form. */
export interface FieldBinding {
  readonly value: string
  readonly onInput: (value: string) => void
}

/**
 * The state of one form.
 *
 * @example
 * ```ts
 * readonly #form = new FormController(this, { initial: () => ({ password: "" }) })
 * html`<form novalidate @submit=${(event: Event) => this.#form.submit(event, (values) => this.#signIn(values))}>
 *   ${field({ id: "password", label, ...this.#form.bind("password"), error: this.#form.shown(this.#passwordError()) })}
 * </form>`
 * ```
 */
export class FormController<V extends FormValues> {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #initial: () => V
  #typed: Partial<Record<keyof V, string>> = {}
  #submitted = false
  #saved = false
  #busy = false

  constructor(host: ReactiveControllerHost & HTMLElement, options: FormOptions<V>) {
    this.#host = host
    this.#initial = options.initial
  }

  /** Whether the admin has submitted the form: its fields' errors show from then on. */
  get submitted(): boolean {
    return this.#submitted
  }

  /** Whether the last submission succeeded, until the admin types again (for a «saved» notice). */
  get saved(): boolean {
    return this.#saved
  }

  /** Whether a submission is running. */
  get busy(): boolean {
    return this.#busy
  }

  /** Every field's value: what the admin typed, else the initial value. */
  get values(): V {
    return { ...this.#initial(), ...this.#typed }
  }

  /** Field `name`'s value. */
  value(name: keyof V & string): string {
    return this.#typed[name] ?? this.#initial()[name] ?? ""
  }

  /** Records what the admin typed in `name`; a «saved» notice goes. */
  set(name: keyof V & string, value: string): void {
    this.#typed = { ...this.#typed, [name]: value }
    this.#saved = false
    this.#host.requestUpdate()
  }

  /** The value and input listener of field `name`, to spread into `field()`'s options. */
  bind(name: keyof V & string): FieldBinding {
    return { value: this.value(name), onInput: (value) => this.set(name, value) }
  }

  /** `error` once the form was submitted, else nothing: a field is not refused before the admin asks. */
  shown(error: string | undefined): string | undefined {
    return this.#submitted ? error : undefined
  }

  /**
   * Submits the form (its `submit` listener, or called without an event). Marks it submitted; when a
   * field then shows an error, focuses the first one and stops. Otherwise runs `send` with the values,
   * once at a time. When `send` resolves `true`, the typed values are forgotten and the form counts as
   * saved; otherwise everything typed stays. Resolves with whether it was sent and succeeded, once the
   * form's state says so: announce a success then.
   *
   * @example
   * ```ts
   * if (await this.#form.submit(event, (values) => this.#change(values))) emit(this, "kab-email-changed", …)
   * ```
   */
  async submit(event: Event | undefined, send: (values: V) => Promise<boolean>): Promise<boolean> {
    event?.preventDefault()
    const scope = (event?.currentTarget as ParentNode | null | undefined) ?? this.#host.shadowRoot ?? this.#host
    if (this.#busy) return false
    this.#submitted = true
    this.#saved = false
    this.#host.requestUpdate()
    await this.#host.updateComplete
    const invalid = scope.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (invalid !== null) {
      invalid.focus()
      return false
    }
    this.#busy = true
    this.#host.requestUpdate()
    const succeeded = await send(this.values).finally(() => {
      this.#busy = false
    })
    if (succeeded) {
      this.#typed = {}
      this.#submitted = false
      this.#saved = true
    }
    this.#host.requestUpdate()
    return succeeded
  }

  /** Forgets what was typed and that the form was submitted or saved (the admin left the form). */
  reset(): void {
    this.#typed = {}
    this.#submitted = false
    this.#saved = false
    this.#host.requestUpdate()
  }
}
