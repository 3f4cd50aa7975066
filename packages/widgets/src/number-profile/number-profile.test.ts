/**
 * `<kab-number-profile>` against the mock operator in the page: the manual's profile of 77010542001,
 * the codes revealed one at a time and never sent in an event, the rules shown (debt, «В обработке»),
 * a block followed to its end by itself and picked up again by a profile opened afterwards, services
 * connected and disconnected, the spending chart's table, languages, accessibility and a phone's width.
 */
import { type Company, Money, Programs } from "@kabinet/core"
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html } from "@open-wc/testing"
import * as Stream from "effect/Stream"
import {
  allInShadow,
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  tabTo,
  waitUntil,
} from "../../test/helpers.js"
import { signIn } from "../../test/session.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./number-profile.js"
import type { KabNumberProfile } from "./number-profile.js"

let operator: MockOperator | undefined

afterEach(async () => {
  await operator?.dispose()
  operator = undefined
})

const mount = async (number: string, options: { readonly timeScale?: number; readonly lang?: string } = {}) => {
  operator ??= makeMockOperator({ seed: 1, fleetSize: 200, timeScale: options.timeScale ?? 0.001 })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang=${options.lang ?? "ru"}></kab-provider>`)
  provider.store.configure({ apiBase: mock.baseUrl, fetch: (input, init) => mock.handle(new Request(input, init)) })
  await signIn(provider.store, "77012111249", "kabinet-demo")
  // The cabinet opens a number of the company chosen; the advance-paid line is another company's.
  const companyId = mock.state.numbers.get(number)?.companyId
  if (companyId !== undefined) provider.store.selectCompany(companyId as Company.CompanyId)
  const profile = document.createElement("kab-number-profile")
  profile.number = number
  provider.append(profile)
  await waitUntil(() => profile.profile !== undefined, "the profile", { timeout: 8000 })
  await profile.updateComplete
  return { provider, profile, operator: mock }
}

const text = (host: Element, selector: string) =>
  inShadow(host, selector).textContent?.replace(/\s+/gu, " ").trim() ?? ""
const statusOf = (profile: KabNumberProfile) =>
  inShadow(profile, "kab-status-badge").shadowRoot?.textContent?.trim() ?? ""
const revealButton = (profile: KabNumberProfile, code: string) =>
  inShadow<HTMLButtonElement>(profile, `button.reveal[data-code="${code}"]`)

describe("kab-number-profile", () => {
  it("shows the manual's profile of 77010542001", async () => {
    const { profile } = await mount("77010542001")
    expect(text(profile, ".phone")).to.equal("+7 701 054 20 01")
    expect(statusOf(profile)).to.equal("Активный")
    expect(text(profile, '[part="tariff"] dd')).to.equal("Карт Бланш+ 1000")
    expect(text(profile, '[part="funds"] dd')).to.contain("893 ₸")
    expect(text(profile, '[part="individual-limit"] dd')).to.equal(
      Money.format(Money.tenge(1786), "ru").replace(/\s+/gu, " "),
    )
    expect(text(profile, '[part="credit-limit"] dd')).to.equal(
      Money.format(Money.tenge(3000), "ru").replace(/\s+/gu, " "),
    )
    expect(text(profile, '[part="sim"]')).to.contain("89997027507916785078")
    expect(text(profile, '[part="imei-note"]')).to.equal(
      "Указан последний зафиксированный IMEI код устройства, использовавшегося с данным номером.",
    )
    expect(text(profile, '[part="general"]')).to.contain("300014697190-130")
    expect(text(profile, '[part="remainders"]')).to.contain("Звонки внутри сети Kcell/activ")
    expect(text(profile, '[part="remainders"]')).to.contain("Безлимит")
  })

  it("masks the codes until one is revealed, one at a time, and never sends them in an event", async () => {
    const details: Array<string> = []
    const record = (event: Event) => details.push(JSON.stringify((event as CustomEvent).detail ?? null))
    const names = ["kab-error", "kab-records-request", "kab-operation-started", "kab-operation-finished"]
    for (const name of names) document.addEventListener(name, record)
    try {
      const { profile } = await mount("77010542001")
      expect(text(profile, '[part~="pin1"]')).to.not.contain("0000")
      revealButton(profile, "pin1").click()
      await profile.updateComplete
      expect(text(profile, '[part~="pin1"]')).to.contain("0000")
      revealButton(profile, "pin2").click()
      await profile.updateComplete
      expect(text(profile, '[part~="pin1"]')).to.not.contain("0000")
      expect(text(profile, '[part~="pin2"]')).to.contain("6911")
      inShadow<HTMLButtonElement>(profile, "#detalization").click()
      expect(details.join(" ")).to.not.match(/6911|11507782|15275799/u)
      expect(details.length).to.be.greaterThan(0)
    } finally {
      for (const name of names) document.removeEventListener(name, record)
    }
  })

  it("asks for the call records with kab-records-request", async () => {
    const { profile } = await mount("77010542001")
    const heard = new Promise<CustomEvent>((resolve) =>
      document.addEventListener("kab-records-request", (event) => resolve(event), { once: true }),
    )
    inShadow<HTMLButtonElement>(profile, "#detalization").click()
    expect((await heard).detail).to.deep.equal({ kind: "detalization", number: "77010542001" })
  })

  it("keeps «Разблокировка» of 77010542010 visible, refused with the debt's explanation", async () => {
    const { profile } = await mount("77010542010")
    const toggle = inShadow<HTMLButtonElement>(profile, "#block-toggle")
    expect(toggle.textContent?.trim()).to.equal("Разблокировка")
    expect(toggle.getAttribute("aria-disabled")).to.equal("true")
    expect(text(profile, "#block-toggle-reason")).to.contain("неоплаченная задолженность")
  })

  it("allows nothing but reading while «В обработке» (77010542012), and shows the operation's progress", async () => {
    const { profile } = await mount("77010542012")
    await waitUntil(() => profile.shadowRoot?.querySelector('[part="processing"]') !== null, "the progress")
    expect(inShadow(profile, "#block-toggle").getAttribute("aria-disabled")).to.equal("true")
    expect(inShadow(profile, "#detalization").hasAttribute("aria-disabled")).to.equal(false)
    for (const button of allInShadow(profile, '[part="connect"], [part="disconnect"]'))
      expect(button.getAttribute("aria-disabled")).to.equal("true")
    const items = inShadow<HTMLElement & { items: ReadonlyArray<{ value: string; reason?: string }> }>(
      profile,
      "kab-menu",
    ).items
    for (const item of items.filter((each) => each.value !== "paymentHistory"))
      expect(item.reason, item.value).to.contain("В обработке")
  })

  it("blocks 77010542007 from its button and watches «В обработке» turn into «Заблокирован» by itself", async () => {
    const { profile } = await mount("77010542007", { timeScale: 0.02 })
    inShadow<HTMLButtonElement>(profile, "#block-toggle").click()
    const operation = inShadow(profile, "kab-number-operation")
    await waitUntil(() => operation.shadowRoot?.querySelector("kab-confirm-dialog") !== null, "the block dialog")
    const dialog = operation.shadowRoot?.querySelector("kab-confirm-dialog") as HTMLElement & {
      confirm(): Promise<void>
    }
    await dialog.confirm()
    await waitUntil(() => statusOf(profile) === "В обработке", "«В обработке»", { timeout: 8000 })
    await waitUntil(() => statusOf(profile) === "Заблокирован", "«Заблокирован»", { timeout: 20000 })
    expect(inShadow(profile, "#block-toggle").textContent?.trim()).to.equal("Разблокировка")
  }).timeout(60_000)

  it("picks a running block up from the operator when the profile opens again", async () => {
    const first = await mount("77010542006", { timeScale: 0.03 })
    const companyId = first.provider.store.companyId
    const number = first.profile.profile?.number
    if (companyId === undefined || number === undefined) throw new Error("no profile")
    await first.provider.store.run(Stream.runHead(Programs.NumberActions.block({ companyId, number })))
    first.provider.remove()
    const again = await mount("77010542006")
    await waitUntil(() => statusOf(again.profile) === "В обработке", "«В обработке» from the operator's record")
    await waitUntil(() => statusOf(again.profile) === "Заблокирован", "the end, by itself", { timeout: 20000 })
  }).timeout(60_000)

  it("connects «Роуминг», which moves to the connected services, and disconnects it after confirming", async () => {
    const { profile } = await mount("77010542001")
    const connect = allInShadow<HTMLButtonElement>(profile, '[part="available-services"] [part="connect"]').find(
      (button) => button.closest("li")?.querySelector(".service-name")?.textContent === "Роуминг",
    )
    expect(connect, "«Подключить» of «Роуминг»").to.not.equal(undefined)
    connect?.click()
    const connected = () => text(profile, '[part="connected-services"]')
    await waitUntil(() => connected().includes("Роуминг"), "«Роуминг» connected", { timeout: 8000 })
    const disconnect = allInShadow<HTMLButtonElement>(profile, '[part="connected-services"] [part="disconnect"]').find(
      (button) => button.closest("li")?.querySelector(".service-name")?.textContent === "Роуминг",
    )
    disconnect?.click()
    const dialog = inShadow<HTMLElement & { confirm(): Promise<void> }>(profile, "#service-dialog")
    await waitUntil(() => dialog.shadowRoot?.querySelector("dialog")?.open === true, "the confirmation")
    await dialog.confirm()
    await waitUntil(() => !connected().includes("Роуминг"), "«Роуминг» disconnected", { timeout: 8000 })
  }).timeout(30_000)

  it("tells the six months of spending in a table behind the chart", async () => {
    const { profile } = await mount("77010542001")
    await waitUntil(() => profile.shadowRoot?.querySelector('[part="spending-table"]') !== null, "the chart")
    expect(allInShadow(profile, '[part="spending-table"] tbody tr')).to.have.length(6)
    expect(inShadow(profile, ".chart").getAttribute("aria-hidden")).to.equal("true")
  })

  it("speaks Kazakh and English", async () => {
    const kk = await mount("77010542001", { lang: "kk" })
    expect(text(kk.profile, "#profile-title")).to.equal("Нөмір туралы ақпарат")
    kk.provider.lang = "en"
    await waitUntil(() => text(kk.profile, "#profile-title") === "Number information", "English")
    expect(text(kk.profile, '[part="remainders"]')).to.contain("Calls within the Kcell/activ network")
  })

  it("offers «Разблокировка» of 77010542011, and «История платежей» of the advance-paid 77010541921", async () => {
    const blocked = await mount("77010542011")
    expect(inShadow(blocked.profile, "#block-toggle").textContent?.trim()).to.equal("Разблокировка")
    expect(inShadow(blocked.profile, "#block-toggle").hasAttribute("aria-disabled")).to.equal(false)
    blocked.provider.remove()
    const advance = await mount("77010541921")
    const heard = new Promise<CustomEvent>((resolve) =>
      document.addEventListener("kab-records-request", (event) => resolve(event), { once: true }),
    )
    const menu = inShadow<HTMLElement>(advance.profile, "kab-menu")
    menu.dispatchEvent(new CustomEvent("kab-menu-select", { detail: { value: "paymentHistory" } }))
    expect((await heard).detail).to.deep.equal({ kind: "payments", number: "77010541921" })
  }).timeout(30_000)

  it("is used with the keyboard alone: a code revealed, the ⋮ menu opened and closed, a toggletip read", async () => {
    const { profile } = await mount("77010542001")
    const reveal = revealButton(profile, "pin1")
    await tabTo(reveal, 30)
    await press("Enter")
    await profile.updateComplete
    expect(text(profile, '[part~="pin1"]')).to.contain("0000")
    const more = inShadow(profile, "#more")
    more.focus()
    await press("Enter")
    const menu = inShadow(profile, "kab-menu")
    await waitUntil(
      () => menu.matches(":popover-open") || menu.shadowRoot?.querySelector(":popover-open") !== null,
      "the menu",
    )
    expect(more.getAttribute("aria-expanded")).to.equal("true")
    await expect(profile).to.be.accessible()
    await press("Escape")
    await waitUntil(() => deepActiveElement() === more, "the focus back on ⋮")
    expect(more.getAttribute("aria-expanded")).to.equal("false")
    const info = inShadow<HTMLButtonElement>(
      profile,
      '[part="connected-services"] .info, [part="available-services"] .info',
    )
    info.focus()
    await press("Enter")
    await waitUntil(() => profile.shadowRoot?.querySelector(".toggletip:popover-open") !== null, "the conditions")
    await expect(profile).to.be.accessible()
  }).timeout(60_000)

  it("passes an axe audit, names every control by its visible label, and fits 375 px", async () => {
    const { profile } = await mount("77010542001")
    await waitUntil(() => profile.shadowRoot?.querySelector('[part="spending"]') !== null, "the chart")
    await expect(profile).to.be.accessible()
    await expectNamesEqualLabels(profile)
    await expectFitsPhone(profile)
  }).timeout(30_000)
})
