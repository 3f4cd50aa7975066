import { Calendar, Rules } from "@kabinet/core"
import { expect, fixture, html, nextFrame } from "@open-wc/testing"
import { LitElement } from "lit"
import { deepActiveElement, expectNamesEqualLabels, inShadow, press } from "../../../test/helpers.js"
import { I18nController } from "../../i18n/i18n-controller.js"
import { tokens } from "../../theme/tokens.js"
import { lastAnnouncement } from "../controllers/announcer.js"
import { base, forms } from "../styles.js"
import { action, denialOf } from "./action.js"

class TestAction extends LitElement {
  static override styles = [tokens, base, forms]
  readonly i18n = new I18nController(this)
  // Sent at 0, checked 18 s later: 42 s to wait.
  denial: Rules.Denied | undefined = denialOf(
    Rules.AccessRules.resendCooldown.check({ lastSentAt: 0 }, Calendar.momentAt(18_000)),
  )
  activations = 0
  override render() {
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
      ${action(this.i18n, {
        id: "resend",
        label: this.i18n.t("recovery.resend"),
        kind: "link",
        denial: this.denial,
        onActivate: () => this.activations++,
      })}
    </form>`
  }
}
customElements.define("test-action", TestAction)

describe("action (a rule's refusal)", () => {
  it("keeps a refused action focusable, shows the core's reason and does not act", async () => {
    const el = await fixture<TestAction>(html`<test-action></test-action>`)
    const button = inShadow<HTMLButtonElement>(el, "#resend")
    expect(button.disabled).to.equal(false)
    expect(button.getAttribute("aria-disabled")).to.equal("true")
    expect(button.dataset.rule).to.equal("recovery.resendCooldown")
    const reason = inShadow(el, `#${button.getAttribute("aria-describedby")}`)
    expect(reason.textContent).to.equal("Отправить код повторно можно через 42 секунды.")

    await press("Tab")
    expect(deepActiveElement()).to.equal(button)
    await press("Enter")
    await nextFrame()
    expect(el.activations).to.equal(0)
    expect(lastAnnouncement("assertive")).to.equal(reason.textContent)
    await expect(el).to.be.accessible()
    await expectNamesEqualLabels(el)
  })

  it("acts once the rule allows it", async () => {
    const el = await fixture<TestAction>(html`<test-action></test-action>`)
    el.denial = undefined
    el.requestUpdate()
    await el.updateComplete
    const button = inShadow<HTMLButtonElement>(el, "#resend")
    expect(button.hasAttribute("aria-disabled")).to.equal(false)
    expect(el.shadowRoot?.querySelector(".reason")).to.equal(null)
    button.focus()
    await press("Enter")
    expect(el.activations).to.equal(1)
  })
})
