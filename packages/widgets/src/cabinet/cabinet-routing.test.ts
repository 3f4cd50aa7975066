/**
 * `<kab-cabinet>` on the mock operator: the views in the page's hash, with the browser's history.
 */
import { expect } from "@open-wc/testing"
import { cabinetHooks, navItem, signedIn, title, untilTitle } from "../../test/cabinet.js"
import { deepActiveElement, inShadow, waitUntil } from "../../test/helpers.js"

describe("kab-cabinet: hash routing", () => {
  cabinetHooks()

  it("keeps the view in the hash: the navigation, an opened number and the back button", async () => {
    const { cabinet } = await signedIn()
    navItem(cabinet, "Документы и отчеты").click()
    await untilTitle(cabinet, "Документы и отчеты")
    expect(location.hash).to.equal("#/documents")
    expect(navItem(cabinet, "Документы и отчеты").getAttribute("aria-current")).to.equal("page")
    expect(deepActiveElement() === inShadow(cabinet, "#view-title"), "the focus on the view's heading").to.equal(true)
    history.back()
    await untilTitle(cabinet, "Управление номерами")
    expect(location.hash).to.equal("#/numbers")

    const list = inShadow(cabinet, "kab-number-list")
    const firstRow = () => list.shadowRoot?.querySelector<HTMLElement>('[role="row"][data-msisdn]')
    await waitUntil(firstRow, "a row")
    const row = firstRow() as HTMLElement
    const msisdn = row.dataset.msisdn ?? ""
    row.click()
    await waitUntil(() => location.hash === `#/numbers/${msisdn}`, "the number's address")
    expect(cabinet.view).to.equal("number")
    expect(cabinet.number).to.equal(msisdn)
    inShadow(cabinet, "main").dispatchEvent(
      new CustomEvent("kab-records-request", {
        detail: { kind: "detalization", number: msisdn },
        bubbles: true,
        composed: true,
      }),
    )
    await waitUntil(() => location.hash === `#/numbers/${msisdn}/detalization`, "the records' address")
    history.back()
    await waitUntil(() => cabinet.view === "number", "back to the number")
    history.back()
    await untilTitle(cabinet, "Управление номерами")
  })

  it("opens the view the address names, and follows an address typed later", async () => {
    history.replaceState(null, "", "#/profile")
    const { cabinet } = await signedIn()
    expect(title(cabinet)).to.equal("Мой профиль")
    expect(inShadow(cabinet, "main kab-admin-profile")).to.not.equal(null)
    location.hash = "#/documents"
    await untilTitle(cabinet, "Документы и отчеты")
  })
})
