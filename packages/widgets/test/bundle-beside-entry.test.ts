/**
 * `dist/kabinet.js` loaded in a page that already registered a widget through its own entry
 * (`@kabinet/widgets/number-list.js`): the entry's elements stay, the bundle adds the others, nothing
 * errs, and widgets of either copy share a provider.
 */
import { expect, fixture, html } from "@open-wc/testing"
import * as entry from "../src/entries/number-list.js"
import { loadBundle, watchErrors } from "./bundle.js"
import { waitUntil } from "./helpers.js"

describe("dist/kabinet.js beside a per-element entry", () => {
  it("keeps the entry's registrations, adds the rest, and errs nowhere", async function () {
    // A 1 MB module is parsed here; a busy machine takes its time.
    this.timeout(60_000)
    const watch = watchErrors()
    try {
      expect(customElements.get("kab-number-list")).to.equal(entry.KabNumberList)
      expect(customElements.get("kab-login")).to.equal(undefined)
      const bundle = await loadBundle("beside")
      expect(customElements.get("kab-number-list")).to.equal(entry.KabNumberList)
      expect(customElements.get("kab-provider")).to.equal(entry.KabProvider)
      expect(customElements.get("kab-login")).to.equal(bundle.KabLogin)
      expect(customElements.get("kab-confirm-dialog")).to.equal(bundle.KabConfirmDialog)

      // The bundle's sign-in form follows the entry's provider: the brand it configures shows.
      const provider = await fixture<InstanceType<typeof entry.KabProvider>>(
        html`<kab-provider lang="ru" .brand=${{ operator: "Acme" }}><kab-login></kab-login></kab-provider>`,
      )
      const login = provider.querySelector("kab-login") as HTMLElement
      await waitUntil(
        () => login.shadowRoot?.querySelector('[part="logo"]')?.textContent?.trim() === "Acme",
        "the brand",
      )
      expect(watch.errors).to.deep.equal([])
    } finally {
      watch.stop()
    }
  })
})
