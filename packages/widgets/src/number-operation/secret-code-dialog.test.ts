/**
 * The secret code in `<kab-number-operation>` against the mock operator in the page: what the code
 * allows and does not (the manual's two points), sent to the line's user by SMS and deleted.
 */
import { expect, oneEvent } from "@open-wc/testing"
import { expectNamesEqualLabels, inShadow } from "../../test/helpers.js"
import { dialogOf, mount } from "../../test/number-operation.js"

describe("kab-number-operation: secret code", function () {
  // Each test drives the mock operator through whole operations on a shared, busy machine.
  this.timeout(60_000)

  it("sends the code with what it allows stated, then deletes it", async () => {
    const { page, element } = await mount()
    const number = await page.number("77010542001")
    element.open("sendSecretCode", number)
    let dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Отправить секретный код")
    const points = [...dialog.querySelectorAll(".points li")].map((item) => item.textContent?.trim())
    expect(points).to.deep.equal([
      "Секретный код дает возможность пользователю абонентского номера просмотреть информацию по номеру, включая детализацию вызовов в личном кабинете для физических лиц.",
      "Секретный код не дает возможность пользователю номера подключать / отключать услуги.",
    ])
    expect(inShadow(dialog, "#confirm").textContent?.trim()).to.equal("Отправить")
    const sent = oneEvent(element, "kab-operation-finished")
    await dialog.confirm()
    expect((await sent).detail.outcome).to.equal("done")
    expect(
      page.operator
        .outbox({ channel: "sms", to: "77010542001" })
        .some((sms) => "purpose" in sms && sms.purpose === "secretCode"),
    ).to.equal(true)
    expect(page.operator.state.numbers.get("77010542001")?.secretCodeSentAt).to.not.equal(undefined)

    element.open("deleteSecretCode", number)
    dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Удалить секретный код")
    await expectNamesEqualLabels(dialog)
    await expect(dialog).to.be.accessible()
    await dialog.confirm()
    expect(page.operator.state.numbers.get("77010542001")?.secretCodeSentAt).to.equal(undefined)
  })

  it("shows the operator's error with the operation's name and stays open", async () => {
    const { page, element } = await mount()
    page.operator.addFaults({ endpoint: "numberActions.sendSecretCode", kind: "error", status: 500, times: 1 })
    element.open("sendSecretCode", await page.number("77010542001"))
    const dialog = await dialogOf(element)
    await dialog.confirm()
    expect(dialog.open).to.equal(true)
    await dialog.updateComplete
    const error = dialog.shadowRoot?.querySelector("kab-operator-error")
    expect(error?.shadowRoot?.textContent).to.include("Отправить секретный код")
  })

  it("speaks Kazakh and English", async () => {
    for (const [lang, confirm] of [
      ["kk", "Жіберу"],
      ["en", "Send"],
    ] as const) {
      const { page, element } = await mount(lang)
      element.open("sendSecretCode", await page.number("77010542001"))
      const dialog = await dialogOf(element)
      expect(inShadow(dialog, "#confirm").textContent?.trim()).to.equal(confirm)
      expect(dialog.querySelectorAll(".points li")).to.have.length(2)
      await expect(dialog).to.be.accessible()
    }
  })
})
