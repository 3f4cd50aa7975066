import { Messages } from "@kabinet/core"
import { Seed } from "@kabinet/mock-operator"
import type { MockOperator } from "@kabinet/mock-operator/browser"
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
import { inPage, mockOperator, nameCompanyElsewhere } from "../../test/in-page-operator.js"
import { demoPassword, demoPhone } from "../../test/session.js"
import "../company-switcher/company-switcher.js"
import type { KabCompanySwitcher } from "../company-switcher/company-switcher.js"
import { en, kk } from "../i18n/catalog/index.js"
import "./admin-profile.js"
import type { KabAdminProfile } from "./admin-profile.js"

const newPassword = "зелёный чайник на подоконнике"

let operator: MockOperator | undefined

afterEach(async () => {
  await operator?.dispose()
  operator = undefined
})

/** The profile and the company drop-down on a fresh mock operator, `prepare`d first, the manual's admin signed in. */
const mount = async (options: { signedIn?: boolean; prepare?: (operator: MockOperator) => Promise<unknown> } = {}) => {
  operator = mockOperator()
  await options.prepare?.(operator)
  const page = await inPage(
    html`
      <kab-company-switcher></kab-company-switcher>
      <kab-admin-profile></kab-admin-profile>
    `,
    { operator, signedIn: options.signedIn !== false },
  )
  const { provider } = page
  const profile = provider.querySelector("kab-admin-profile") as KabAdminProfile
  const switcher = provider.querySelector("kab-company-switcher") as KabCompanySwitcher
  await profile.updateComplete
  return { provider, profile, switcher, operator }
}

/** The demo admin's account as the operator has it now. */
const account = (operator: MockOperator) => operator.state.admins.get(demoPhone)

const input = (el: KabAdminProfile, id: string) => inShadow<HTMLInputElement>(el, `#${id}`)

const setValue = async (el: KabAdminProfile, id: string, value: string) => {
  const field = input(el, id)
  field.value = value
  field.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await el.updateComplete
}

const click = async (el: KabAdminProfile, id: string) => {
  inShadow<HTMLButtonElement>(el, `#${id}`).click()
  await nextFrame()
}

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/gu, " ") ?? ""

