/**
 * Mounting `<kab-cabinet>` on the mock operator for its browser tests, and reading what it shows.
 */
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html } from "@open-wc/testing"
import "../src/cabinet/cabinet.js"
import type { KabCabinet } from "../src/cabinet/cabinet.js"
import "../src/provider/provider.js"
import type { KabProvider } from "../src/provider/provider.js"
import { allInShadow, inShadow, waitUntil } from "./helpers.js"
import { demoPassword, demoPhone, signIn } from "./session.js"

export { demoPassword, demoPhone } from "./session.js"

let operator: MockOperator | undefined
const escaped: Array<string> = []
const onRejection = (event: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(event.reason)}`)
const onError = (event: ErrorEvent) => escaped.push(`uncaught: ${event.message}`)

// The list's virtualizer measures rows with a ResizeObserver; Chromium reports a loop it resolved itself
// as a window error, which is not a failure of the cabinet.
window.addEventListener(
  "error",
  (event) => {
    if (String(event.message).includes("ResizeObserver loop")) {
      event.preventDefault()
      event.stopImmediatePropagation()
    }
  },
  true,
)

/** A provider on a fresh mock operator around a `<kab-cabinet>`; `advance` moves the clock. */
export const mount = async (routing: "hash" | "none" = "hash") => {
  let offset = 0
  const now = () => Date.now() + offset
  operator = makeMockOperator({ seed: 1, fleetSize: 40, timeScale: 0.001, now })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang="ru"></kab-provider>`)
  provider.store.configure({
    apiBase: mock.baseUrl,
    fetch: (input, init) => mock.handle(new Request(input, init)),
    now,
  })
  provider.innerHTML = `<kab-cabinet routing=${routing}></kab-cabinet>`
  const cabinet = provider.querySelector("kab-cabinet") as KabCabinet
  await cabinet.updateComplete
  return {
    provider,
    cabinet,
    advance: (millis: number) => {
      offset += millis
    },
  }
}

/** `mount`, with the demo admin signed in. */
export const signedIn = async (routing: "hash" | "none" = "hash") => {
  const mounted = await mount(routing)
  await signIn(mounted.provider.store, demoPhone, demoPassword)
  await mounted.cabinet.updateComplete
  return mounted
}

/** Types into a widget's field `#id`. */
export const type = async (host: HTMLElement & { updateComplete: Promise<boolean> }, id: string, value: string) => {
  const input = inShadow<HTMLInputElement>(host, `#${id}`)
  input.value = value
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await host.updateComplete
}

/** The view's heading. */
export const title = (cabinet: KabCabinet) => inShadow(cabinet, "#view-title").textContent?.trim()
/** The navigation link with that text. */
export const navItem = (cabinet: KabCabinet, text: string) => {
  const found = allInShadow<HTMLAnchorElement>(cabinet, "nav a").find((a) => a.textContent?.trim() === text)
  if (found === undefined) throw new Error(`no nav item «${text}»`)
  return found
}
/** Waits for the view with that heading. */
export const untilTitle = (cabinet: KabCabinet, text: string) =>
  waitUntil(() => cabinet.shadowRoot?.querySelector("#view-title")?.textContent?.trim() === text, `the view «${text}»`)

/**
 * Each test starts at `#/numbers` and ends with no failure escaped to the page and the operator
 * released. Call inside `describe`.
 */
export const cabinetHooks = (): void => {
  beforeEach(() => {
    history.replaceState(null, "", "#/numbers")
    escaped.length = 0
    window.addEventListener("unhandledrejection", onRejection)
    window.addEventListener("error", onError)
  })

  afterEach(async () => {
    window.removeEventListener("unhandledrejection", onRejection)
    window.removeEventListener("error", onError)
    await operator?.dispose()
    operator = undefined
    history.replaceState(null, "", "#")
    expect(escaped).to.deep.equal([])
  })
}
