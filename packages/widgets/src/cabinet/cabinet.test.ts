/**
 * `<kab-cabinet>` on the mock operator: signing in through the form, and what the signed-in cabinet shows.
 */
import { expect } from "@open-wc/testing"
import { cabinetHooks, demoPassword, demoPhone, mount, navItem, type, untilTitle } from "../../test/cabinet.js"
import { deepActiveElement, inShadow } from "../../test/helpers.js"
import { ru } from "../i18n/catalog/index.js"
import type { KabLogin } from "../login/login.js"

describe("kab-cabinet", () => {
  cabinetHooks()

  it("signs in through the form and shows who is signed in, the company, the navigation and the numbers", async () => {
    const { cabinet, provider } = await mount()
    const login = inShadow<KabLogin>(cabinet, "kab-login")
    await login.updateComplete
    await type(login, "phone", demoPhone)
    await type(login, "password", demoPassword)
    inShadow<HTMLInputElement>(login, "#password").focus()
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
    expect(inShadow(cabinet, "main kab-number-list")).to.not.equal(null)
    expect(deepActiveElement() === inShadow(cabinet, "#view-title"), "the focus on the view's heading").to.equal(true)
  })
})
