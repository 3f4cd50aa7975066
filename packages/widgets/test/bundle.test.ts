/**
 * `dist/kabinet.js` loaded twice in one page (two micro-frontends, or a page and a widget that both
 * bring it): every element is registered once, by the first copy, and nothing errs.
 */
import { expect, fixture, html } from "@open-wc/testing"
import { elements, loadBundle, watchErrors } from "./bundle.js"
import { waitUntil } from "./helpers.js"

describe("dist/kabinet.js", () => {
  it("registers every element once when the page loads it twice, with no error", async function () {
    // Two copies of a 1 MB module are parsed here; a busy machine takes its time.
    this.timeout(60_000)
    const watch = watchErrors()
    try {
      const first = await loadBundle("first")
      const second = await loadBundle("second")
      expect(second.KabLogin, "the second copy is a module of its own").to.not.equal(first.KabLogin)
      for (const [tag, name] of elements) expect(customElements.get(tag), tag).to.equal(first[name])

      const provider = await fixture<HTMLElement>(html`<kab-provider lang="ru">
        <kab-status-badge status="Заблокирован"></kab-status-badge>
        <kab-login></kab-login>
      </kab-provider>`)
      const badge = provider.querySelector("kab-status-badge") as HTMLElement & { updateComplete: Promise<boolean> }
      const login = provider.querySelector("kab-login") as HTMLElement & { updateComplete: Promise<boolean> }
      await badge.updateComplete
      await login.updateComplete
      expect(badge.shadowRoot?.textContent?.trim()).to.equal("Заблокирован")
      await waitUntil(() => login.shadowRoot?.querySelector("#submit")?.textContent?.trim() === "ВОЙТИ", "the form")
      expect(watch.errors).to.deep.equal([])
    } finally {
      watch.stop()
    }
  })
})
