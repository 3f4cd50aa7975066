import { Calendar, Messages } from "@kabinet/core"
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
import { type InPage, inPage } from "../../test/in-page-operator.js"
import { demoPassword, demoPhone, newAdminPhone } from "../../test/session.js"
import { en, kk } from "../i18n/catalog/index.js"
import "./login.js"
import type { KabLogin } from "./login.js"

const pages: Array<InPage> = []

afterEach(async () => {
  for (const page of pages.splice(0)) await page.dispose()
})

/**
 * The form, signed out, on a fresh mock operator or on `operator` (an earlier page's, as after a
 * reload); `now` is the page's clock, and that of an operator made here.
 */
const mount = async (options: { readonly operator?: MockOperator; readonly now?: () => number } = {}) => {
  const page = await inPage(html`<kab-login></kab-login>`, { signedIn: false, ...options })
  pages.push(page)
  const login = page.provider.querySelector("kab-login") as KabLogin
  await login.updateComplete
  return { provider: page.provider, login, page, operator: page.operator }
}

const input = (login: KabLogin, id: string) => inShadow<HTMLInputElement>(login, `#${id}`)

const fill = async (login: KabLogin, phone: string, password: string) => {
  for (const [id, value] of [
    ["phone", phone],
    ["password", password],
  ] as const) {
    const field = input(login, id)
    field.value = value
    field.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  }
  await login.updateComplete
}

const submit = async (login: KabLogin) => {
  inShadow<HTMLButtonElement>(login, "#submit").click()
  await nextFrame()
}

/** Submits `times` times, each time waiting for the operator's answer to be shown. */
const submitTimes = async (login: KabLogin, page: InPage, times: number) => {
  for (let attempt = 0; attempt < times; attempt++) {
    await submit(login)
    await waitUntil(() => page.requests.length === attempt + 1)
    await waitUntil(() => login.shadowRoot?.querySelector("#submit .spinner") === null)
  }
}

const errorOf = (login: KabLogin, id: string) => login.shadowRoot?.getElementById(`${id}-error`)?.textContent ?? ""

const alertText = async (login: KabLogin) => {
  await waitUntil(() =>
    login.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.querySelector("[role=alert]"),
  )
  return login.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent?.replace(/\s+/gu, " ") ?? ""
}

