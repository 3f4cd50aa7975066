/**
 * SIM swap in `<kab-number-operation>` against the mock operator in the page: the manual's dialog and
 * field, the ICCID grouped by four as typed with the caret kept, a pasted spaced number, the check
 * digit checked as typed, a refused card with the input kept, a non-active number refused, one request
 * for a double confirmation, accessibility, languages and a phone-sized screen.
 */
import { Luhn } from "@kabinet/core"
import { expect, oneEvent } from "@open-wc/testing"
import {
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  typeText,
  waitUntil,
} from "../../test/helpers.js"
import { dialogOf, mount } from "../../test/number-operation.js"

const newIccid = Luhn.complete("8999702123456789945")
const mistyped = `${newIccid.slice(0, 19)}${(Number(newIccid.at(-1)) + 1) % 10}`
const grouped = (digits: string) => digits.replace(/(\d{4})(?=\d)/gu, "$1 ")

const field = (dialog: HTMLElement) => dialog.querySelector<HTMLInputElement>("#iccid") as HTMLInputElement
const errorText = (dialog: HTMLElement) => dialog.querySelector("#iccid-error")?.textContent?.trim()

describe("kab-number-operation: SIM swap", function () {
  // Each test drives the mock operator through whole operations on a shared, busy machine.
  this.timeout(60_000)

  it("shows the manual's dialog and groups the ICCID by four as typed, keeping the caret", async () => {
    const { page, element } = await mount()
    element.open("simSwap", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Замена Sim-карты")
    expect(dialog.subtitle).to.equal("+7 701 054 20 01")
    expect(dialog.text).to.equal("Для замены введите 20-ти значный номер новой SIM карты")
    expect(dialog.querySelector("label[for=iccid]")?.textContent?.trim()).to.equal("ВВЕДИТЕ НОВЫЙ НОМЕР SIM-КАРТЫ")
    await waitUntil(() => deepActiveElement() === field(dialog), "the field has the focus", { timeout: 5000 })
    await typeText("89997021")
    expect(field(dialog).value).to.equal("8999 7021")
    await press("ArrowLeft")
    await press("ArrowLeft")
    await typeText("5")
    expect(field(dialog).value).to.equal("8999 7052 1")
    expect(field(dialog).selectionStart).to.equal(8)
  })

  it("checks the check digit as typed and refuses a mistyped number with the input kept", async () => {
    const { page, element } = await mount()
    element.open("simSwap", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    await waitUntil(() => deepActiveElement() === field(dialog), "the field has the focus", { timeout: 5000 })
    await typeText(mistyped.slice(0, 19))
    expect(errorText(dialog)).to.equal(undefined)
    await typeText(mistyped.slice(19))
    await element.updateComplete
    expect(errorText(dialog)).to.equal("Номер SIM-карты введен с ошибкой: проверьте его по обратной стороне SIM-карты.")
    expect(field(dialog).getAttribute("aria-invalid")).to.equal("true")
    await dialog.confirm()
    expect(page.changes()).to.deep.equal([])
    expect(field(dialog).value).to.equal(grouped(mistyped))
    expect(dialog.open).to.equal(true)
  })

  it("takes a pasted spaced number and swaps the SIM once for a double confirmation", async () => {
    const { page, element } = await mount()
    element.open("simSwap", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    const input = field(dialog)
    input.value = ` ${grouped(newIccid)} `
    input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, inputType: "insertFromPaste" }))
    await element.updateComplete
    expect(input.value).to.equal(grouped(newIccid))
    expect(errorText(dialog)).to.equal(undefined)
    const started = oneEvent(element, "kab-operation-started")
    const finished = oneEvent(element, "kab-operation-finished")
    inShadow<HTMLButtonElement>(dialog, "#confirm").click()
    inShadow<HTMLButtonElement>(dialog, "#confirm").click()
    const { detail } = await started
    expect(detail.operation).to.equal("simSwap")
    expect(detail.operationId).to.be.a("string")
    expect((await finished).detail.outcome).to.equal("done")
    expect(page.operator.state.numbers.get("77010542001")?.sim.iccid).to.equal(newIccid)
    expect(page.changes()).to.deep.equal([`POST /v1/companies/${page.companyId()}/numbers/77010542001/sim-swap`])
  })

  it("refuses the current card under the field before sending", async () => {
    const { page, element } = await mount()
    element.open("simSwap", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    const current = page.operator.state.numbers.get("77010542001")?.sim.iccid ?? ""
    await waitUntil(() => deepActiveElement() === field(dialog), "the field has the focus", { timeout: 5000 })
    await typeText(current)
    await dialog.confirm()
    await element.updateComplete
    expect(errorText(dialog)).to.equal(
      "Указан номер текущей SIM-карты. Введите номер новой SIM-карты с ее обратной стороны.",
    )
    expect(page.changes()).to.deep.equal([])
  })

  it("shows the operator's refusal of the card under the field, keeping what was typed", async () => {
    const { page, element } = await mount()
    // The current card could not be read: only the operator can tell it is the same one.
    page.operator.addFaults({ endpoint: "numbers.sim", kind: "error", status: 500 })
    element.open("simSwap", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    const current = page.operator.state.numbers.get("77010542001")?.sim.iccid ?? ""
    await waitUntil(() => deepActiveElement() === field(dialog), "the field has the focus", { timeout: 5000 })
    await typeText(current)
    await dialog.confirm()
    await element.updateComplete
    expect(page.changes()).to.deep.equal([`POST /v1/companies/${page.companyId()}/numbers/77010542001/sim-swap`])
    expect(errorText(dialog)).to.equal(
      "Указан номер текущей SIM-карты. Введите номер новой SIM-карты с ее обратной стороны.",
    )
    expect(field(dialog).value).to.equal(grouped(current))
    expect(dialog.shadowRoot?.querySelector("kab-operator-error")).to.equal(null)
    expect(dialog.open).to.equal(true)
  })

  it("refuses a number that is not active with the rule's reason", async () => {
    const { page, element } = await mount()
    element.open("simSwap", await page.number("77010542011"))
    const dialog = await dialogOf(element)
    const confirm = inShadow<HTMLButtonElement>(dialog, "#confirm")
    expect(confirm.dataset.rule).to.equal("number.simSwap.notActive")
    expect(inShadow(dialog, ".reason").textContent).to.include("«Активный»")
    await dialog.confirm()
    expect(page.changes()).to.deep.equal([])
  })

  it("names the field by its label, passes axe, speaks Kazakh and English and fits 375 px", async () => {
    for (const [lang, title] of [
      ["kk", "SIM-картаны ауыстыру"],
      ["en", "SIM card replacement"],
      ["ru", "Замена Sim-карты"],
    ] as const) {
      const { page, element } = await mount(lang)
      element.open("simSwap", await page.number("77010542001"))
      const dialog = await dialogOf(element)
      expect(dialog.label).to.equal(title)
      if (lang !== "ru") continue
      await expectNamesEqualLabels(element)
      await expectNamesEqualLabels(dialog)
      await expect(dialog).to.be.accessible()
      await expectFitsPhone(element.parentElement as HTMLElement)
    }
  })
})
