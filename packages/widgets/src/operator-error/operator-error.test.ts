import { Errors, Messages } from "@kabinet/core"
import { expect, fixture, html, nextFrame } from "@open-wc/testing"
import { expectFitsPhone, inShadow } from "../../test/helpers.js"
import "./operator-error.js"
import type { KabOperatorError } from "./operator-error.js"

describe("kab-operator-error", () => {
  it("shows nothing until there is an error", async () => {
    const el = await fixture<KabOperatorError>(html`<kab-operator-error></kab-operator-error>`)
    expect(el.shadowRoot?.querySelector("[part=notice]")).to.equal(null)
    expect(getComputedStyle(el).display).to.equal("none")
  })

  it("shows the error and the manual's advice naming the operation, as an alert", async () => {
    const el = await fixture<KabOperatorError>(
      html`<kab-operator-error
        operation="operation.block"
        .error=${new Errors.OperatorUnavailable({ status: 503 })}
      ></kab-operator-error>`,
    )
    const notice = inShadow(el, "[part=notice]")
    expect(notice.getAttribute("role")).to.equal("alert")
    expect(inShadow(el, "[part=message]").textContent).to.equal("Сервис оператора временно недоступен.")
    const advice = inShadow(el, "[part=advice]").textContent ?? ""
    expect(advice).to.contain("«Блокировка»")
    expect(advice).to.contain("Подождите 2–3 минуты, обновите страницу и попробуйте снова")
    expect(advice).to.contain("службу поддержки корпоративных клиентов")
    await expect(el).to.be.accessible()
  })

  it("gives the manual's advice for anything unexpected, too", async () => {
    const el = await fixture<KabOperatorError>(
      html`<kab-operator-error operation="operation.signIn" .error=${new TypeError("boom")}></kab-operator-error>`,
    )
    const message = inShadow(el, "[part=message]").textContent ?? ""
    expect(message).to.contain("Вход в Kcell Business ID")
    expect(message).to.contain("Подождите 2–3 минуты")
    expect(message).not.to.contain("boom")
  })

  it("switches language at run time", async () => {
    const el = await fixture<KabOperatorError>(
      html`<kab-operator-error lang="ru" .error=${new Errors.NetworkError({})}></kab-operator-error>`,
    )
    const ruText = inShadow(el, "[part=message]").textContent
    el.lang = "kk"
    await nextFrame()
    const kkText = inShadow(el, "[part=message]").textContent
    el.lang = "en"
    await nextFrame()
    const enText = inShadow(el, "[part=message]").textContent
    expect(new Set([ruText, kkText, enText]).size).to.equal(3)
    expect(enText).to.equal(Messages.format("en", "error.network"))
  })

  it("fits a 375-px-wide screen without horizontal scrolling", async () => {
    const el = await fixture<KabOperatorError>(
      html`<kab-operator-error operation="operation.detailViewBan" .error=${new Errors.Timeout({ afterMillis: 20_000 })}></kab-operator-error>`,
    )
    await expectFitsPhone(el)
  })
})
