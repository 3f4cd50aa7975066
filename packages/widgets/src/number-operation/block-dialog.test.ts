/**
 * Block and unblock in `<kab-number-operation>` against the mock operator in the page: the manual's
 * dialog, the debt-blocked number refused with its reason before anything is sent, «В обработке»
 * followed to «Заблокирован», one request for a double confirmation, an operator error with the
 * manual's advice, the keyboard, accessibility, languages and a phone-sized screen.
 */
import { expect, oneEvent } from "@open-wc/testing"
import {
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  waitUntil,
} from "../../test/helpers.js"
import { dialogOf, mount } from "../../test/number-operation.js"

describe("kab-number-operation: block and unblock", function () {
  // Each test drives the mock operator through whole operations on a shared, busy machine.
  this.timeout(60_000)

  it("shows the manual's block dialog and follows «В обработке» to «Заблокирован»", async () => {
    const { page, element, opener } = await mount()
    const number = await page.number("77010542007")
    opener.focus()
    element.open("block", number, opener)
    const dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Заблокировать номер")
    expect(dialog.subtitle).to.equal("+7 701 054 20 07")
    expect(dialog.text).to.equal("Вы уверены, что хотите заблокировать данный номер?")
    expect(inShadow(dialog, "#confirm").textContent?.trim()).to.equal("Да, уверен")
    expect(inShadow(dialog, "#cancel").textContent?.trim()).to.equal("Отменить")
    const started = oneEvent(element, "kab-operation-started")
    const finished = oneEvent(element, "kab-operation-finished")
    // Keyboard only: the focus starts on «Отменить»; Shift+Tab reaches «Да, уверен».
    expect(deepActiveElement()?.id).to.equal("cancel")
    await press("Shift+Tab")
    expect(deepActiveElement()?.id).to.equal("confirm")
    await press("Enter")
    const { detail } = await started
    expect(detail.operation).to.equal("block")
    expect(detail.msisdn).to.equal("77010542007")
    expect(detail.operationId).to.be.a("string")
    expect(page.operator.state.numbers.get("77010542007")?.status).to.equal("В обработке")
    await waitUntil(() => !dialog.open, "the dialog closes once the operator accepts", { timeout: 5000 })
    expect(deepActiveElement()).to.equal(opener)
    expect((await finished).detail.outcome).to.equal("done")
    expect(page.operator.state.numbers.get("77010542007")?.status).to.equal("Заблокирован")
    expect(page.changes()).to.deep.equal([`POST /v1/companies/${page.companyId()}/numbers/77010542007/block`])
  })

  it("sends one block for a double confirmation, under one idempotency key", async () => {
    const { page, element } = await mount()
    element.open("block", await page.number("77010542007"))
    const dialog = await dialogOf(element)
    const confirm = inShadow<HTMLButtonElement>(dialog, "#confirm")
    const started = oneEvent(element, "kab-operation-started")
    confirm.click()
    confirm.click()
    void dialog.confirm()
    await started
    const blocks = page.requests.filter((r) => r.path.endsWith("/block"))
    expect(blocks).to.have.length(1)
  })

  it("keeps the dialog open with the advice after an operator error, and retries with the same key even reopened", async () => {
    const { page, element } = await mount()
    page.operator.addFaults({ endpoint: "numberActions.block", kind: "error", status: 500, times: 1 })
    element.open("block", await page.number("77010542007"))
    const dialog = await dialogOf(element)
    const failed = oneEvent(element, "kab-operation-finished")
    await dialog.confirm()
    expect((await failed).detail.outcome).to.equal("failed")
    expect(dialog.open).to.equal(true)
    await waitUntil(() => dialog.shadowRoot?.querySelector("kab-operator-error") !== null, "the error shown", {
      timeout: 5000,
    })
    const shown = dialog.shadowRoot?.querySelector("kab-operator-error")
    expect(shown?.shadowRoot?.textContent).to.include("Блокировка")
    // The admin gives up, opens the dialog again and confirms: still the same intent.
    element.close()
    await waitUntil(() => !dialog.open, "the dialog closed", { timeout: 5000 })
    element.open("block", await page.number("77010542007"))
    const again = await dialogOf(element)
    const started = oneEvent(element, "kab-operation-started")
    await again.confirm()
    await started
    const keys = page.requests.filter((r) => r.path.endsWith("/block")).map((r) => r.key)
    expect(keys.length).to.be.at.least(2)
    expect(new Set(keys).size).to.equal(1)
  })

  it("refuses to unblock a debt-blocked number with the FAQ's reason and sends nothing", async () => {
    const { page, element } = await mount()
    element.open("unblock", await page.number("77010542010"))
    const dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Разблокировать номер")
    const confirm = inShadow<HTMLButtonElement>(dialog, "#confirm")
    expect(confirm.getAttribute("aria-disabled")).to.equal("true")
    expect(confirm.dataset.rule).to.equal("number.unblock.debt")
    const reason = inShadow(dialog, `#${confirm.getAttribute("aria-describedby")}`)
    expect(reason.textContent).to.include("задолженность")
    confirm.click()
    await dialog.confirm()
    expect(page.changes()).to.deep.equal([])
    expect(dialog.open).to.equal(true)
  })

  it("unblocks a blocked number", async () => {
    const { page, element } = await mount()
    element.open("unblock", await page.number("77010542011"))
    const dialog = await dialogOf(element)
    const finished = oneEvent(element, "kab-operation-finished")
    await dialog.confirm()
    expect((await finished).detail.outcome).to.equal("done")
    expect(page.operator.state.numbers.get("77010542011")?.status).to.equal("Активный")
  })

  it("speaks Kazakh and English, names controls by their labels, passes axe and fits 375 px", async () => {
    for (const lang of ["kk", "en"]) {
      const { page, element } = await mount(lang)
      element.open("block", await page.number("77010542007"))
      const dialog = await dialogOf(element)
      expect(dialog.label).to.equal(lang === "kk" ? "Нөмірді бұғаттау" : "Block the number")
    }
    const { page: ru, element } = await mount()
    element.open("block", await ru.number("77010542007"))
    const dialog = await dialogOf(element)
    await expectNamesEqualLabels(dialog)
    await expect(dialog).to.be.accessible()
    await expectFitsPhone(element.parentElement as HTMLElement)
  })

  it("asks for the records view instead of a dialog for «Детализация» and «История платежей»", async () => {
    const { page, element } = await mount()
    const number = await page.number("77010542001")
    const request = oneEvent(element, "kab-records-request")
    element.open("detalization", number)
    expect((await request).detail).to.deep.equal({ kind: "detalization", number: "77010542001" })
    const payments = oneEvent(element, "kab-records-request")
    element.open("paymentHistory", number)
    expect((await payments).detail).to.deep.equal({ kind: "payments", number: "77010542001" })
    expect(element.shadowRoot?.querySelector("kab-confirm-dialog")).to.equal(null)
  })
})