describe("kab-login", () => {
  it("shows the manual's form, word for word", async () => {
    const { login } = await mount()
    const text = login.shadowRoot?.textContent?.replace(/\s+/gu, " ") ?? ""
    expect(inShadow(login, "h2").textContent).to.equal("Вход в Kcell Business ID")
    for (const words of [
      "НОМЕР ТЕЛЕФОНА*",
      "* Номер телефона в формате 77012223344",
      "ВАШ ПАРОЛЬ",
      "Забыли пароль?",
      "ВОЙТИ",
      "РУССКИЙ",
    ]) {
      expect(text).to.contain(words)
    }
    await expect(login).to.be.accessible()
    await expectNamesEqualLabels(login)
  })

  it("keeps paste and password managers working", async () => {
    const { login } = await mount()
    const phone = input(login, "phone")
    const password = input(login, "password")
    expect(phone.autocomplete).to.equal("username")
    expect(phone.type).to.equal("tel")
    expect(password.autocomplete).to.equal("current-password")
    expect(password.type).to.equal("password")
    expect(password.closest("form")).to.not.equal(null)
    const paste = new ClipboardEvent("paste", { bubbles: true, cancelable: true, composed: true })
    password.dispatchEvent(paste)
    expect(paste.defaultPrevented).to.equal(false)
    expect(password.hasAttribute("maxlength")).to.equal(false)
  })

  it("checks the phone with the core's rule, in the admin's language, and keeps what was typed", async () => {
    const { login, page } = await mount()
    await submit(login)
    expect(errorOf(login, "phone")).to.equal(Messages.format("ru", "field.required"))
    expect(errorOf(login, "password")).to.equal(Messages.format("ru", "field.required"))
    expect(deepActiveElement()).to.equal(input(login, "phone"))
    await fill(login, "7701 05", "x")
    await submit(login)
    expect(errorOf(login, "phone")).to.equal(Messages.format("ru", "msisdn.length"))
    expect(input(login, "phone").value).to.equal("7701 05")
    expect(input(login, "phone").getAttribute("aria-invalid")).to.equal("true")
    expect(input(login, "phone").getAttribute("aria-describedby")).to.contain("phone-error")
    expect(page.requests).to.deep.equal([])
  })

  it("signs in with the keyboard alone and shares the session", async () => {
    const { login, provider, operator } = await mount()
    await tabTo(input(login, "phone"))
    await typeText("8 701 211 12 49")
    await tabTo(input(login, "password"))
    await typeText(demoPassword)
    const signedIn = oneEvent(login, "kab-signed-in")
    await press("Enter")
    const event = await signedIn
    expect(event.detail.session.admin.phone).to.equal(demoPhone)
    expect(event.bubbles && event.composed).to.equal(true)
    expect(provider.store.session?.admin.fullName).to.equal(operator.state.admins.get(demoPhone)?.fullName)
  })

  it("answers wrong credentials with the operator's one generic message", async () => {
    const { login } = await mount()
    await fill(login, demoPhone, "wrong password")
    await submit(login)
    const text = await alertText(login)
    expect(text).to.contain(Messages.format("ru", "error.invalidCredentials"))
    expect(text).to.contain(Messages.format("ru", "advice.checkCredentials"))
    expect(inShadow(login, "[part=attempts]").textContent).to.equal(
      "Осталось 4 попытки, затем вход будет заблокирован на 15 минут.",
    )
    expect(input(login, "phone").value).to.equal(demoPhone)
    await expect(login).to.be.accessible()
  })

  it("sends a never-activated account to «Забыли пароль?» without telling that it exists", async () => {
    const { login } = await mount()
    await fill(login, newAdminPhone, "anything at all")
    await submit(login)
    const text = await alertText(login)
    expect(text).to.contain(Messages.format("ru", "error.invalidCredentials"))
    expect(text).to.contain("Первый вход необходимо осуществить через функцию «Забыли пароль?»")
  })

  it("after five failures says how long the lock lasts and refuses «ВОЙТИ» meanwhile", async () => {
    const { login, page } = await mount()
    await fill(login, demoPhone, "wrong password")
    await submitTimes(login, page, 5)
    const button = inShadow<HTMLButtonElement>(login, "#submit")
    await waitUntil(() => button.getAttribute("aria-disabled") === "true")
    expect(button.dataset.rule).to.equal("login.locked")
    const reason = inShadow(login, "#submit-reason").textContent ?? ""
    expect(reason).to.match(/Вход временно заблокирован после 5 неудачных попыток\. Попробуйте снова через 15 минут/u)
    // The lock is not shown twice: the reason under «ВОЙТИ» replaces the error.
    expect(login.shadowRoot?.querySelector("kab-operator-error")).to.equal(null)
    expect(button.getAttribute("aria-describedby")).to.equal("submit-reason")
    // Focusable, and pressing it sends nothing.
    button.focus()
    await press("Enter")
    expect(page.requests.length).to.equal(5)
    await expect(login).to.be.accessible()
  })

  it("on the fifth wrong password says the login is locked and until when, in Almaty time", async () => {
    // A clock that stands still: the lock ends exactly 15 minutes after the fifth failure.
    const now = Date.now()
    const { login, page } = await mount({ now: () => now })
    await fill(login, demoPhone, "wrong password")
    await submitTimes(login, page, 5)
    const button = inShadow<HTMLButtonElement>(login, "#submit")
    await waitUntil(() => button.getAttribute("aria-disabled") === "true")
    const text = login.shadowRoot?.textContent?.replace(/\s+/gu, " ") ?? ""
    expect(text).not.to.contain("Осталось 0")
    expect(login.shadowRoot?.querySelector("[part=attempts]")).to.equal(null)
    const reason = inShadow(login, "#submit-reason").textContent ?? ""
    expect(reason).to.contain("Вход временно заблокирован после 5 неудачных попыток")
    expect(reason).to.contain(`(в ${Calendar.timeOf(now + 15 * 60_000)})`)
    expect(reason).to.contain("Время указано по Алматы.")
    expect(page.requests.length).to.equal(5)
  })

  it("gives the first-sign-in hint once, also under wrong credentials", async () => {
    const { login } = await mount()
    const hints = () => {
      const own = login.shadowRoot?.textContent ?? ""
      const error = login.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent ?? ""
      return `${own} ${error}`.split("«Забыли пароль").length - 1
    }
    expect(hints()).to.equal(1)
    await fill(login, demoPhone, "wrong password")
    await submit(login)
    await alertText(login)
    expect(hints()).to.equal(1)
  })

  it("counts the attempts left down to the last one", async () => {
    const { login, page } = await mount()
    await fill(login, demoPhone, "wrong password")
    await submitTimes(login, page, 4)
    await waitUntil(() => login.shadowRoot?.querySelector("[part=attempts]")?.textContent?.includes("1 попытка"))
    expect(inShadow(login, "[part=attempts]").textContent).to.equal(
      Messages.formatMessage("ru", {
        key: "error.invalidCredentials.attemptsLeft",
        params: { attempts: 1, minutes: 15 },
      }),
    )
  })

  it("shows the lock's exact end as the operator sent it", async () => {
    // The operator's clock is 5 minutes behind the page's: its lock ends 10 minutes from now, not 15.
    const now = Date.now()
    const { login: first, page: before, operator } = await mount({ now: () => now })
    operator.clock.advance(-5 * 60_000)
    const lockedUntil = now + 10 * 60_000
    await fill(first, demoPhone, "wrong password")
    await submitTimes(first, before, 5)
    // A fresh form (the page reloaded) learns the lock from the operator's refusal.
    const { login, page } = await mount({ operator, now: () => now })
    await fill(login, demoPhone, "wrong password")
    await submit(login)
    await waitUntil(() => page.requests.length === 1)
    await waitUntil(() => login.shadowRoot?.querySelector("#submit-reason") !== null)
    const reason = inShadow(login, "#submit-reason").textContent ?? ""
    expect(reason).to.contain("Попробуйте снова через 10 минут")
    expect(reason).to.contain(`(в ${Calendar.timeOf(lockedUntil)})`)
    expect(login.shadowRoot?.querySelector("[part=attempts]")).to.equal(null)
  })

  it("shows an outage with the manual's advice naming the operation", async () => {
    const { login, operator } = await mount()
    operator.addFaults({ endpoint: "*", kind: "error", status: 503 })
    await fill(login, demoPhone, demoPassword)
    await submit(login)
    const text = await alertText(login)
    expect(text).to.contain(Messages.format("ru", "error.operatorUnavailable"))
    expect(text).to.contain("«Вход в Kcell Business ID»")
    expect(text).to.contain("Подождите 2–3 минуты")
  })

  it("asks for recovery with «Забыли пароль?», passing the typed phone", async () => {
    const { login } = await mount()
    await fill(login, newAdminPhone, "")
    const requested = oneEvent(login, "kab-recovery-request")
    inShadow<HTMLButtonElement>(login, "[part=forgot]").click()
    expect((await requested).detail.phone).to.equal(newAdminPhone)
  })

  it("switches language at run time: ru → kk → en", async () => {
    const { login, provider } = await mount()
    const select = inShadow<HTMLSelectElement>(login, "#language")
    select.value = "kk"
    select.dispatchEvent(new Event("change"))
    await nextFrame()
    expect(provider.lang).to.equal("kk")
    expect(inShadow(login, "label[for=phone]").textContent).to.equal(kk["login.phone.label"])
    expect(inShadow(login, "#submit").textContent?.trim()).to.equal(kk["login.submit"])
    expect(inShadow(login, "h2").textContent).to.equal(Messages.format("kk", "operation.signIn"))
    select.value = "en"
    select.dispatchEvent(new Event("change"))
    await nextFrame()
    expect(inShadow(login, "label[for=phone]").textContent).to.equal(en["login.phone.label"])
    expect(inShadow(login, "h2").textContent).to.equal("Sign in to Kcell Business ID")
    await expectNamesEqualLabels(login)
  })

  it("takes the configured operator's name and logo", async () => {
    const { login, provider } = await mount()
    provider.brand = { operator: "Acme", logo: { src: "data:image/gif;base64,R0lGODlhAQABAAAAACw=", alt: "Acme" } }
    await nextFrame()
    expect(inShadow(login, "h2").textContent).to.equal("Вход в Acme Business ID")
    expect(inShadow<HTMLImageElement>(login, "[part=logo] img").alt).to.equal("Acme")
  })

  it("fits a 375-px-wide screen without horizontal scrolling", async () => {
    const { login } = await mount()
    await fill(login, "7701", "")
    await submit(login)
    await expectFitsPhone(login)
  })
})
