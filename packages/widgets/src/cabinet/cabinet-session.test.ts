/**
 * `<kab-cabinet>` on the mock operator: routing by the host, the account menu, sign-out, an expired session, and views whose element the page has not loaded.
 */
import { expect, oneEvent } from "@open-wc/testing"
import { cabinetHooks, demoPassword, demoPhone, navItem, signedIn, type, untilTitle } from "../../test/cabinet.js"
import { deepActiveElement, inShadow, press, waitUntil } from "../../test/helpers.js"
import { ru } from "../i18n/catalog/index.js"
import type { KabLogin } from "../login/login.js"

describe("kab-cabinet: host routing, account and session", () => {
  cabinetHooks()

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

  it("loads a number's views on first use and shows them with the number", async () => {
    const { cabinet } = await signedIn()
    cabinet.navigate("payments", "77010542001")
    await untilTitle(cabinet, "История платежей: +7 701 054 20 01")
    await waitUntil(() => cabinet.shadowRoot?.querySelector("kab-payment-history"), "the view's element")
    expect(customElements.get("kab-payment-history")).to.not.equal(undefined)
    expect(inShadow(cabinet, "kab-payment-history").getAttribute("number")).to.equal("77010542001")
    inShadow<HTMLAnchorElement>(cabinet, "a.back").click()
    await untilTitle(cabinet, "Управление номерами")
  })
})
