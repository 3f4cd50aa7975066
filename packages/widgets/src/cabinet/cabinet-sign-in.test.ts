/**
 * `<kab-cabinet>` signed out: the manual's sign-in page and recovery.
 */
import { expect } from "@open-wc/testing"
import { cabinetHooks, mount, type } from "../../test/cabinet.js"
import { inShadow } from "../../test/helpers.js"
import { ru } from "../i18n/catalog/index.js"
import type { KabLogin } from "../login/login.js"

describe("kab-cabinet: the sign-in page", () => {
  cabinetHooks()

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
})
