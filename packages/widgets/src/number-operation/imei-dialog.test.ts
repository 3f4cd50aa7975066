/**
 * Device registration in `<kab-number-operation>` against the mock operator in the page: the manual's
 * 77010542003 with its recorded 35720106026360, one press of «Зарегистрировать» registering it with its
 * check digit, «Удалить» confirmed, accessibility.
 */
import { Luhn } from "@kabinet/core"
import { expect } from "@open-wc/testing"
import {
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  tabTo,
  waitUntil,
} from "../../test/helpers.js"
import { dialogOf, mount } from "../../test/number-operation.js"
import type { KabConfirmDialog } from "../confirm-dialog/confirm-dialog.js"

describe("kab-number-operation: device registration (IMEI)", function () {
  // Each test drives the mock operator through whole operations on a shared, busy machine.
  this.timeout(60_000)

  it("registers the last recorded device with one press and removes it after confirming", async () => {
    const { page, element } = await mount()
    element.open("imeiRegistration", await page.number("77010542003"))
    const dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Регистрация устройства (IMEI)")
    await waitUntil(() => dialog.querySelector("[data-field=lastRecorded]") !== null, "the devices", { timeout: 5000 })
    expect(dialog.querySelector("[data-field=lastRecorded]")?.textContent?.trim()).to.equal("35720106026360")
    expect(dialog.querySelector("[data-field=status]")?.textContent?.trim()).to.equal(
      "Устройство не зарегистрировано с этим номером",
    )
    expect([...dialog.querySelectorAll("dt")].map((term) => term.textContent?.trim())).to.deep.equal([
      "Последний зафиксированный IMEI:",
      "Статус регистрации:",
    ])
    expect(inShadow(dialog, "#confirm").textContent?.trim()).to.equal("Зарегистрировать")
    inShadow<HTMLButtonElement>(dialog, "#confirm").click()
    inShadow<HTMLButtonElement>(dialog, "#confirm").click()
    const full = Luhn.complete("35720106026360")
    await waitUntil(() => dialog.querySelector(`[data-imei="${full}"]`) !== null, "the registered device", {
      timeout: 5000,
    })
    expect(page.operator.state.numbers.get("77010542003")?.devices.map((device) => device.imei)).to.deep.equal([full])
    expect(page.changes()).to.deep.equal([`POST /v1/companies/${page.companyId()}/numbers/77010542003/devices`])
    expect(inShadow(dialog, "#confirm").dataset.rule).to.equal("number.imei.alreadyRegistered")
    await expectNamesEqualLabels(element)
    await expect(dialog).to.be.accessible()

    const remove = dialog.querySelector(`[data-imei="${full}"] button`) as HTMLButtonElement
    expect(remove.textContent?.trim()).to.equal("Удалить")
    remove.click()
    const confirmation = dialog.querySelector("kab-confirm-dialog#remove") as KabConfirmDialog
    await waitUntil(() => confirmation.open, "the removal's confirmation", { timeout: 5000 })
    expect(confirmation.text).to.equal(`Вы уверены, что хотите снять устройство ${full} с регистрации?`)
    await confirmation.confirm()
    await waitUntil(() => dialog.querySelector(`[data-imei="${full}"]`) === null, "the device removed", {
      timeout: 5000,
    })
    expect(dialog.open).to.equal(true)
    expect(page.operator.state.numbers.get("77010542003")?.devices).to.deep.equal([])
  })

  it("works by keyboard: «Удалить» asks first, Escape closes only the question and the focus comes back", async () => {
    const { page, element } = await mount()
    const full = Luhn.complete("35720106026360")
    page.operator.state.numbers.update("77010542003", (line) => ({
      ...line,
      devices: [{ imei: full, registeredAt: page.operator.state.now() }],
    }))
    element.open("imeiRegistration", await page.number("77010542003"))
    const dialog = await dialogOf(element)
    await waitUntil(() => dialog.querySelector(`[data-imei="${full}"] button`) !== null, "the device", {
      timeout: 5000,
    })
    expect(dialog.querySelector("[data-field=status]")?.textContent?.trim()).to.equal(
      "Устройство зарегистрировано с этим номером",
    )
    const remove = dialog.querySelector(`[data-imei="${full}"] button`) as HTMLButtonElement
    await tabTo(remove)
    await press("Enter")
    const confirmation = dialog.querySelector("kab-confirm-dialog#remove") as KabConfirmDialog
    await waitUntil(() => confirmation.open, "the removal's confirmation", { timeout: 5000 })
    expect(deepActiveElement()?.id).to.equal("cancel")
    await press("Escape")
    await waitUntil(() => !confirmation.open, "the question closed", { timeout: 5000 })
    expect(dialog.open).to.equal(true)
    await waitUntil(() => deepActiveElement() === remove, "the focus back on «Удалить»", { timeout: 5000 })
    await press("Enter")
    await waitUntil(() => confirmation.open, "the question again", { timeout: 5000 })
    await press("Shift+Tab")
    expect(deepActiveElement()?.id).to.equal("confirm")
    await press("Enter")
    await waitUntil(() => dialog.querySelector(`[data-imei="${full}"]`) === null, "the device removed", {
      timeout: 5000,
    })
    expect(page.operator.state.numbers.get("77010542003")?.devices).to.deep.equal([])
    expect(page.changes()).to.deep.equal([
      `DELETE /v1/companies/${page.companyId()}/numbers/77010542003/devices/${full}`,
    ])
  })

  it("speaks Kazakh and English and fits 375 px", async () => {
    for (const [lang, register, recorded] of [
      ["kk", "Тіркеу", "Соңғы тіркелген IMEI:"],
      ["en", "Register", "Last recorded IMEI:"],
    ] as const) {
      const { page, element } = await mount(lang)
      element.open("imeiRegistration", await page.number("77010542003"))
      const dialog = await dialogOf(element)
      await waitUntil(() => dialog.querySelector("dt") !== null, "the devices", { timeout: 5000 })
      expect(inShadow(dialog, "#confirm").textContent?.trim()).to.equal(register)
      expect(dialog.querySelector("dt")?.textContent?.trim()).to.equal(recorded)
      if (lang === "en") await expectFitsPhone(element.parentElement as HTMLElement)
    }
  })
})
