import { Errors, Messages } from "@kabinet/core"
import { expect, fixture, html, nextFrame, oneEvent } from "@open-wc/testing"
import {
  accessibilityNodes,
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  waitUntil,
} from "../../test/helpers.js"
import "./confirm-dialog.js"
import type { KabConfirmDialog } from "./confirm-dialog.js"

/** A promise the test settles. */
const deferred = <A>() => {
  let resolve: (value: A) => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const promise = new Promise<A>((ok, fail) => {
    resolve = ok
    reject = fail
  })
  return { promise, resolve, reject }
}

const mount = async (lang = "ru") => {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>
    <button id="opener">Блокировка</button>
    <kab-confirm-dialog
      label="Заблокировать номер"
      subtitle="+7 701 054 19 21"
      text="Вы уверены, что хотите заблокировать данный номер?"
      operation="operation.block"
    ></kab-confirm-dialog>
  </div>`)
  const dialog = root.querySelector("kab-confirm-dialog") as KabConfirmDialog
  const opener = root.querySelector("#opener") as HTMLButtonElement
  opener.focus()
  await dialog.show()
  return { root, dialog, opener }
}

const button = (dialog: KabConfirmDialog, id: "confirm" | "cancel") => inShadow<HTMLButtonElement>(dialog, `#${id}`)

describe("kab-confirm-dialog", () => {
  it("asks in the manual's words, modal, with the focus on «Отменить»", async () => {
    const { dialog } = await mount()
    expect(dialog.open).to.equal(true)
    expect(inShadow(dialog, "dialog").matches(":modal")).to.equal(true)
    expect(inShadow(dialog, "[part=title]").textContent).to.equal("Заблокировать номер")
    expect(inShadow(dialog, "[part=subtitle]").textContent).to.equal("+7 701 054 19 21")
    expect(button(dialog, "confirm").textContent?.trim()).to.equal("Да, уверен")
    expect(button(dialog, "cancel").textContent?.trim()).to.equal("Отменить")
    expect(deepActiveElement()).to.equal(button(dialog, "cancel"))
    const node = (await accessibilityNodes()).find((each) => each.role === "alertdialog")
    expect(node?.name).to.equal("Заблокировать номер")
    await expect(dialog).to.be.accessible()
    await expectNamesEqualLabels(dialog)
  })

  it("cancels with «Отменить», giving the focus back to the opener", async () => {
    const { dialog, opener } = await mount()
    const cancelled = oneEvent(dialog, "kab-cancel")
    await press("Enter")
    const event = await cancelled
    expect([event.bubbles, event.composed]).to.deep.equal([true, false])
    expect(dialog.open).to.equal(false)
    expect(deepActiveElement()).to.equal(opener)
  })

  it("cancels with Escape", async () => {
    const { dialog, opener } = await mount()
    const cancelled = oneEvent(dialog, "kab-cancel")
    await press("Escape")
    await cancelled
    expect(dialog.open).to.equal(false)
    expect(deepActiveElement()).to.equal(opener)
  })

  it("confirms at once when there is no action", async () => {
    const { dialog, opener } = await mount()
    button(dialog, "confirm").focus()
    const confirmed = oneEvent(dialog, "kab-confirm")
    await press("Enter")
    await confirmed
    expect(dialog.open).to.equal(false)
    expect(deepActiveElement()).to.equal(opener)
  })

  it("stays busy while the action runs: Escape and «Отменить» wait for it, then it closes confirmed", async () => {
    const { dialog, opener } = await mount()
    const work = deferred<boolean>()
    let runs = 0
    dialog.action = () => {
      runs++
      return work.promise
    }
    button(dialog, "confirm").focus()
    await press("Enter")
    await dialog.updateComplete
    expect(dialog.busy).to.equal(true)
    expect(inShadow(dialog, "dialog").getAttribute("aria-busy")).to.equal("true")
    expect(button(dialog, "confirm").getAttribute("aria-disabled")).to.equal("true")
    expect(button(dialog, "confirm").querySelector(".spinner")).to.not.equal(null)
    await press("Enter")
    await press("Escape")
    button(dialog, "cancel").click()
    await nextFrame()
    expect(dialog.open).to.equal(true)
    expect(runs).to.equal(1)
    const confirmed = oneEvent(dialog, "kab-confirm")
    work.resolve(true)
    await confirmed
    expect(dialog.open).to.equal(false)
    expect(dialog.busy).to.equal(false)
    expect(deepActiveElement()).to.equal(opener)
  })

  it("stays open with the operator's error and the manual's advice when the action fails, and tries again", async () => {
    const { dialog } = await mount()
    let attempt = 0
    dialog.action = async () => {
      attempt++
      if (attempt === 1) throw new Errors.OperatorUnavailable({ status: 503 })
      return true
    }
    let confirmedEvents = 0
    dialog.addEventListener("kab-confirm", () => confirmedEvents++)
    button(dialog, "confirm").click()
    await waitUntil(() => dialog.shadowRoot?.querySelector("kab-operator-error[has-error]"), "the failure")
    expect(dialog.open).to.equal(true)
    expect(dialog.busy).to.equal(false)
    const alert = dialog.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent ?? ""
    expect(alert).to.contain(Messages.format("ru", "error.operatorUnavailable"))
    expect(alert).to.contain("«Блокировка»")
    expect(confirmedEvents).to.equal(0)
    await expect(dialog).to.be.accessible()
    const confirmed = oneEvent(dialog, "kab-confirm")
    button(dialog, "confirm").click()
    await confirmed
    expect(dialog.open).to.equal(false)
  })

  it("stays open, without an error of its own, when the action answers false", async () => {
    const { dialog } = await mount()
    dialog.action = async () => false
    button(dialog, "confirm").click()
    await waitUntil(() => !dialog.busy, "the action's end")
    expect(dialog.open).to.equal(true)
    expect(dialog.shadowRoot?.querySelector("kab-operator-error")).to.equal(null)
  })

  it("focuses a slotted field marked autofocus, and shows a failure the host slots in", async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <kab-confirm-dialog label="Замена Sim-карты">
        <label>ВВЕДИТЕ НОВЫЙ НОМЕР SIM-КАРТЫ <input id="sim" autofocus /></label>
        <p slot="error" id="own-error">Неверный номер SIM-карты</p>
      </kab-confirm-dialog>
    </div>`)
    const dialog = root.querySelector("kab-confirm-dialog") as KabConfirmDialog
    await dialog.show()
    expect(deepActiveElement()).to.equal(root.querySelector("#sim"))
    expect((root.querySelector("#own-error") as HTMLElement).getBoundingClientRect().height).to.be.above(0)
  })

  it("speaks the admin's language", async () => {
    const { dialog } = await mount("kk")
    expect(button(dialog, "confirm").textContent?.trim()).to.equal("Иә, сенімдімін")
    dialog.lang = "en"
    await nextFrame()
    expect(button(dialog, "cancel").textContent?.trim()).to.equal("Cancel")
  })

  it("fits a 375-px-wide screen", async () => {
    const { dialog } = await mount()
    await expectFitsPhone(dialog)
  })
})
