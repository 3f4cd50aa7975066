/**
 * Call forwarding in `<kab-number-operation>` against the mock operator in the page: a condition's
 * target set and cleared, the no-answer delay, an invalid or self target refused under the field with
 * the input kept, keyboard, accessibility and a phone-sized screen.
 */
import { expect } from "@open-wc/testing"
import {
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  press,
  typeText,
  waitUntil,
} from "../../test/helpers.js"
import { dialogOf, mount } from "../../test/number-operation.js"

const errorText = (dialog: HTMLElement) => dialog.querySelector("#target-error")?.textContent?.trim()

const choose = async (select: HTMLSelectElement, value: string) => {
  select.value = value
  select.dispatchEvent(new Event("change", { bubbles: true }))
}

describe("kab-number-operation: call forwarding", function () {
  // Each test drives the mock operator through whole operations on a shared, busy machine.
  this.timeout(60_000)

  it("sets forwarding when busy by keyboard, then clears it", async () => {
    const { page, element } = await mount()
    element.open("forwarding", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Переадресация")
    await waitUntil(() => dialog.querySelector(".forwarding") !== null, "the conditions in force", { timeout: 5000 })
    await choose(dialog.querySelector("#condition") as HTMLSelectElement, "busy")
    await element.updateComplete
    const target = dialog.querySelector("#target") as HTMLInputElement
    expect(dialog.querySelector("label[for=target]")?.textContent?.trim()).to.equal(
      "НОМЕР ДЛЯ ПЕРЕАДРЕСАЦИИ (Если занято)",
    )
    target.focus()
    await typeText("8 701 054 20 02")
    await press("Tab")
    expect(deepActiveElement()?.id).to.equal("confirm")
    await press("Enter")
    await waitUntil(() => !dialog.open, "the dialog closes once set", { timeout: 5000 })
    expect(page.operator.state.numbers.get("77010542001")?.forwarding.busy).to.deep.equal({ target: "77010542002" })

    element.open("forwarding", await page.number("77010542001"))
    const again = await dialogOf(element)
    await waitUntil(() => again.querySelector("[data-condition=busy]") !== null, "«Отменить переадресацию»", {
      timeout: 5000,
    })
    ;(again.querySelector("[data-condition=busy]") as HTMLButtonElement).click()
    await waitUntil(() => again.querySelector("[data-condition=busy]") === null, "the cleared condition", {
      timeout: 5000,
    })
    expect(page.operator.state.numbers.get("77010542001")?.forwarding.busy).to.equal(undefined)
  })

  it("sets the no-answer delay", async () => {
    const { page, element } = await mount()
    element.open("forwarding", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    await choose(dialog.querySelector("#condition") as HTMLSelectElement, "noAnswer")
    await element.updateComplete
    await choose(dialog.querySelector("#delay") as HTMLSelectElement, "15")
    const target = dialog.querySelector("#target") as HTMLInputElement
    target.value = "77010542002"
    target.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
    await dialog.confirm()
    expect(page.operator.state.numbers.get("77010542001")?.forwarding.noAnswer).to.deep.equal({
      target: "77010542002",
      delaySeconds: 15,
    })
  })

  it("refuses a short or self target under the field, keeping it, and sends nothing", async () => {
    const { page, element } = await mount()
    element.open("forwarding", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    const target = dialog.querySelector("#target") as HTMLInputElement
    target.value = "7701054"
    target.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
    await dialog.confirm()
    await element.updateComplete
    expect(errorText(dialog)).to.equal("Номер телефона в формате 77012223344: 11 цифр.")
    expect(target.value).to.equal("7701054")
    target.value = "+7 701 054 20 01"
    target.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
    await dialog.confirm()
    await element.updateComplete
    expect(errorText(dialog)).to.equal("Нельзя переадресовать вызовы на этот же номер.")
    expect(page.changes()).to.deep.equal([])
    expect(dialog.open).to.equal(true)
  })

  it("names its controls by their labels, passes axe and fits 375 px", async () => {
    const { page, element } = await mount("en")
    element.open("forwarding", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    await waitUntil(() => dialog.querySelector(".forwarding") !== null, "the conditions in force", { timeout: 5000 })
    expect(dialog.label).to.equal("Call forwarding")
    await expectNamesEqualLabels(element)
    await expect(dialog).to.be.accessible()
    await expectFitsPhone(element.parentElement as HTMLElement)
  })
})
