/**
 * `<kab-cabinet>` on the mock operator: the sign-in page, the header and navigation, hash routing and
 * the browser's history, routing by the host, the account menu, sign-out, an expired session, views
 * whose element the page has not loaded, languages, a phone's width, and accessibility.
 */
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from "@open-wc/testing"
import { setViewport } from "@web/test-runner-commands"
import {
  allInShadow,
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
} from "../../test/helpers.js"
import { signIn } from "../../test/session.js"
import { en, kk, ru } from "../i18n/catalog/index.js"
import type { KabLogin } from "../login/login.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./cabinet.js"
import type { KabCabinet } from "./cabinet.js"

const demoPhone = "77012111249"
const demoPassword = "kabinet-demo"

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

const mount = async (routing: "hash" | "none" = "hash") => {
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

const signedIn = async (routing: "hash" | "none" = "hash") => {
  const mounted = await mount(routing)
  await signIn(mounted.provider.store, demoPhone, demoPassword)
  await mounted.cabinet.updateComplete
  return mounted
}

const type = async (host: HTMLElement & { updateComplete: Promise<boolean> }, id: string, value: string) => {
  const input = inShadow<HTMLInputElement>(host, `#${id}`)
  input.value = value
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await host.updateComplete
}

const title = (cabinet: KabCabinet) => inShadow(cabinet, "#view-title").textContent?.trim()
const navItem = (cabinet: KabCabinet, text: string) => {
  const found = allInShadow<HTMLAnchorElement>(cabinet, "nav a").find((a) => a.textContent?.trim() === text)
  if (found === undefined) throw new Error(`no nav item «${text}»`)
  return found
}
const untilTitle = (cabinet: KabCabinet, text: string) =>
  waitUntil(
    () => cabinet.shadowRoot?.querySelector("#view-title")?.textContent?.trim() === text,
    `the view «${text}»`,
    { timeout: 5000 },
  )

describe("kab-cabinet", () => {
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

  it("signed out, is the manual's sign-in page, with recovery behind «Забыли пароль?»", async () => {
    const { cabinet } = await mount()
    expect(inShadow(cabinet, "main h1").textContent?.trim()).to.equal("Управляйте номерами в один клик!")
    expect(inShadow(cabinet, ".promo-text").textContent?.trim()).to.equal(ru["cabinet.promo.text"])
    expect(inShadow(cabinet, ".brand").textContent?.trim()).to.equal("Kcell")
    expect(inShadow(cabinet, "#cabinet-language")).to.be.instanceOf(HTMLSelectElement)
    const login = inShadow<KabLogin>(cabinet, "kab-login")
    await login.updateComplete
    await type(login, "phone", "77010016218")
    inShadow<HTMLButtonElement>(login, "[part=forgot]").click()
    await cabinet.updateComplete
    const recovery = inShadow(cabinet, "kab-password-recovery") as HTMLElement & { phone: string }
    expect(recovery.phone).to.equal("77010016218")
    recovery.dispatchEvent(
      new CustomEvent("kab-login-request", {
        detail: { phone: "77010016218" },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    )
    await cabinet.updateComplete
    expect(inShadow<KabLogin>(cabinet, "kab-login").phone).to.equal("77010016218")
    await expect(cabinet).to.be.accessible()
  })

  it("signs in through the form and shows who is signed in, the company, the navigation and the numbers", async () => {
    const { cabinet, provider } = await mount()
    const login = inShadow<KabLogin>(cabinet, "kab-login")
    await login.updateComplete
    await type(login, "phone", demoPhone)
    await type(login, "password", demoPassword)
    inShadow<HTMLButtonElement>(login, "#submit").click()
    await untilTitle(cabinet, "Управление номерами")
    const admin = provider.store.session?.admin
    expect(admin?.phone).to.equal(demoPhone)
    expect(inShadow(cabinet, ".account-name").textContent?.trim()).to.equal(admin?.fullName)
    expect(inShadow(cabinet, ".account-phone").textContent?.trim()).to.equal("+7 701 211 12 49")
    expect(inShadow(cabinet, "header kab-company-switcher")).to.not.equal(null)
    expect(inShadow(cabinet, "nav").getAttribute("aria-label")).to.equal(ru["cabinet.nav.label"])
    expect(navItem(cabinet, "Управление номерами").getAttribute("aria-current")).to.equal("page")
    expect(navItem(cabinet, "Документы и отчеты").getAttribute("aria-current")).to.equal("false")
    expect(inShadow(cabinet, "main kab-number-list").hasAttribute("page-scroll")).to.equal(true)
    expect(deepActiveElement()).to.equal(inShadow(cabinet, "#view-title"))
  })

  it("keeps the view in the hash: the navigation, an opened number and the back button", async () => {
    const { cabinet } = await signedIn()
    navItem(cabinet, "Документы и отчеты").click()
    await untilTitle(cabinet, "Документы и отчеты")
    expect(location.hash).to.equal("#/documents")
    expect(navItem(cabinet, "Документы и отчеты").getAttribute("aria-current")).to.equal("page")
    expect(deepActiveElement()).to.equal(inShadow(cabinet, "#view-title"))
    history.back()
    await untilTitle(cabinet, "Управление номерами")
    expect(location.hash).to.equal("#/numbers")

    const list = inShadow(cabinet, "kab-number-list")
    const row = await waitUntil(
      () => list.shadowRoot?.querySelector<HTMLElement>('[role="row"][data-msisdn]'),
      "a row",
      {
        timeout: 5000,
      },
    )
    const msisdn = row.dataset.msisdn ?? ""
    row.click()
    await waitUntil(() => location.hash === `#/numbers/${msisdn}`, "the number's address")
    expect(cabinet.view).to.equal("number")
    expect(cabinet.number).to.equal(msisdn)
    inShadow(cabinet, "main").dispatchEvent(
      new CustomEvent("kab-records-request", {
        detail: { kind: "detalization", number: msisdn },
        bubbles: true,
        composed: true,
      }),
    )
    await waitUntil(() => location.hash === `#/numbers/${msisdn}/detalization`, "the records' address")
    history.back()
    await waitUntil(() => cabinet.view === "number", "back to the number")
    history.back()
    await untilTitle(cabinet, "Управление номерами")
  })

  it("opens the view the address names, and follows an address typed later", async () => {
    history.replaceState(null, "", "#/profile")
    const { cabinet } = await signedIn()
    expect(title(cabinet)).to.equal("Мой профиль")
    expect(inShadow(cabinet, "main kab-admin-profile")).to.not.equal(null)
    location.hash = "#/documents"
    await untilTitle(cabinet, "Документы и отчеты")
  })

  it("with routing none, leaves the address alone, lets the host cancel kab-navigate, and follows view and number", async () => {
    const { cabinet } = await signedIn("none")
    const navigations: Array<string> = []
    let cancel = true
    cabinet.addEventListener("kab-navigate", (event) => {
      navigations.push(`${event.detail.view}:${event.detail.number ?? ""}`)
      if (cancel) event.preventDefault()
    })
    navItem(cabinet, "Документы и отчеты").click()
    await cabinet.updateComplete
    expect(navigations).to.deep.equal(["documents:"])
    expect(cabinet.view).to.equal("numbers")
    cancel = false
    navItem(cabinet, "Документы и отчеты").click()
    await untilTitle(cabinet, "Документы и отчеты")
    expect(location.hash).to.equal("#/numbers")
    cabinet.view = "payments"
    cabinet.number = "77010542001"
    await untilTitle(cabinet, "История платежей: +7 701 054 20 01")
    expect(location.hash).to.equal("#/numbers")
  })

  it("opens the account menu by keyboard: «Мой профиль», then «Выйти» back to the sign-in page", async () => {
    const { cabinet } = await signedIn()
    const button = inShadow<HTMLButtonElement>(cabinet, "#account")
    expect(button.getAttribute("aria-haspopup")).to.equal("menu")
    button.focus()
    await press("ArrowDown")
    const menu = inShadow(cabinet, "#account-menu")
    await waitUntil(() => menu.matches(":popover-open"), "the account menu")
    expect(deepActiveElement()?.textContent?.trim()).to.equal("Мой профиль")
    await press("Enter")
    await untilTitle(cabinet, "Мой профиль")
    expect(location.hash).to.equal("#/profile")

    button.focus()
    await press("ArrowUp")
    await waitUntil(() => deepActiveElement()?.textContent?.trim() === "Выйти", "«Выйти» focused")
    const signedOut = oneEvent(cabinet, "kab-signed-out")
    await press("Enter")
    await signedOut
    await waitUntil(() => cabinet.shadowRoot?.querySelector("kab-login"), "the sign-in page")
    expect(location.hash).to.equal("#/numbers")
    expect(cabinet.shadowRoot?.querySelector("[part=expired]")).to.equal(null)
  })

  it("after an expired session, asks to sign in again and returns to the same view", async () => {
    const { cabinet, provider, advance } = await signedIn()
    navItem(cabinet, "Документы и отчеты").click()
    await untilTitle(cabinet, "Документы и отчеты")
    advance(31 * 60_000)
    await provider.store.loadCompanies()
    await waitUntil(() => cabinet.shadowRoot?.querySelector("[part=expired]"), "the expiry notice")
    expect(inShadow(cabinet, "[part=expired]").textContent?.trim()).to.equal(ru["cabinet.expired"])
    const login = inShadow<KabLogin>(cabinet, "kab-login")
    await login.updateComplete
    await type(login, "phone", demoPhone)
    await type(login, "password", demoPassword)
    inShadow<HTMLButtonElement>(login, "#submit").click()
    await untilTitle(cabinet, "Документы и отчеты")
    expect(location.hash).to.equal("#/documents")
  })

  it("says what a view is while its element is not loaded, offers the way back, and shows it once registered", async () => {
    const { cabinet } = await signedIn()
    cabinet.navigate("payments", "77010542001")
    await untilTitle(cabinet, "История платежей: +7 701 054 20 01")
    const placeholder = inShadow(cabinet, "[part=placeholder]")
    expect(placeholder.textContent).to.include("история платежей номера +7 701 054 20 01")
    expect(placeholder.textContent).to.include(ru["cabinet.placeholder.note"])
    customElements.define("kab-payment-history", class extends HTMLElement {})
    await waitUntil(() => cabinet.shadowRoot?.querySelector("kab-payment-history"), "the registered element")
    expect(inShadow(cabinet, "kab-payment-history").getAttribute("number")).to.equal("77010542001")
    inShadow<HTMLAnchorElement>(cabinet, "a.back").click()
    await untilTitle(cabinet, "Управление номерами")
  })

  it("switches language at run time, the header and navigation included", async () => {
    const { cabinet, provider } = await signedIn()
    const select = inShadow<HTMLSelectElement>(cabinet, "#cabinet-language")
    select.value = "kk"
    select.dispatchEvent(new Event("change"))
    await waitUntil(() => provider.lang === "kk", "Kazakh")
    await untilTitle(cabinet, String(kk["cabinet.nav.numbers"]))
    expect(navItem(cabinet, String(kk["cabinet.nav.documents"]))).to.not.equal(undefined)
    provider.lang = "en"
    await untilTitle(cabinet, String(en["cabinet.nav.numbers"]))
    await expectNamesEqualLabels(cabinet)
  })

  it("has accessible names equal to the visible labels, and passes axe signed in", async () => {
    const { cabinet } = await signedIn()
    await expectNamesEqualLabels(cabinet)
    expect(inShadow(cabinet, "header")).to.not.equal(null)
    expect(inShadow(cabinet, "main").getAttribute("aria-labelledby")).to.equal("view-title")
    await expect(cabinet).to.be.accessible()
  })

  it("on a phone, folds the navigation behind «Меню» and fits 375 px without horizontal scrolling", async () => {
    const { cabinet } = await signedIn()
    await setViewport({ width: 375, height: 800 })
    try {
      await nextFrame()
      const toggle = inShadow<HTMLButtonElement>(cabinet, ".nav-toggle")
      expect(getComputedStyle(toggle).display).to.not.equal("none")
      expect(toggle.getAttribute("aria-expanded")).to.equal("false")
      expect(getComputedStyle(inShadow(cabinet, "#nav-list")).display).to.equal("none")
      toggle.click()
      await cabinet.updateComplete
      expect(toggle.getAttribute("aria-expanded")).to.equal("true")
      expect(getComputedStyle(inShadow(cabinet, "#nav-list")).display).to.not.equal("none")
      navItem(cabinet, "Документы и отчеты").click()
      await untilTitle(cabinet, "Документы и отчеты")
      expect(getComputedStyle(inShadow(cabinet, "#nav-list")).display).to.equal("none")
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
    navItem(cabinet, "Управление номерами").click()
    await untilTitle(cabinet, "Управление номерами")
    await expectFitsPhone(cabinet)
  })
})
