/**
 * The mock operator behind the widgets' stories: a seeded operator per story, reached through the
 * provider's own `fetch` (nothing on the page is intercepted), with its faults, clock and outbox at
 * hand for the story's state.
 */
import { Msisdn, Programs } from "@kabinet/core"
import {
  type MockOperator,
  type MockOperatorOptions,
  makeMockOperator,
  persistentOperator,
} from "@kabinet/mock-operator/browser"
import type { KabProvider } from "@kabinet/widgets"
import { html, type TemplateResult } from "lit"
import { ref } from "lit/directives/ref.js"

/** The password of the mock operator's seeded, activated admins. */
export const demoPassword = "kabinet-demo"

/** The demo admin: three companies. */
export const demoPhone = "77012111249"

/** The manual's recovery example: an admin who never activated the account. */
export const newAdminPhone = "77010016218"

/** What a story's loader gives its render and play functions. */
export interface Loaded {
  readonly operator: MockOperator
}

/**
 * A loader making a fresh mock operator for the story (seeded, small, operations fast).
 *
 * @example
 * ```ts
 * export const Default: Story = { loaders: [mockOperator()] }
 * ```
 */
export const mockOperator =
  (options: MockOperatorOptions = {}) =>
  async (): Promise<Loaded> => ({
    operator: makeMockOperator({ seed: 1, fleetSize: 200, timeScale: 0.01, ...options }),
  })

/**
 * A loader making the demo's operator, which outlives the page as a real one does: its changes are
 * kept in the tab's `sessionStorage` and replayed after a reload, until the operator is reset. Long
 * operations take a quarter of their real time (a block: 15–30 s), long enough to reload meanwhile.
 *
 * @example
 * ```ts
 * export const Default: Story = { loaders: [lastingMockOperator({ fleetSize: 1_000 })] }
 * ```
 */
export const lastingMockOperator =
  (options: MockOperatorOptions = {}) =>
  async (): Promise<Loaded> => ({
    operator: await persistentOperator(
      { seed: 1, fleetSize: 200, timeScale: 0.25, ...options },
      { storage: sessionStorage },
    ),
  })

/** The operator a story's loader made. */
export const operatorOf = (loaded: Record<string, unknown>): MockOperator => (loaded as unknown as Loaded).operator

/**
 * A `<kab-provider>` talking to `operator`, around `content`; with `signIn`, that admin is signed in
 * as soon as the provider is rendered, so the story shows its state in the docs page's previews too
 * (where play functions do not run). Each story renders its own provider and operator.
 *
 * @example
 * ```ts
 * render: (args, { loaded }) => withProvider(operatorOf(loaded), html`<kab-login></kab-login>`, args.lang)
 * ```
 */
export const withProvider = (
  operator: MockOperator,
  content: TemplateResult,
  lang = "ru",
  signIn: string | false = false,
): TemplateResult => html`
  <kab-provider
    lang=${lang}
    ${ref((element) => {
      if (element === undefined) return
      const provider = element as KabProvider
      provider.store.configure({
        apiBase: operator.baseUrl,
        fetch: (input, init) => operator.handle(new Request(input, init)),
      })
      if (signIn !== false && !signingIn.has(provider)) signingIn.set(provider, signInOn(provider, signIn))
    })}
  >
    ${content}
  </kab-provider>
`

// The sign-in each provider started on render, which the story's play function then waits for.
const signingIn = new WeakMap<KabProvider, Promise<void>>()

const signInOn = async (provider: KabProvider, phone: string): Promise<void> => {
  // The client keeps the session it signs in with; the store follows it.
  await provider.store.run(Programs.Access.signIn({ phone: Msisdn.make(phone), password: demoPassword }))
}

/** Who a story signs in (`parameters.signIn`): the demo admin unless it says another, or `false`. */
export const signInOf = (parameters: { readonly signIn?: unknown }): string | false => {
  const signIn = parameters.signIn
  return signIn === false ? false : typeof signIn === "string" ? signIn : demoPhone
}

/** The provider in a story's canvas. */
export const providerIn = (canvas: HTMLElement): KabProvider => {
  const provider = canvas.querySelector("kab-provider")
  if (provider === null) throw new Error("no <kab-provider> in the story")
  return provider
}

/**
 * Signs the demo admin in on the story's provider, as `<kab-login>` would, or waits for the sign-in
 * its render already started.
 */
export const signInDemo = async (canvas: HTMLElement, phone = demoPhone): Promise<void> => {
  const provider = providerIn(canvas)
  const started = signingIn.get(provider)
  if (started !== undefined) return started
  await signInOn(provider, phone)
}

/** The element `tag` in the canvas, once rendered. */
export const element = async <T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  canvas: HTMLElement,
  tag: string,
): Promise<T> => {
  const found = canvas.querySelector(tag) as T | null
  if (found === null) throw new Error(`no <${tag}> in the story`)
  await found.updateComplete
  return found
}

/** Types `value` into the field `#id` of a widget, as a person would. */
export const typeInto = async (
  widget: HTMLElement & { updateComplete: Promise<boolean> },
  id: string,
  value: string,
): Promise<void> => {
  const input = widget.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`)
  if (input === null || input === undefined) throw new Error(`no #${id} in <${widget.localName}>`)
  input.value = value
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await widget.updateComplete
}

/** Clicks the button `#id` of a widget. */
export const clickOn = async (
  widget: HTMLElement & { updateComplete: Promise<boolean> },
  id: string,
): Promise<void> => {
  widget.shadowRoot?.querySelector<HTMLButtonElement>(`#${id}`)?.click()
  await widget.updateComplete
}

/** Waits until `check` holds (at most `timeout` ms). */
export const until = async (check: () => boolean, timeout = 5000): Promise<void> => {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeout) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
