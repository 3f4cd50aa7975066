import { Admin, Errors, Msisdn, type OperatorClient } from "@kabinet/core"
import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from "@open-wc/testing"
import { DateTime, Effect, Redacted } from "effect"
import { LitElement } from "lit"
import { inShadow } from "../../test/helpers.js"
import { KabinetController } from "../internal/controllers/kabinet-controller.js"
import { OperationController, type Outcome } from "../internal/controllers/operation-controller.js"
import "../login/login.js"
import { configure, defaultStore } from "../internal/store/defaults.js"
import type { KabLogin } from "../login/login.js"
import { KabProvider } from "./provider.js"

const session = {
  token: Redacted.make("sess_0123456789abcdef"),
  admin: new Admin.Admin({
    phone: Msisdn.make("77012111249"),
    fullName: "Akhmetova Dana",
    companyIds: [],
    activated: true,
  }),
  expiresAt: DateTime.makeUnsafe("2030-01-01T00:00:00Z"),
} as unknown as OperatorClient.Session

class TestWidget extends LitElement {
  readonly kabinet = new KabinetController(this)
  readonly operations = new OperationController(this, this.kabinet)
  override render() {
    return html`<p>${this.kabinet.store.apiBase}</p>`
  }
}
customElements.define("test-widget", TestWidget)

describe("kab-provider", () => {
  afterEach(() => configure({ apiBase: "", brand: {} }))

  it("shares its store with the widgets inside; others use the page's default", async () => {
    configure({ apiBase: "https://page.example" })
    const root = await fixture<HTMLElement>(html`<div>
      <kab-provider api-base="https://provider.example"><test-widget id="inside"></test-widget></kab-provider>
      <test-widget id="outside"></test-widget>
    </div>`)
    const provider = root.querySelector("kab-provider") as KabProvider
    const inside = root.querySelector("#inside") as TestWidget
    const outside = root.querySelector("#outside") as TestWidget
    await inside.updateComplete
    expect(inside.kabinet.store).to.equal(provider.store)
    expect(inside.shadowRoot?.textContent).to.equal("https://provider.example")
    expect(outside.kabinet.store).to.equal(defaultStore())
    expect(outside.shadowRoot?.textContent).to.equal("https://page.example")
    // Moved into the provider, a widget follows it.
    provider.append(outside)
    await nextFrame()
    expect(outside.kabinet.store).to.equal(provider.store)
  })

  it("is found by widgets already in the page when it is registered after them", async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`)
    root.innerHTML = `<late-provider api-base="https://late.example"><test-widget></test-widget></late-provider>`
    const widget = root.querySelector("test-widget") as TestWidget
    await widget.updateComplete
    expect(widget.kabinet.provided).to.equal(false)
    customElements.define("late-provider", class extends KabProvider {})
    await nextFrame()
    expect(widget.kabinet.provided).to.equal(true)
    expect(widget.shadowRoot?.textContent).to.equal("https://late.example")
  })

  it("keeps what a script configured on its store before it first rendered", async () => {
    const provider = document.createElement("kab-provider")
    provider.store.configure({ apiBase: "https://script.example", passwordMinLength: 8 })
    document.body.append(provider)
    await provider.updateComplete
    expect(provider.store.apiBase).to.equal("https://script.example")
    expect(provider.store.passwordPolicy.minLength).to.equal(8)
    provider.setAttribute("api-base", "https://attribute.example")
    await provider.updateComplete
    expect(provider.store.apiBase).to.equal("https://attribute.example")
    provider.remove()
  })

  it("adds no box of its own", async () => {
    const provider = await fixture<KabProvider>(html`<kab-provider></kab-provider>`)
    expect(getComputedStyle(provider).display).to.equal("contents")
  })

  it("applies the brand's colour, which a page's --kab-color-brand still overrides", async () => {
    const provider = await fixture<KabProvider>(
      html`<kab-provider .brand=${{ colors: { brand: "#004488" } }}><kab-login></kab-login></kab-provider>`,
    )
    const login = provider.querySelector("kab-login") as KabLogin
    await login.updateComplete
    const submit = inShadow(login, "#submit")
    expect(getComputedStyle(submit).backgroundColor).to.equal("rgb(0, 68, 136)")
    provider.style.setProperty("--kab-color-brand", "rgb(10, 20, 30)")
    // Past the button's colour transition.
    await aTimeout(300)
    expect(getComputedStyle(submit).backgroundColor).to.equal("rgb(10, 20, 30)")
  })
})

describe("OperationController", () => {
  it("keeps a failure for the widget, reports it to the host, and never throws", async () => {
    const widget = await fixture<TestWidget>(html`<test-widget></test-widget>`)
    const reported = oneEvent(widget, "kab-error")
    const outcome = await widget.operations.run(
      "operation.block",
      Effect.fail(new Errors.OperatorUnavailable({ status: 503 })),
    )
    expect(outcome._tag).to.equal("Failure")
    expect(widget.operations.failure?.operation).to.equal("operation.block")
    const event = await reported
    expect(event.detail.operation).to.equal("operation.block")
    expect(event.composed).to.equal(true)
  })

  it("ends the shared session when the operator says it expired", async () => {
    const provider = await fixture<KabProvider>(html`<kab-provider><test-widget></test-widget></kab-provider>`)
    const widget = provider.querySelector("test-widget") as TestWidget
    provider.store.setSession(session)
    const expired = oneEvent(widget, "kab-session-expired")
    await widget.operations.run("operation.loadNumbers", Effect.fail(new Errors.SessionExpired({})))
    await expired
    expect(provider.store.session).to.equal(undefined)
  })

  it("turns a defect into a failure too", async () => {
    const widget = await fixture<TestWidget>(html`<test-widget></test-widget>`)
    const outcome = await widget.operations.run(
      "operation.block",
      Effect.sync(() => {
        throw new TypeError("bug")
      }),
    )
    expect(outcome._tag).to.equal("Failure")
    expect(widget.operations.failure?.error).to.be.instanceOf(TypeError)
  })

  it("interrupts what runs when the widget leaves the page", async () => {
    const widget = await fixture<TestWidget>(html`<test-widget></test-widget>`)
    const running: Promise<Outcome<never>> = widget.operations.run("operation.block", Effect.never)
    expect(widget.operations.pending).to.equal("operation.block")
    widget.remove()
    expect((await running)._tag).to.equal("Interrupted")
  })
})
