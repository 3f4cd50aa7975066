import { Company, Messages } from "@kabinet/core"
import { Seed } from "@kabinet/mock-operator"
import type { MockOperator } from "@kabinet/mock-operator/browser"
import { expect, html, nextFrame, oneEvent } from "@open-wc/testing"
import { LitElement } from "lit"
import {
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  tabTo,
  waitUntil,
} from "../../test/helpers.js"
import { type InPage, inPage, mockOperator, nameCompanyElsewhere } from "../../test/in-page-operator.js"
import { signIn } from "../../test/session.js"
import { en } from "../i18n/catalog/index.js"
import { KabinetController } from "../internal/controllers/kabinet-controller.js"
import "./company-switcher.js"
import type { KabCompanySwitcher } from "./company-switcher.js"

/** Another widget under the same provider, showing the id of the company it works on. */
class TestFollower extends LitElement {
  readonly kabinet = new KabinetController(this)
  override render() {
    return html`<p>${this.kabinet.store.company?.id ?? ""}</p>`
  }
}
customElements.define("test-follower", TestFollower)

let page: InPage | undefined

afterEach(async () => {
  await page?.operator.dispose()
  page = undefined
})

/** The drop-down and a follower on a fresh mock operator, `prepare`d first; signed out. */
const mount = async (prepare?: (operator: MockOperator) => Promise<unknown>) => {
  const operator = mockOperator()
  await prepare?.(operator)
  page = await inPage(
    html`
      <kab-company-switcher></kab-company-switcher>
      <test-follower></test-follower>
    `,
    { operator, signedIn: false },
  )
  const { provider } = page
  const switcher = provider.querySelector("kab-company-switcher") as KabCompanySwitcher
  const follower = provider.querySelector("test-follower") as TestFollower
  return { provider, switcher, follower, page, operator }
}

/** Gives a seeded company a short name for the demo admin, as they would on another device. */
const shortName = (company: Seed.Companies.CompanyRecord, name: string) => (operator: MockOperator) =>
  nameCompanyElsewhere(operator, company, name)

const followed = (follower: TestFollower) => follower.shadowRoot?.querySelector("p")?.textContent

const ready = async (switcher: KabCompanySwitcher) => {
  await waitUntil(() => switcher.shadowRoot?.querySelector("select"), "the drop-down")
  return inShadow<HTMLSelectElement>(switcher, "select")
}

describe("kab-company-switcher", () => {
  it("shows nothing until the admin signs in", async () => {
    const { switcher, page } = await mount()
    expect(switcher.hasAttribute("signed-out")).to.equal(true)
    expect(getComputedStyle(switcher).display).to.equal("none")
    expect(page.requests).to.deep.equal([])
  })

  it("lists the admin's companies by short name where set, under «Выбор компании»", async () => {
    const { provider, switcher } = await mount(shortName(Seed.Companies.kabinet, "Кабинет"))
    await signIn(provider.store)
    const select = await ready(switcher)
    expect(inShadow(switcher, "label").textContent).to.equal("Выбор компании")
    expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal([
      "Кабинет",
      "Филиал TOO Кабинет",
      'АО "Времени мало"',
    ])
    await expect(switcher).to.be.accessible()
    await expectNamesEqualLabels(switcher)
  })

  it("makes every widget under the provider follow the choice, by keyboard", async () => {
    const { provider, switcher, follower } = await mount()
    await signIn(provider.store)
    const select = await ready(switcher)
    await follower.updateComplete
    expect(followed(follower)).to.equal(Seed.Companies.kabinet.id)
    await tabTo(select)
    expect(deepActiveElement()).to.equal(select)
    const changed = oneEvent(switcher, "kab-company-change")
    await press("ArrowDown")
    const event = await changed
    expect(event.detail.companyId).to.equal(Seed.Companies.kabinetBranch.id)
    await follower.updateComplete
    expect(followed(follower)).to.equal(Seed.Companies.kabinetBranch.id)
    expect(provider.getAttribute("company")).to.equal(Seed.Companies.kabinetBranch.id)
  })

  it("follows a company chosen by the host page", async () => {
    const { provider, switcher, follower } = await mount()
    await signIn(provider.store)
    const select = await ready(switcher)
    provider.company = Seed.Companies.vremeniMalo.id
    await nextFrame()
    expect(select.value).to.equal(Seed.Companies.vremeniMalo.id)
    await follower.updateComplete
    expect(followed(follower)).to.equal(Seed.Companies.vremeniMalo.id)
  })

  it("shows a failed load with the manual's advice", async () => {
    const { provider, switcher, operator, page } = await mount()
    // Down with no word on when it is back (no `Retry-After` to honour): the read's retries go by quickly.
    operator.addFaults({ endpoint: "companies.list", kind: "error", status: 503, retryAfterSeconds: 0 })
    await signIn(provider.store)
    // Reads are retried with backoff before they fail.
    await waitUntil(() => switcher.shadowRoot?.querySelector("kab-operator-error"), "the error")
    expect(page.sent("/v1/companies").length).to.be.greaterThan(1)
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
    // The longest name the drop-down can be given: a short name of the most the operator accepts.
    const long = "Очень длинное название компании, что не помещается в одну строку"
    expect(Company.shortNameLength(long)).to.equal(Company.shortNameMaxLength)
    const { provider, switcher } = await mount(shortName(Seed.Companies.vremeniMalo, long))
    await signIn(provider.store)
    const select = await ready(switcher)
    expect([...select.options].map((option) => option.textContent?.trim())).to.include(long)
    await expectFitsPhone(switcher)
  })
})
