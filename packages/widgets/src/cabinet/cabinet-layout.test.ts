/**
 * `<kab-cabinet>` on the mock operator: languages, accessible names and axe, and a phone's width.
 */
import { expect, nextFrame } from "@open-wc/testing"
import { setViewport } from "@web/test-runner-commands"
import { cabinetHooks, navItem, signedIn, untilTitle } from "../../test/cabinet.js"
import { expectFitsPhone, expectNamesEqualLabels, inShadow, waitUntil } from "../../test/helpers.js"
import { en, kk } from "../i18n/catalog/index.js"

describe("kab-cabinet: languages, accessibility, phone", () => {
  cabinetHooks()

  it("switches language at run time, the header and navigation included", async () => {
    const { cabinet, provider } = await signedIn()
    const select = inShadow<HTMLSelectElement>(cabinet, "#cabinet-language")
    select.value = "kk"
    select.dispatchEvent(new Event("change"))
    await waitUntil(() => provider.lang === "kk", "Kazakh")
    await untilTitle(cabinet, String(kk["cabinet.nav.numbers"]))
    expect(navItem(cabinet, String(kk["cabinet.nav.documents"]))).to.not.equal(undefined)
    // The widgets inside the cabinet follow too.
    const list = inShadow(cabinet, "kab-number-list")
    await waitUntil(
      () => list.shadowRoot?.querySelector("label[for=search]")?.textContent?.trim() === kk["numbers.search.label"],
      "the list in Kazakh",
    )
    provider.lang = "en"
    await untilTitle(cabinet, String(en["cabinet.nav.numbers"]))
    await expectNamesEqualLabels(cabinet)
  })

  it("has accessible names equal to the visible labels, and passes axe signed in", async () => {
    const { cabinet } = await signedIn()
    await expectNamesEqualLabels(cabinet)
    expect(inShadow(cabinet, "header")).to.not.equal(null)
    expect(inShadow(cabinet, "main").getAttribute("aria-labelledby")).to.equal("view-title")
    await expect(cabinet).to.be.accessible()
  })

  it("on a phone, folds the navigation behind «Меню» and fits 375 px without horizontal scrolling", async () => {
    const { cabinet } = await signedIn()
    await setViewport({ width: 375, height: 800 })
    try {
      await nextFrame()
      const toggle = inShadow<HTMLButtonElement>(cabinet, ".nav-toggle")
      expect(getComputedStyle(toggle).display).to.not.equal("none")
      expect(toggle.getAttribute("aria-expanded")).to.equal("false")
      expect(getComputedStyle(inShadow(cabinet, "#nav-list")).display).to.equal("none")
      toggle.click()
      await cabinet.updateComplete
      expect(toggle.getAttribute("aria-expanded")).to.equal("true")
      expect(getComputedStyle(inShadow(cabinet, "#nav-list")).display).to.not.equal("none")
      navItem(cabinet, "Документы и отчеты").click()
      await untilTitle(cabinet, "Документы и отчеты")
      expect(getComputedStyle(inShadow(cabinet, "#nav-list")).display).to.equal("none")
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
    navItem(cabinet, "Управление номерами").click()
    await untilTitle(cabinet, "Управление номерами")
    await expectFitsPhone(cabinet)
  })
  it("on a phone, lets the number list scroll with the page, and in its own box on a desktop", async () => {
    const { cabinet } = await signedIn()
    const list = () => inShadow(cabinet, "kab-number-list")
    await waitUntil(() => !list().hasAttribute("page-scroll"), "the desktop's box")
    await setViewport({ width: 375, height: 800 })
    try {
      await waitUntil(() => list().hasAttribute("page-scroll"), "the list scrolling with the page")
      await waitUntil(
        () => document.documentElement.scrollHeight > window.innerHeight * 2,
        "a page as long as the rows it shows",
      )
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
    await waitUntil(() => !list().hasAttribute("page-scroll"), "the box again")
  })
})
