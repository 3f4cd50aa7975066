import { Errors, Msisdn, Programs } from "@kabinet/core"
import { makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html, nextFrame, oneEvent } from "@open-wc/testing"
import * as Effect from "effect/Effect"
import { LitElement } from "lit"
import { inShadow, waitUntil } from "../../test/helpers.js"
import { KabinetController } from "../internal/controllers/kabinet-controller.js"
import { OperationController, type Outcome } from "../internal/controllers/operation-controller.js"
import "../login/login.js"
import { configure, defaultStore } from "../internal/store/defaults.js"
import type { KabLogin } from "../login/login.js"
import { KabProvider } from "./provider.js"

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
    // The button's colour transitions: wait for where it ends, however busy the machine.
    await waitUntil(
      () => getComputedStyle(submit).backgroundColor === "rgb(10, 20, 30)",
      "the page's colour reached the button",
    )
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
    let offset = 0
    const now = () => Date.now() + offset
    const operator = makeMockOperator({ seed: 1, fleetSize: 20, now })
    const provider = await fixture<KabProvider>(html`<kab-provider><test-widget></test-widget></kab-provider>`)
    provider.store.configure({
      apiBase: operator.baseUrl,
      fetch: (input, init) => operator.handle(new Request(input, init)),
      now,
    })
    const widget = provider.querySelector("test-widget") as TestWidget
    const phone = Msisdn.make("77012111249")
    await widget.operations.run("operation.signIn", Programs.Access.signIn({ phone, password: "kabinet-demo" }))
    expect(provider.store.session?.admin.phone).to.equal(phone)
    // Idle past the operator's session timeout.
    offset += 31 * 60_000
    const expired = oneEvent(widget, "kab-session-expired")
    await widget.operations.run("operation.selectCompany", Programs.Profile.listCompanies)
    await expired
    expect(provider.store.session).to.equal(undefined)
    await waitUntil(() => provider.store.sessionEnd === "expired", "the store tells why the session ended")
    await operator.dispose()
  })

  it("signs out even when the operator no longer knows the session", async () => {
    const operator = makeMockOperator({ seed: 1, fleetSize: 20 })
    const provider = await fixture<KabProvider>(html`<kab-provider></kab-provider>`)
    provider.store.configure({
      apiBase: operator.baseUrl,
      fetch: (input, init) => operator.handle(new Request(input, init)),
    })
    const phone = Msisdn.make("77012111249")
    await provider.store.run(Programs.Access.signIn({ phone, password: "kabinet-demo" }))
    expect(provider.store.session?.admin.phone).to.equal(phone)
    await waitUntil(() => provider.store.sessionEnd === undefined)
    // The operator forgets every session: the sign-out call answers 401, the session still ends here.
    operator.state.sessions.closeAll(phone)
    const signedOut = oneEvent(provider.store, "kab-signed-out")
    await provider.store.signOut()
    await signedOut
    expect(provider.store.session).to.equal(undefined)
    expect(provider.store.sessionEnd).to.equal("signed-out")
    await operator.dispose()
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
