import { Messages } from "@kabinet/core"
import { expect, html, nextFrame, oneEvent } from "@open-wc/testing"
import {
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  tabTo,
  typeText,
  waitUntil,
} from "../../test/helpers.js"
import { type InPage, inPage } from "../../test/in-page-operator.js"
import { newAdminPhone } from "../../test/session.js"
import { en, kk } from "../i18n/catalog/index.js"
import { lastAnnouncement } from "../internal/controllers/announcer.js"
import "./password-recovery.js"
import type { KabPasswordRecovery } from "./password-recovery.js"

const newPassword = "зелёный чайник на подоконнике"

let page: InPage | undefined

afterEach(async () => {
  await page?.dispose()
  page = undefined
})

/**
 * The form on a fresh mock operator, signed out. Page and operator share a clock that moves only
 * when the test says (`advance`), so the countdowns tell exact seconds on however busy a machine.
 */
const mount = async () => {
  let time = Date.now()
  page = await inPage(html`<kab-password-recovery></kab-password-recovery>`, { signedIn: false, now: () => time })
  const { provider, operator } = page
  const recovery = provider.querySelector("kab-password-recovery") as KabPasswordRecovery
  await recovery.updateComplete
  return {
    provider,
    recovery,
    page,
    /** The code of the last SMS the operator sent to the admin. */
    smsCode: () => {
      const code = operator.lastSmsCode(newAdminPhone)
      if (code === undefined) throw new Error("no SMS code sent")
      return code
    },
    advance: async (millis: number) => {
      time += millis
      recovery.requestUpdate()
      await recovery.updateComplete
    },
  }
}

/** A code that is not `code`. */
const wrongCode = (code: string) => (code === "000000" ? "111111" : "000000")

const input = (el: KabPasswordRecovery, id: string) => inShadow<HTMLInputElement>(el, `#${id}`)

const setValue = async (el: KabPasswordRecovery, id: string, value: string) => {
  const field = input(el, id)
  field.value = value
  field.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await el.updateComplete
}

const click = async (el: KabPasswordRecovery, id: string) => {
  inShadow<HTMLButtonElement>(el, `#${id}`).click()
  await nextFrame()
}

const text = (el: KabPasswordRecovery) => el.shadowRoot?.textContent?.replace(/\s+/gu, " ") ?? ""

const toCodeStep = async (el: KabPasswordRecovery) => {
  await setValue(el, "phone", newAdminPhone)
  await click(el, "next")
  await waitUntil(() => el.step === "code", "step 2")
  await el.updateComplete
}