describe("kab-admin-profile", () => {
  it("asks to sign in when there is no session", async () => {
    const { profile } = await mount({ signedIn: false })
    expect(text(profile)).to.contain(Messages.format("ru", "error.unauthorized"))
  })

  it("shows «Мой профиль» in the manual's words", async () => {
    const { profile } = await mount()
    const tabs = profile.shadowRoot?.querySelectorAll("[role=tab]") ?? []
    expect([...tabs].map((tab) => tab.textContent?.trim())).to.deep.equal(["Мой профиль", "Мои компании"])
    const headings = [...(profile.shadowRoot?.querySelectorAll("h3") ?? [])]
    expect(headings.map((h) => h.textContent)).to.deep.equal(["Смена e-mail", "Смена пароля"])
    // The manual prints them in capitals.
    expect(getComputedStyle(headings[0] as Element).textTransform).to.equal("uppercase")
    for (const words of ["EMAIL*", "ВАШ ПАРОЛЬ", "Изменить", "ВАШ НОВЫЙ ПАРОЛЬ", "Сохранить"]) {
      expect(text(profile)).to.contain(words)
    }
    expect(input(profile, "email").value).to.equal(Seed.Admins.demo.email)
    expect(input(profile, "email-password").autocomplete).to.equal("current-password")
    expect(input(profile, "new-password").autocomplete).to.equal("new-password")
    await expect(profile).to.be.accessible()
    await expectNamesEqualLabels(profile)
  })

  it("moves between the tabs with the arrow keys", async () => {
    const { profile } = await mount()
    const first = inShadow(profile, "#tab-profile")
    await tabTo(first)
    await press("ArrowRight")
    await profile.updateComplete
    expect(profile.tab).to.equal("companies")
    expect(deepActiveElement()).to.equal(inShadow(profile, "#tab-companies"))
    expect(inShadow(profile, "#tab-companies").getAttribute("aria-selected")).to.equal("true")
    expect(inShadow(profile, "[role=tabpanel]").getAttribute("aria-labelledby")).to.equal("tab-companies")
    await press("Home")
    await profile.updateComplete
    expect(profile.tab).to.equal("profile")
    await press("End")
    await profile.updateComplete
    expect(profile.tab).to.equal("companies")
  })

  it("changes the e-mail, checking it and the current password with the core's rules", async () => {
    const { profile, provider, operator } = await mount()
    await setValue(profile, "email", "not an address")
    await click(profile, "email-submit")
    expect(profile.shadowRoot?.getElementById("email-error")?.textContent).to.be.a("string").and.not.equal("")
    expect(profile.shadowRoot?.getElementById("email-password-error")?.textContent).to.equal(
      Messages.format("ru", "rule.profile.currentPassword.required"),
    )
    expect(deepActiveElement()).to.equal(input(profile, "email"))

    await setValue(profile, "email", "dana@kabinet.kz")
    await setValue(profile, "email-password", demoPassword)
    const changed = oneEvent(profile, "kab-email-changed")
    await click(profile, "email-submit")
    expect((await changed).detail.email).to.equal("dana@kabinet.kz")
    expect(provider.store.session?.admin.email).to.equal("dana@kabinet.kz")
    expect(account(operator)?.email).to.equal("dana@kabinet.kz")
    await profile.updateComplete
    expect(text(profile)).to.contain("E-mail изменен.")
    expect(input(profile, "email-password").value).to.equal("")
  })

  it("says when the current password is wrong, keeping the new e-mail", async () => {
    const { profile, operator } = await mount()
    await setValue(profile, "email", "dana@kabinet.kz")
    await setValue(profile, "email-password", "not my password")
    await click(profile, "email-submit")
    await waitUntil(() => profile.shadowRoot?.querySelector("kab-operator-error"), "the error")
    const alert = profile.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent ?? ""
    expect(alert).to.contain("Неверный текущий пароль.")
    expect(alert).to.contain(Messages.format("ru", "rule.profile.currentPassword.wrong"))
    expect(alert).not.to.contain(Messages.format("ru", "error.invalidCredentials"))
    expect(input(profile, "email").value).to.equal("dana@kabinet.kz")
    expect(account(operator)?.email).to.equal(Seed.Admins.demo.email)
  })

  it("says when the current password is wrong on a password change, and keeps the old one", async () => {
    const { profile, operator } = await mount()
    await setValue(profile, "current-password", "not my password")
    await setValue(profile, "new-password", newPassword)
    await setValue(profile, "repeat-password", newPassword)
    await click(profile, "password-submit")
    await waitUntil(() => profile.shadowRoot?.querySelector("kab-operator-error"), "the error")
    const alert = profile.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent ?? ""
    expect(alert).to.contain("Неверный текущий пароль.")
    expect(account(operator)?.password).to.equal(demoPassword)
  })

  it("changes the password by keyboard, with the policy shown as it is typed", async () => {
    const { profile, operator } = await mount()
    await tabTo(input(profile, "current-password"))
    await typeText(demoPassword)
    await tabTo(input(profile, "new-password"))
    await typeText(demoPassword)
    expect(text(profile)).to.contain(Messages.format("ru", "rule.password.sameAsCurrent"))
    await press("Control+KeyA")
    await typeText(newPassword)
    expect(text(profile)).not.to.contain(Messages.format("ru", "rule.password.sameAsCurrent"))
    await tabTo(input(profile, "repeat-password"))
    await typeText(newPassword)
    const changed = oneEvent(profile, "kab-password-changed")
    await press("Enter")
    await changed
    expect(account(operator)?.password).to.equal(newPassword)
    await profile.updateComplete
    expect(text(profile)).to.contain("Пароль изменен.")
    expect(input(profile, "new-password").value).to.equal("")
  })

  it("gives a company a short name that the company drop-down shows at once", async () => {
    // The admin named «TOO Кабинет» «Кабинет» earlier, elsewhere; the operator keeps it for them.
    const { profile, switcher, operator } = await mount({
      prepare: (operator) => nameCompanyElsewhere(operator, Seed.Companies.kabinet, "Кабинет"),
    })
    profile.tab = "companies"
    await waitUntil(() => profile.shadowRoot?.querySelector("#short-name-2"), "the companies")
    expect(text(profile)).to.contain("Для удобства использования Кабинета в дальнейшем")
    expect(text(profile)).to.contain("БИН")
    expect(text(profile)).to.contain("800800800800")
    expect(text(profile)).to.contain('АО "Времени мало"')
    expect(text(profile)).to.contain("СОКРАЩЕННОЕ НАЗВАНИЕ КОМПАНИИ")
    expect(input(profile, "short-name-0").value).to.equal("Кабинет")
    expect(input(profile, "short-name-2").value).to.equal("")
    await expect(profile).to.be.accessible()
    await expectNamesEqualLabels(profile)

    await setValue(profile, "short-name-2", "Времени мало")
    const renamed = oneEvent(profile, "kab-company-renamed")
    await click(profile, "short-name-2-submit")
    expect((await renamed).detail.company.shortName).to.equal("Времени мало")
    await switcher.updateComplete
    const options = [...(switcher.shadowRoot?.querySelectorAll("option") ?? [])].map((o) => o.textContent?.trim())
    expect(options).to.deep.equal(["Кабинет", "Филиал TOO Кабинет", "Времени мало"])
    expect(account(operator)?.shortNames.get(Seed.Companies.vremeniMalo.id)).to.equal("Времени мало")
    await profile.updateComplete
    expect(text(profile)).to.contain("Название сохранено.")

    // An empty name brings the full name back.
    await setValue(profile, "short-name-0", "")
    await click(profile, "short-name-0-submit")
    await waitUntil(
      () => switcher.shadowRoot?.querySelectorAll("option")[0]?.textContent?.trim() === "TOO Кабинет",
      "full name again",
    )
    expect(account(operator)?.shortNames.has(Seed.Companies.kabinet.id)).to.equal(false)
  })

  it("keeps an unsaved invalid short name and its error while another company is saved", async () => {
    const { profile } = await mount()
    profile.tab = "companies"
    await waitUntil(() => profile.shadowRoot?.querySelector("#short-name-1"), "the companies")
    const tooLong = "Ә".repeat(65)
    const tooLongError = Messages.format("ru", "rule.profile.shortName.tooLong", { max: 64 })
    await setValue(profile, "short-name-0", tooLong)
    await click(profile, "short-name-0-submit")
    await waitUntil(() => profile.shadowRoot?.getElementById("short-name-0-error"), "the error")
    expect(profile.shadowRoot?.getElementById("short-name-0-error")?.textContent).to.equal(tooLongError)

    await setValue(profile, "short-name-1", "Кабинет-2")
    const renamed = oneEvent(profile, "kab-company-renamed")
    await click(profile, "short-name-1-submit")
    expect((await renamed).detail.company.shortName).to.equal("Кабинет-2")
    await profile.updateComplete
    const first = [...(profile.shadowRoot?.querySelectorAll<HTMLInputElement>("input[name=short-name]") ?? [])].find(
      (each) => each.value === tooLong,
    )
    expect(first, "the unsaved name is kept").not.to.equal(undefined)
    expect(profile.shadowRoot?.getElementById(`${first?.id}-error`)?.textContent).to.equal(tooLongError)
  })

  it("switches language at run time: ru → kk → en", async () => {
    const { profile, provider } = await mount()
    provider.lang = "kk"
    await nextFrame()
    expect(inShadow(profile, "#tab-profile").textContent?.trim()).to.equal(kk["profile.tab.profile"])
    expect(inShadow(profile, "label[for=new-password]").textContent).to.equal(kk["profile.password.new"])
    provider.lang = "en"
    await nextFrame()
    expect(inShadow(profile, "#tab-companies").textContent?.trim()).to.equal(en["profile.tab.companies"])
    expect(inShadow(profile, "h3").textContent).to.equal("Change e-mail")
    await expectNamesEqualLabels(profile)
  })

  it("fits a 375-px-wide screen without horizontal scrolling, on both tabs", async () => {
    const { profile } = await mount()
    await click(profile, "password-submit")
    await expectFitsPhone(profile)
    profile.tab = "companies"
    await waitUntil(() => profile.shadowRoot?.querySelector("#short-name-0"), "the companies")
    await expectFitsPhone(profile)
  })
})
