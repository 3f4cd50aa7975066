import { Messages } from "@kabinet/core"
import { expect, html, nextFrame, oneEvent } from "@open-wc/testing"
import { LitElement } from "lit"
import { FakeOperator } from "../../test/fake-operator.js"
import {
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  tabTo,
  waitUntil,
} from "../../test/helpers.js"
import { inProvider } from "../../test/provider.js"
import { signIn } from "../../test/session.js"
import { en } from "../i18n/catalog/index.js"
import { KabinetController } from "../internal/controllers/kabinet-controller.js"
import "./company-switcher.js"
import type { KabCompanySwitcher } from "./company-switcher.js"

/** Another widget under the same provider, showing the company it works on. */
class TestFollower extends LitElement {
  readonly kabinet = new KabinetController(this)
  override render() {
    return html`<p>${this.kabinet.store.company?.bin ?? ""}</p>`
  }
}
customElements.define("test-follower", TestFollower)

const mount = async (fake = new FakeOperator()) => {
  const provider = await inProvider(
    html`
      <kab-company-switcher></kab-company-switcher>
      <test-follower></test-follower>
    `,
    { fetch: fake.fetch },
  )
  const switcher = provider.querySelector("kab-company-switcher") as KabCompanySwitcher
  const follower = provider.querySelector("test-follower") as TestFollower
  return { provider, switcher, follower, fake }
}

const ready = async (switcher: KabCompanySwitcher) => {
  await waitUntil(() => switcher.shadowRoot?.querySelector("select"), "the drop-down")
  return inShadow<HTMLSelectElement>(switcher, "select")
}

describe("kab-company-switcher", () => {
  it("shows nothing until the admin signs in", async () => {
    const { switcher, fake } = await mount()
    expect(switcher.hasAttribute("signed-out")).to.equal(true)
    expect(getComputedStyle(switcher).display).to.equal("none")
    expect(fake.requests).to.deep.equal([])
  })

  it("lists the admin's companies by short name where set, under «Выбор компании»", async () => {
    const { provider, switcher } = await mount()
    await signIn(provider.store)
    const select = await ready(switcher)
    expect(inShadow(switcher, "label").textContent).to.equal("Выбор компании")
    expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal([
      'АО "Времени мало"',
      "Кабинет",
    ])
    await expect(switcher).to.be.accessible()
    await expectNamesEqualLabels(switcher)
  })

  it("makes every widget under the provider follow the choice, by keyboard", async () => {
    const { provider, switcher, follower } = await mount()
    await signIn(provider.store)
    const select = await ready(switcher)
    expect(follower.shadowRoot?.textContent).to.contain("800800800800")
    await tabTo(select)
    expect(deepActiveElement()).to.equal(select)
    const changed = oneEvent(switcher, "kab-company-change")
    await press("ArrowDown")
    const event = await changed
    expect(event.detail.companyId).to.equal("cmp-900900900900")
    await follower.updateComplete
    expect(follower.shadowRoot?.textContent).to.contain("900900900900")
    expect(provider.getAttribute("company")).to.equal("cmp-900900900900")
  })

  it("follows a company chosen by the host page", async () => {
    const { provider, switcher, follower } = await mount()
    await signIn(provider.store)
    const select = await ready(switcher)
    provider.company = "cmp-900900900900"
    await nextFrame()
    expect(select.value).to.equal("cmp-900900900900")
    expect(follower.shadowRoot?.textContent).to.contain("900900900900")
  })

  it("shows a failed load with the manual's advice", async () => {
    const { provider, switcher, fake } = await mount()
    fake.failing.add("GET /v1/companies")
    await signIn(provider.store)
    // Reads are retried with backoff before they fail.
    await waitUntil(() => switcher.shadowRoot?.querySelector("kab-operator-error"), "the error", { timeout: 5000 })
    await nextFrame()
    const alert = switcher.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent ?? ""
    expect(alert).to.contain(Messages.format("ru", "error.operatorUnavailable"))
    expect(alert).to.contain("«Выбор компании»")
  })

  it("switches language at run time: ru → kk → en", async () => {
    const { provider, switcher } = await mount()
    await signIn(provider.store)
    await ready(switcher)
    provider.lang = "kk"
    await nextFrame()
    expect(inShadow(switcher, "label").textContent).to.equal(Messages.format("kk", "operation.selectCompany"))
    provider.lang = "en"
    await nextFrame()
    expect(inShadow(switcher, "label").textContent).to.equal("Company selection")
    expect(en["companies.empty"]).to.be.a("string")
    await expectNamesEqualLabels(switcher)
  })

  it("fits a 375-px-wide screen without horizontal scrolling", async () => {
    const { provider, switcher, fake } = await mount()
    const long = fake.companies.get("cmp-800800800800")
    if (long !== undefined) long.fullName = `ТОО «${"Очень длинное название компании ".repeat(6)}»`
    await signIn(provider.store)
    await ready(switcher)
    await expectFitsPhone(switcher)
  })
})
