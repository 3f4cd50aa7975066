import { expect, fixture, html } from "@open-wc/testing"
import { LitElement } from "lit"
import { press, typeText, waitUntil } from "../../../test/helpers.js"
import { SearchController } from "./search-controller.js"

class TestSearch extends LitElement {
  readonly committed: Array<string> = []
  readonly search = new SearchController(this, { delayMs: 50, commit: (text) => this.committed.push(text) })
  override render() {
    return html`<input
      type="search"
      aria-label="search"
      .value=${this.search.typed}
      @input=${this.search.onInput}
      @keydown=${this.search.onKeydown}
    />`
  }
}
customElements.define("test-search", TestSearch)

/** Types `text` one character at a time within one task, so no pause can fall between the keystrokes. */
const typeAtOnce = (el: TestSearch, text: string) => {
  const input = el.shadowRoot?.querySelector("input") as HTMLInputElement
  for (let end = 1; end <= text.length; end++) {
    input.value = text.slice(0, end)
    input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  }
}

const mount = async () => {
  const el = await fixture<TestSearch>(html`<test-search></test-search>`)
  el.shadowRoot?.querySelector("input")?.focus()
  return el
}

describe("SearchController", () => {
  it("searches once the admin pauses, not per keystroke, with the text trimmed", async () => {
    const el = await mount()
    typeAtOnce(el, " 7701 ")
    expect(el.search.typed).to.equal(" 7701 ")
    await waitUntil(() => el.committed.length > 0, "the search after the pause")
    expect(el.committed).to.deep.equal(["7701"])
  })

  it("searches at once on Enter", async () => {
    const el = await mount()
    await typeText("7701")
    await press("Enter")
    expect(el.committed).to.deep.equal(["7701"])
  })

  it("keeps the typing when the host sets the same search, and shows another one", async () => {
    const el = await mount()
    await typeText("7701 ")
    await press("Enter")
    el.search.sync("7701")
    expect(el.search.typed).to.equal("7701 ")
    el.search.sync("7702")
    expect(el.search.typed).to.equal("7702")
  })

  it("does not search after the element left the page", async () => {
    const el = await mount()
    typeAtOnce(el, "7701")
    el.remove()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(el.committed).to.deep.equal([])
  })
})
