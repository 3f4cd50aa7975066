import { expect, fixture, html, nextFrame } from "@open-wc/testing"
import "./status-badge.js"
import type { KabStatusBadge } from "./status-badge.js"

describe("kab-status-badge", () => {
  it("shows the operator's status and exposes a stable key", async () => {
    const el = await fixture<KabStatusBadge>(html`<kab-status-badge status="Заблокирован / Долг"></kab-status-badge>`)
    expect(el.shadowRoot?.textContent?.trim()).to.equal("Заблокирован / Долг")
    expect(el.getAttribute("status-key")).to.equal("debtBlocked")
  })

  it("follows a status change", async () => {
    const el = await fixture<KabStatusBadge>(html`<kab-status-badge status="Активный"></kab-status-badge>`)
    el.status = "В обработке"
    await el.updateComplete
    expect(el.getAttribute("status-key")).to.equal("processing")
    expect(el.shadowRoot?.querySelector("[part=badge]")?.textContent).to.equal("В обработке")
  })

  it("speaks the admin's language, switching at run time", async () => {
    const el = await fixture<KabStatusBadge>(
      html`<kab-status-badge lang="ru" status="Заблокирован / Долг"></kab-status-badge>`,
    )
    el.lang = "kk"
    await nextFrame()
    expect(el.shadowRoot?.querySelector("[part=badge]")?.textContent).to.equal("Бұғатталған / Қарыз")
    el.lang = "en"
    await nextFrame()
    expect(el.shadowRoot?.querySelector("[part=badge]")?.textContent).to.equal("Blocked / Debt")
    expect(el.getAttribute("status-key")).to.equal("debtBlocked")
  })

  it("passes an accessibility audit", async () => {
    const el = await fixture<KabStatusBadge>(html`<kab-status-badge status="Активный"></kab-status-badge>`)
    await expect(el).to.be.accessible()
  })
})
