/**
 * The three bans in `<kab-number-operation>` against the mock operator in the page: the manual's
 * titles (the brand's app name), «Запрет не установлен. Хотите установить запрет?» — «УСТАНОВИТЬ», and
 * lifting a ban in force — «СНЯТЬ»; refused while «В обработке»; one request for a double
 * confirmation; accessibility and languages.
 */
import { expect, oneEvent } from "@open-wc/testing"
import { expectNamesEqualLabels, inShadow, waitUntil } from "../../test/helpers.js"
import { dialogOf, mount } from "../../test/number-operation.js"
import type { KabConfirmDialog } from "../confirm-dialog/confirm-dialog.js"

const loaded = (dialog: KabConfirmDialog) =>
  waitUntil(() => dialog.text !== "Загрузка…" && dialog.text !== "" && !dialog.busy, "the ban's state", {
    timeout: 5000,
  })

describe("kab-number-operation: bans", function () {
  // Each test drives the mock operator through whole operations on a shared, busy machine.
  this.timeout(60_000)

  it("sets a ban with «УСТАНОВИТЬ» and lifts it with «СНЯТЬ»", async () => {
    const { page, element } = await mount()
    const number = await page.number("77010542001")
    const line = () => page.operator.state.numbers.get("77010542001")
    expect(line()?.bans.selfCareDetailView).to.equal(false)
    element.open("detailViewBan", number)
    let dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Запрет на просмотр детализации в MyKcell")
    await loaded(dialog)
    expect(dialog.text).to.equal("Запрет не установлен. Хотите установить запрет?")
    expect(inShadow(dialog, "#confirm").textContent?.trim()).to.equal("УСТАНОВИТЬ")
    const finished = oneEvent(element, "kab-operation-finished")
    inShadow<HTMLButtonElement>(dialog, "#confirm").click()
    inShadow<HTMLButtonElement>(dialog, "#confirm").click()
    expect((await finished).detail).to.deep.equal({
      operation: "detailViewBan",
      msisdn: "77010542001",
      outcome: "done",
    })
    expect(line()?.bans.selfCareDetailView).to.equal(true)
    expect(page.changes()).to.deep.equal([
      `PUT /v1/companies/${page.companyId()}/numbers/77010542001/bans/selfCareDetailView`,
    ])
    await waitUntil(() => !dialog.open, "the dialog closes", { timeout: 5000 })

    element.open("detailViewBan", number)
    dialog = await dialogOf(element)
    await waitUntil(() => dialog.text === "Запрет установлен. Хотите снять запрет?", "the ban in force", {
      timeout: 5000,
    })
    expect(inShadow(dialog, "#confirm").textContent?.trim()).to.equal("СНЯТЬ")
    await dialog.confirm()
    expect(line()?.bans.selfCareDetailView).to.equal(false)
  })

  it("titles the other two bans in the manual's words", async () => {
    const { page, element } = await mount()
    const number = await page.number("77010542001")
    element.open("selfCareBan", number)
    expect((await dialogOf(element)).label).to.equal("Запрет на доступ в MyKcell")
    element.close()
    element.open("smsUssdBan", number)
    const dialog = await dialogOf(element)
    expect(dialog.label).to.equal("Запрет на SMS / USSD управление")
    await loaded(dialog)
    await dialog.confirm()
    expect(page.operator.state.numbers.get("77010542001")?.bans.smsUssdControl).to.equal(true)
  })

  it("refuses a ban while the number is «В обработке», sending nothing", async () => {
    const { page, element } = await mount()
    element.open("selfCareBan", await page.number("77010542012"))
    const dialog = await dialogOf(element)
    await loaded(dialog)
    expect(inShadow(dialog, "#confirm").dataset.rule).to.equal("number.operation.pending")
    await dialog.confirm()
    expect(page.changes()).to.deep.equal([])
  })

  it("speaks Kazakh and English, names its buttons by their labels and passes axe", async () => {
    for (const [lang, question] of [
      ["kk", "Тыйым орнатылмаған. Тыйым орнатқыңыз келе ме?"],
      ["en", "The ban is not set. Do you want to set it?"],
    ] as const) {
      const { page, element } = await mount(lang)
      element.open("selfCareBan", await page.number("77010542001"))
      const dialog = await dialogOf(element)
      await waitUntil(() => dialog.text === question, `the question in ${lang}`, { timeout: 5000 })
      await expectNamesEqualLabels(dialog)
      await expect(dialog).to.be.accessible()
    }
  })
})