describe("kab-password-recovery", () => {
  it("step 1 shows the manual's words, and checks the phone", async () => {
    const { recovery, page } = await mount()
    const words = text(recovery)
    for (const expected of [
      "Восстановление пароля",
      "Для восстановления пароля следуйте указанным инструкциям",
      "НОМЕР ТЕЛЕФОНА*",
      "ДАЛЕЕ",
      "Назад ко входу",
      "Шаг 1 из 3",
    ]) {
      expect(words).to.contain(expected)
    }
    await click(recovery, "next")
    expect(recovery.shadowRoot?.getElementById("phone-error")?.textContent).to.equal(
      Messages.format("ru", "field.required"),
    )
    expect(page.requests).to.deep.equal([])
    await expect(recovery).to.be.accessible()
    await expectNamesEqualLabels(recovery)
  })

  it("step 2 refuses a resend for 60 seconds with a visible countdown, then sends a new code", async () => {
    const { recovery, page, advance } = await mount()
    await toCodeStep(recovery)
    expect(text(recovery)).to.contain("Введите SMS код отправленный на ваш номер")
    expect(text(recovery)).to.contain("SMS код успешно выслан")
    expect(text(recovery)).to.contain("Шаг 2 из 3")
    expect(deepActiveElement()).to.equal(input(recovery, "code"))

    const resend = inShadow<HTMLButtonElement>(recovery, "#resend")
    expect(resend.textContent?.trim()).to.equal("Отправить код на телефон")
    expect(resend.getAttribute("aria-disabled")).to.equal("true")
    expect(inShadow(recovery, "#resend-reason").textContent).to.equal(
      Messages.format("ru", "rule.recovery.resendCooldown", { seconds: 60 }),
    )
    await advance(18_000)
    expect(inShadow(recovery, "#resend-reason").textContent).to.equal("Отправить код повторно можно через 42 секунды.")
    resend.click()
    await nextFrame()
    expect(page.sent("/resend")).to.deep.equal([])
    expect(lastAnnouncement("assertive")).to.contain("42 секунды")

    await advance(42_000)
    expect(resend.hasAttribute("aria-disabled")).to.equal(false)
    expect(recovery.shadowRoot?.getElementById("resend-reason")).to.equal(null)
    resend.click()
    await waitUntil(() => page.sent("/resend").length === 1, "resend sent")
    await waitUntil(() => resend.getAttribute("aria-disabled") === "true", "countdown again")
    await expect(recovery).to.be.accessible()
    await expectNamesEqualLabels(recovery)
  })

  it("step 2 says when a code is wrong and keeps it", async () => {
    const { recovery, smsCode } = await mount()
    await toCodeStep(recovery)
    const wrong = wrongCode(smsCode())
    await setValue(recovery, "code", wrong)
    await click(recovery, "next")
    await waitUntil(() => recovery.shadowRoot?.getElementById("code-error") !== null, "code error")
    expect(recovery.shadowRoot?.getElementById("code-error")?.textContent).to.equal(
      Messages.format("ru", "smsCode.invalid"),
    )
    expect(input(recovery, "code").value).to.equal(wrong)
    expect(recovery.step).to.equal("code")
  })

  it("after five wrong codes keeps «ДАЛЕЕ» and «ОТМЕНА» on one line, the refusal under them, and no «SMS код успешно выслан»", async () => {
    const { recovery, page, smsCode } = await mount()
    await toCodeStep(recovery)
    const wrong = wrongCode(smsCode())
    for (let attempt = 1; attempt <= 5; attempt++) {
      await setValue(recovery, "code", wrong)
      await click(recovery, "next")
      await waitUntil(() => page.sent("/verify").length === attempt, `try ${attempt}`)
      await waitUntil(() => recovery.shadowRoot?.getElementById("code-error") !== null, "code error")
      expect(text(recovery)).not.to.contain("SMS код успешно выслан")
    }
    const next = inShadow<HTMLButtonElement>(recovery, "#next")
    const cancel = inShadow<HTMLButtonElement>(recovery, "#cancel")
    await waitUntil(() => next.dataset.rule === "recovery.tooManyTries", "refused")
    expect(next.textContent?.trim()).to.equal("ДАЛЕЕ")
    expect(cancel.textContent?.trim()).to.equal("ОТМЕНА")
    expect(next.getBoundingClientRect().top).to.equal(cancel.getBoundingClientRect().top)
    const reason = inShadow(recovery, "#next-reason").getBoundingClientRect()
    expect(reason.top).to.be.at.least(cancel.getBoundingClientRect().bottom)
    expect(recovery.shadowRoot?.querySelector("[part=notice]")).to.equal(null)
  })

  it("refuses «ДАЛЕЕ» once the code has expired (5 minutes), saying why", async () => {
    const { recovery, page, advance, smsCode } = await mount()
    await toCodeStep(recovery)
    await advance(5 * 60_000)
    const next = inShadow<HTMLButtonElement>(recovery, "#next")
    expect(next.getAttribute("aria-disabled")).to.equal("true")
    expect(next.dataset.rule).to.equal("recovery.codeExpired")
    await setValue(recovery, "code", smsCode())
    await click(recovery, "next")
    expect(page.sent("/verify")).to.deep.equal([])
  })

  it("goes through all three steps with the keyboard alone and ends signed in", async () => {
    const { recovery, provider, page, smsCode } = await mount()
    await tabTo(input(recovery, "phone"))
    await typeText("8 (701) 001-62-18")
    await press("Enter")
    await waitUntil(() => recovery.step === "code", "step 2")
    await recovery.updateComplete
    expect(deepActiveElement()).to.equal(input(recovery, "code"))
    await typeText(smsCode())
    await press("Enter")
    await waitUntil(() => recovery.step === "password", "step 3")
    await recovery.updateComplete
    expect(text(recovery)).to.contain("Вам необходимо изменить пароль, чтобы активировать Вашу учетную запись.")
    expect(deepActiveElement()).to.equal(input(recovery, "new-password"))
    expect(input(recovery, "new-password").autocomplete).to.equal("new-password")

    // The policy is shown as the admin types.
    await typeText("short")
    const minimum = inShadow(recovery, "[part=policy] li")
    expect(minimum.className).to.equal("unmet")
    expect(minimum.textContent).to.contain(Messages.format("ru", "rule.password.tooShort", { min: 15 }))
    await press("Control+KeyA")
    await typeText(newPassword)
    expect(inShadow(recovery, "[part=policy] li").className).to.equal("met")

    await tabTo(input(recovery, "confirmation"))
    await typeText("something else entirely")
    expect(text(recovery)).to.contain(Messages.format("ru", "rule.password.confirmationMismatch"))
    await press("Control+KeyA")
    await typeText(newPassword)
    const signedIn = oneEvent(recovery, "kab-signed-in")
    await press("Enter")
    const event = await signedIn
    expect(event.detail.session.admin.phone).to.equal(newAdminPhone)
    expect(provider.store.session?.admin.activated).to.equal(true)
    expect(page.operator.state.admins.get(newAdminPhone)?.password).to.equal(newPassword)
    await expect(recovery).to.be.accessible()
    await expectNamesEqualLabels(recovery)
  })

  it("refuses a common password with the core's reason, without asking the operator", async () => {
    const { recovery, page, smsCode } = await mount()
    await toCodeStep(recovery)
    await setValue(recovery, "code", smsCode())
    await click(recovery, "next")
    await waitUntil(() => recovery.step === "password", "step 3")
    await recovery.updateComplete
    await setValue(recovery, "new-password", "qwertyuiopasdfgh")
    await setValue(recovery, "confirmation", "qwertyuiopasdfgh")
    await click(recovery, "confirm")
    expect(recovery.shadowRoot?.getElementById("new-password-error")?.textContent).to.equal(
      Messages.format("ru", "rule.password.common"),
    )
    expect(page.sent("/complete")).to.deep.equal([])
  })

  it("shows an outage with the manual's advice and keeps the phone", async () => {
    const { recovery, page } = await mount()
    page.operator.addFaults({ endpoint: "*", kind: "error", status: 503 })
    await setValue(recovery, "phone", newAdminPhone)
    await click(recovery, "next")
    await waitUntil(() => recovery.shadowRoot?.querySelector("kab-operator-error"), "the error")
    const alert = recovery.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent ?? ""
    expect(alert).to.contain("«Восстановление пароля»")
    expect(alert).to.contain("Подождите 2–3 минуты")
    expect(input(recovery, "phone").value).to.equal(newAdminPhone)
  })

  it("goes back to the sign-in form with «← Назад ко входу»", async () => {
    const { recovery } = await mount()
    await setValue(recovery, "phone", newAdminPhone)
    const requested = oneEvent(recovery, "kab-login-request")
    await click(recovery, "back")
    expect((await requested).detail.phone).to.equal(newAdminPhone)
  })

  it("switches language at run time: ru → kk → en", async () => {
    const { recovery, provider } = await mount()
    await toCodeStep(recovery)
    provider.lang = "kk"
    await nextFrame()
    expect(inShadow(recovery, "label[for=code]").textContent).to.equal(kk["recovery.code.label"])
    expect(inShadow(recovery, "#resend").textContent?.trim()).to.equal(kk["recovery.resend"])
    expect(inShadow(recovery, "#resend-reason").textContent).to.contain("60")
    provider.lang = "en"
    await nextFrame()
    expect(inShadow(recovery, "#resend").textContent?.trim()).to.equal(en["recovery.resend"])
    expect(inShadow(recovery, "h2").textContent).to.equal("Password recovery")
    await expectNamesEqualLabels(recovery)
  })

  it("fits a 375-px-wide screen without horizontal scrolling", async () => {
    const { recovery } = await mount()
    await toCodeStep(recovery)
    await expectFitsPhone(recovery)
  })
})
