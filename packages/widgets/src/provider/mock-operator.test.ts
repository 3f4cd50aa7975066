/**
 * The access widgets against the mock operator (the seeded operator of the stories), end to end:
 * the core's client and programs, the contract's JSON, the operator's own rules and outbox.
 */
import { Messages } from "@kabinet/core"
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html, nextFrame, oneEvent } from "@open-wc/testing"
import { inShadow, waitUntil } from "../../test/helpers.js"
import "../admin-profile/admin-profile.js"
import type { KabAdminProfile } from "../admin-profile/admin-profile.js"
import "../company-switcher/company-switcher.js"
import type { KabCompanySwitcher } from "../company-switcher/company-switcher.js"
import "../login/login.js"
import type { KabLogin } from "../login/login.js"
import "../password-recovery/password-recovery.js"
import type { KabPasswordRecovery } from "../password-recovery/password-recovery.js"
import "./provider.js"
import type { KabProvider } from "./provider.js"

const demoPassword = "kabinet-demo"

let operator: MockOperator
const escaped: Array<string> = []
const onRejection = (event: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(event.reason)}`)
const onError = (event: ErrorEvent) => escaped.push(`uncaught: ${event.message}`)

const mount = async <T extends HTMLElement>(tag: string) => {
  let offset = 0
  const now = () => Date.now() + offset
  operator = makeMockOperator({ seed: 1, fleetSize: 50, timeScale: 0.001, now })
  const provider = await fixture<KabProvider>(html`<kab-provider lang="ru"></kab-provider>`)
  provider.store.configure({
    apiBase: operator.baseUrl,
    fetch: (input, init) => operator.handle(new Request(input, init)),
    now,
  })
  provider.innerHTML = `<kab-company-switcher></kab-company-switcher><${tag}></${tag}>`
  const element = provider.querySelector(tag) as T
  await nextFrame()
  return {
    provider,
    element,
    switcher: provider.querySelector("kab-company-switcher") as KabCompanySwitcher,
    advance: (millis: number) => {
      offset += millis
    },
  }
}

const type = async (host: HTMLElement & { updateComplete: Promise<boolean> }, id: string, value: string) => {
  const input = inShadow<HTMLInputElement>(host, `#${id}`)
  input.value = value
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await host.updateComplete
}

const press = async (host: HTMLElement, id: string) => {
  inShadow<HTMLButtonElement>(host, `#${id}`).click()
  await nextFrame()
}

const alertOf = (host: HTMLElement) =>
  host.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.querySelector("[role=alert]")?.textContent ?? ""

describe("the access widgets on the mock operator", () => {
  beforeEach(() => {
    escaped.length = 0
    window.addEventListener("unhandledrejection", onRejection)
    window.addEventListener("error", onError)
  })

  afterEach(async () => {
    window.removeEventListener("unhandledrejection", onRejection)
    window.removeEventListener("error", onError)
    await operator?.dispose()
    // No failure ever escapes a widget: each one went to the error channel and was shown.
    expect(escaped).to.deep.equal([])
  })

  it("signs the demo admin in, lists the companies and follows a rename", async () => {
    const { element: login, switcher, provider } = await mount<KabLogin>("kab-login")
    await type(login, "phone", "77012111249")
    await type(login, "password", demoPassword)
    const signedIn = oneEvent(login, "kab-signed-in")
    await press(login, "submit")
    expect((await signedIn).detail.session.admin.phone).to.equal("77012111249")
    await waitUntil(() => switcher.shadowRoot?.querySelector("select"), "the companies", { timeout: 3000 })
    const options = [...(switcher.shadowRoot?.querySelectorAll("option") ?? [])]
    expect(options.length).to.equal(3)

    provider.insertAdjacentHTML("beforeend", "<kab-admin-profile tab='companies'></kab-admin-profile>")
    const profile = provider.querySelector("kab-admin-profile") as KabAdminProfile
    await waitUntil(() => profile.shadowRoot?.querySelector("#short-name-0"), "the profile's companies")
    await type(profile, "short-name-0", "Главный офис")
    await press(profile, "short-name-0-submit")
    await waitUntil(
      () =>
        [...(switcher.shadowRoot?.querySelectorAll("option") ?? [])].some(
          (o) => o.textContent?.trim() === "Главный офис",
        ),
      "the new short name in the drop-down",
      { timeout: 3000 },
    )
  })

  it("answers a wrong password generically and, after five, refuses with the lock", async () => {
    const { element: login } = await mount<KabLogin>("kab-login")
    await type(login, "phone", "77012111249")
    await type(login, "password", "not the password")
    await press(login, "submit")
    await waitUntil(() => alertOf(login) !== "", "the error")
    expect(alertOf(login)).to.contain(Messages.format("ru", "error.invalidCredentials"))
    // Five failures lock the login; the sixth attempt is refused with the time left.
    for (let attempt = 1; attempt < 6; attempt++) {
      await waitUntil(() => login.shadowRoot?.querySelector("#submit .spinner") === null)
      await press(login, "submit")
    }
    await waitUntil(() => inShadow(login, "#submit").getAttribute("data-rule") === "login.locked", "the lock", {
      timeout: 3000,
    })
    expect(inShadow(login, "#submit-reason").textContent).to.contain("Вход временно заблокирован")
  })

  it("activates a new admin through recovery, reading the code the operator texted", async () => {
    const { element: recovery } = await mount<KabPasswordRecovery>("kab-password-recovery")
    await type(recovery, "phone", "77010016218")
    await press(recovery, "next")
    await waitUntil(() => recovery.step === "code", "step 2", { timeout: 3000 })
    const code = operator.lastSmsCode("77010016218")
    expect(code).to.match(/^\d{6}$/u)
    await recovery.updateComplete
    await type(recovery, "code", code ?? "")
    await press(recovery, "next")
    await waitUntil(() => recovery.step === "password", "step 3", { timeout: 3000 })
    await recovery.updateComplete
    const password = "ночной поезд до Туркестана"
    await type(recovery, "new-password", password)
    await type(recovery, "confirmation", password)
    const signedIn = oneEvent(recovery, "kab-signed-in")
    await press(recovery, "confirm")
    expect((await signedIn).detail.session.admin.activated).to.equal(true)
  })

  it("shows the manual's advice when the operator is down", async () => {
    const { element: login } = await mount<KabLogin>("kab-login")
    operator.addFaults({ endpoint: "*", kind: "error", status: 503 })
    await type(login, "phone", "77012111249")
    await type(login, "password", demoPassword)
    await press(login, "submit")
    await waitUntil(() => alertOf(login) !== "", "the error", { timeout: 3000 })
    expect(alertOf(login)).to.contain("Подождите 2–3 минуты")
    expect(alertOf(login)).to.contain("«Вход в Kcell Business ID»")
  })
})
