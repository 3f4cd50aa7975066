import { expect, fixture, html, nextFrame } from "@open-wc/testing"
import { LitElement } from "lit"
import { deepActiveElement, press, typeText } from "../../../test/helpers.js"
import { field } from "../templates/field.js"
import { FormController } from "./form-controller.js"

/** A form of two required fields whose `send` the test answers. */
class TestForm extends LitElement {
  defaultCity = "Алматы"
  sent: Array<{ readonly name: string; readonly city: string }> = []
  answer: Promise<boolean> = Promise.resolve(true)
  readonly form = new FormController(this, { initial: () => ({ name: "", city: this.defaultCity }) })

  override render() {
    const required = (value: string) => (value.trim() === "" ? "required" : undefined)
    return html`<form
      novalidate
      @submit=${(event: Event) =>
        this.form.submit(event, (values) => {
          this.sent.push(values)
          return this.answer
        })}
    >
      ${field({ id: "name", label: "Name", ...this.form.bind("name"), error: this.form.shown(required(this.form.value("name"))) })}
      ${field({ id: "city", label: "City", ...this.form.bind("city"), error: this.form.shown(required(this.form.value("city"))) })}
      <button id="send">Send</button>
      ${this.form.saved ? html`<p id="saved">Saved</p>` : ""}
    </form>`
  }
}
customElements.define("test-form", TestForm)

const input = (el: TestForm, id: string) => el.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement
const error = (el: TestForm, id: string) => el.shadowRoot?.querySelector(`#${id}-error`)?.textContent ?? undefined

const submit = async (el: TestForm) => {
  el.shadowRoot?.querySelector<HTMLButtonElement>("#send")?.click()
  await nextFrame()
  await el.updateComplete
}

describe("FormController", () => {
  it("shows no error before the first submission, then focuses the first field in error and sends nothing", async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`)
    el.defaultCity = ""
    el.requestUpdate()
    await el.updateComplete
    expect(error(el, "name")).to.equal(undefined)
    await submit(el)
    expect(el.form.submitted).to.equal(true)
    expect(error(el, "name")).to.equal("required")
    expect(error(el, "city")).to.equal("required")
    expect(deepActiveElement()).to.equal(input(el, "name"))
    expect(el.sent).to.deep.equal([])
  })

  it("sends the values, initial ones where nothing was typed", async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`)
    input(el, "name").focus()
    await typeText("Дана")
    await press("Enter")
    await el.updateComplete
    expect(el.sent).to.deep.equal([{ name: "Дана", city: "Алматы" }])
  })

  it("is busy while sending and sends once, however often the admin presses", async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`)
    let answer: (value: boolean) => void = () => undefined
    el.answer = new Promise((resolve) => {
      answer = resolve
    })
    input(el, "name").focus()
    await typeText("Дана")
    await submit(el)
    expect(el.form.busy).to.equal(true)
    await submit(el)
    expect(el.sent.length).to.equal(1)
    answer(true)
    await new Promise((resolve) => setTimeout(resolve))
    expect(el.form.busy).to.equal(false)
  })

  it("keeps everything typed when sending fails", async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`)
    el.answer = Promise.resolve(false)
    input(el, "name").focus()
    await typeText("Дана")
    await submit(el)
    await el.updateComplete
    expect(input(el, "name").value).to.equal("Дана")
    expect(el.form.saved).to.equal(false)
    expect(el.form.submitted).to.equal(true)
  })

  it("forgets what was typed once saved, shows it saved until the admin types again", async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`)
    input(el, "name").focus()
    await typeText("Дана")
    await submit(el)
    await el.updateComplete
    expect(el.shadowRoot?.querySelector("#saved")).to.not.equal(null)
    expect(input(el, "name").value).to.equal("")
    expect(el.form.submitted).to.equal(false)
    // The initial values are read again: a field shows what is now current.
    el.defaultCity = "Астана"
    el.requestUpdate()
    await el.updateComplete
    expect(input(el, "city").value).to.equal("Астана")
    input(el, "name").focus()
    await typeText("А")
    expect(el.shadowRoot?.querySelector("#saved")).to.equal(null)
  })

  it("starts over on reset", async () => {
    const el = await fixture<TestForm>(html`<test-form></test-form>`)
    input(el, "name").focus()
    await typeText("Дана")
    el.answer = Promise.resolve(false)
    await submit(el)
    el.form.reset()
    await el.updateComplete
    expect(input(el, "name").value).to.equal("")
    expect(el.form.submitted).to.equal(false)
  })
})
