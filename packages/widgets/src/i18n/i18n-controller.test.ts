import { Money } from "@kabinet/core"
import { expect, fixture, html, nextFrame } from "@open-wc/testing"
import { LitElement } from "lit"
import "../provider/provider.js"
import { waitUntil } from "../../test/helpers.js"
import { configure } from "../internal/store/defaults.js"
import type { KabProvider } from "../provider/provider.js"
import { en, kk, ru, sections } from "./catalog/index.js"
import * as login from "./catalog/login.js"
import * as numberList from "./catalog/number-list.js"
import { addStrings } from "./catalog/strings.js"
import { I18nController } from "./i18n-controller.js"

class TestI18n extends LitElement {
  readonly i18n = new I18nController(this)
  override render() {
    return html`<p id="ui">${this.i18n.t("login.submit")}</p>
      <p id="core">${this.i18n.m("operation.selfCareBan")}</p>
      <p id="money">${this.i18n.money(Money.make(997033))}</p>
      <p id="time">${this.i18n.dateTime(Date.parse("2020-08-26T22:21:00Z"))}</p>`
  }
}
addStrings(login, numberList)
customElements.define("test-i18n", TestI18n)

/** A widget that marks its content's language on a wrapper in its shadow root, as the profile does. */
class TestI18nWrapper extends LitElement {
  readonly i18n = new I18nController(this)
  override render() {
    return html`<div lang=${this.i18n.locale}><test-i18n></test-i18n></div>`
  }
}
customElements.define("test-i18n-wrapper", TestI18nWrapper)

const text = (el: Element, id: string) => el.shadowRoot?.getElementById(id)?.textContent ?? ""

describe("I18nController", () => {
  afterEach(() => {
    document.documentElement.removeAttribute("lang")
    configure({ locale: undefined, brand: {} })
  })

  it("speaks Russian by default, with the manual's words", async () => {
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`)
    expect(el.i18n.locale).to.equal("ru")
    expect(text(el, "ui")).to.equal("ВОЙТИ")
    expect(text(el, "core")).to.equal("Запрет на доступ в MyKcell")
  })

  it("follows lang on the element, switching at run time ru → kk → en", async () => {
    const el = await fixture<TestI18n>(html`<test-i18n lang="ru"></test-i18n>`)
    expect(text(el, "ui")).to.equal("ВОЙТИ")
    el.lang = "kk"
    await nextFrame()
    expect(text(el, "ui")).to.equal(kk["login.submit"])
    el.lang = "en"
    await nextFrame()
    expect(text(el, "ui")).to.equal(en["login.submit"])
    expect(text(el, "core")).to.equal("MyKcell access ban")
  })

  it("follows a provider's lang and the document's", async () => {
    document.documentElement.lang = "en"
    const provider = await fixture<KabProvider>(html`<kab-provider lang="kk"><test-i18n></test-i18n></kab-provider>`)
    const el = provider.querySelector("test-i18n") as TestI18n
    await el.updateComplete
    expect(el.i18n.locale).to.equal("kk")
    provider.removeAttribute("lang")
    await nextFrame()
    expect(el.i18n.locale).to.equal("en")
  })

  it("follows a language switch when it sits in another widget that marks its content's language", async () => {
    const provider = await fixture<KabProvider>(
      html`<kab-provider lang="ru"><test-i18n-wrapper></test-i18n-wrapper></kab-provider>`,
    )
    const wrapper = provider.querySelector("test-i18n-wrapper") as TestI18nWrapper
    await wrapper.updateComplete
    const inner = wrapper.shadowRoot?.querySelector("test-i18n") as TestI18n
    await inner.updateComplete
    expect(text(inner, "ui")).to.equal("ВОЙТИ")
    provider.lang = "en"
    await waitUntil(() => text(inner, "ui") === en["login.submit"], "the inner widget switched to English")
    expect(text(inner, "core")).to.equal("MyKcell access ban")
  })

  it("uses the page-level default where no lang is set", async () => {
    configure({ locale: "kk" })
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`)
    expect(text(el, "ui")).to.equal(kk["login.submit"])
  })

  it("takes the configured brand's names", async () => {
    const provider = await fixture<KabProvider>(
      html`<kab-provider .brand=${{ selfCare: "MyAcme" }}><test-i18n></test-i18n></kab-provider>`,
    )
    const el = provider.querySelector("test-i18n") as TestI18n
    await el.updateComplete
    expect(text(el, "core")).to.equal("Запрет на доступ в MyAcme")
  })

  it("formats money from tiyn exactly, and times in Asia/Almaty", async () => {
    const el = await fixture<TestI18n>(html`<test-i18n lang="ru"></test-i18n>`)
    expect(text(el, "money").replace(/\s/gu, " ")).to.equal("9 970,33 ₸")
    // 22:21 UTC is 03:21 the next day in Almaty (UTC+5 since March 2024, UTC+6 before).
    expect(text(el, "time")).to.match(/27\.08\.2020,? 0[34]:21/u)
  })

  it("has every Russian key translated in Kazakh and English", () => {
    expect(Object.keys(kk).sort()).to.deep.equal(Object.keys(ru).sort())
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(ru).sort())
  })

  it("builds the catalogue from per-feature sections that share no key", () => {
    const seen = new Map<string, string>()
    for (const [name, section] of Object.entries(sections)) {
      expect(Object.keys(section.kk).sort(), `${name} in Kazakh`).to.deep.equal(Object.keys(section.ru).sort())
      expect(Object.keys(section.en).sort(), `${name} in English`).to.deep.equal(Object.keys(section.ru).sort())
      for (const key of Object.keys(section.ru)) {
        expect(seen.get(key), `${key} of ${name}`).to.equal(undefined)
        seen.set(key, name)
      }
    }
    expect(seen.size).to.equal(Object.keys(ru).length)
  })

  it("gives the number list's strings through the same controller", async () => {
    const el = await fixture<TestI18n>(html`<test-i18n lang="kk"></test-i18n>`)
    expect(el.i18n.t("numbers.list.count", { count: 3 })).to.equal("Табылған нөмірлер: 3")
    expect(el.i18n.t("numbers.search.label")).to.equal(kk["numbers.search.label"])
  })
})
