/**
 * `<kab-number-list>` against the mock operator in the page: the manual's numbers, search, sorting,
 * paging at 100,000 numbers, the keyboard, the quick-operations menu with the core's rules, an
 * operator error with retry, languages, accessibility and a phone-sized screen.
 */
import { Messages, Money } from "@kabinet/core"
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html, nextFrame, oneEvent } from "@open-wc/testing"
import { setViewport } from "@web/test-runner-commands"
import {
  allInShadow,
  deepActiveElement,
  expectFitsPhone,
  inShadow,
  press,
  tabTo,
  typeText,
  waitUntil,
} from "../../test/helpers.js"
import { signIn } from "../../test/session.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./number-list.js"
import type { KabConfirmDialog } from "../confirm-dialog/confirm-dialog.js"
import { kk } from "../i18n/catalog/index.js"
import type { KabNumberOperation } from "../number-operation/number-operation.js"
import type { KabNumberList } from "./number-list.js"

let operator: MockOperator | undefined

afterEach(async () => {
  await operator?.dispose()
  operator = undefined
})

const mount = async (options: { readonly fleetSize?: number; readonly signIn?: boolean } = {}) => {
  operator = makeMockOperator({ seed: 1, fleetSize: options.fleetSize ?? 1_000, timeScale: 0.001 })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang="ru"></kab-provider>`)
  provider.store.configure({
    apiBase: mock.baseUrl,
    fetch: (input, init) => mock.handle(new Request(input, init)),
  })
  provider.innerHTML = "<kab-number-list></kab-number-list>"
  const list = provider.querySelector("kab-number-list") as KabNumberList
  if (options.signIn !== false) await signIn(provider.store, "77012111249", "kabinet-demo")
  return { provider, list, operator: mock }
}

const rows = (list: KabNumberList) => allInShadow(list, '[role="row"][data-msisdn]')

const ready = async (list: KabNumberList) => {
  await waitUntil(() => rows(list).length > 0, "rows of numbers", { timeout: 5000 })
  await list.updateComplete
  return rows(list)
}

const cell = (row: Element, column: string) => row.querySelector(`.cell.${column}`)?.textContent?.trim() ?? ""

/** Where a cell's text is drawn (a cell holds its text alone). */
const textBox = (element: Element): DOMRect => {
  const range = document.createRange()
  range.selectNodeContents(element)
  return range.getBoundingClientRect()
}

const search = async (list: KabNumberList, text: string) => {
  const input = inShadow<HTMLInputElement>(list, "#search")
  input.value = text
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await waitUntil(() => list.search === text, "the debounced search", { timeout: 2000 })
  await waitUntil(() => !list.loading, "the search's answer", { timeout: 5000 })
  await list.updateComplete
  if ((list.total ?? 0) > 0) await ready(list)
}

const money = (tiyn: number) => Money.format(Money.make(tiyn), "ru")

describe("kab-number-list", () => {
  it("shows nothing until the admin signs in", async () => {
    const { list } = await mount({ signIn: false })
    await nextFrame()
    expect(list.hasAttribute("signed-out")).to.equal(true)
    expect(list.shadowRoot?.querySelector("[role=grid]")).to.equal(null)
  })

  it("lists the manual's numbers with the manual's columns, tariffs and funds", async () => {
    const { list } = await mount()
    const shown = await ready(list)
    const headers = allInShadow(list, "[role=columnheader] button").map((button) =>
      button.querySelector(".label-text")?.textContent?.trim(),
    )
    expect(headers).to.deep.equal([
      "Номер",
      "Лицевой счет",
      "Тарифный план",
      "Метод расчета",
      "Статус",
      "Доступные средства",
    ])
    const byNumber = new Map(shown.map((row) => [row.dataset.msisdn, row]))
    const expected: ReadonlyArray<readonly [string, string, string, string, number]> = [
      ["77010542001", "+7 701 054 20 01", "25602051", "Карт Бланш+ 1000", 89_300],
      ["77010542006", "+7 701 054 20 06", "25060831", "Бизнес Класс Специалист", 698_200],
      ["77010542007", "+7 701 054 20 07", "25060830", "Бизнес Класс Специалист", 44_600],
    ]
    for (const [msisdn, phone, account, tariff, funds] of expected) {
      const row = byNumber.get(msisdn)
      expect(row, msisdn).to.not.equal(undefined)
      if (row === undefined) continue
      expect(cell(row, "msisdn")).to.equal(phone)
      expect(cell(row, "accountNumber")).to.equal(account)
      expect(cell(row, "tariffName")).to.equal(tariff)
      expect(cell(row, "billingMethod")).to.equal("Кредитный")
      expect(cell(row, "status")).to.equal("Активный")
      expect(cell(row, "availableFunds")).to.equal(money(funds))
    }
    const grid = inShadow(list, "[role=grid]")
    expect(Number(grid.getAttribute("aria-rowcount"))).to.equal((list.total ?? 0) + 1)
  })

  it("searches on the operator's side: «Поиск» narrows the list to one number", async () => {
    const { list } = await mount()
    await ready(list)
    await search(list, "77780627247")
    expect(list.total).to.equal(1)
    const [row] = rows(list)
    expect(row?.dataset.msisdn).to.equal("77780627247")
    expect(cell(row as HTMLElement, "tariffName")).to.equal("11 corp")
    expect(cell(row as HTMLElement, "availableFunds")).to.equal(money(997_033))
  })

  it("says so when nothing matches", async () => {
    const { list } = await mount()
    await ready(list)
    await search(list, "nothing-like-this")
    expect(list.total).to.equal(0)
    expect(inShadow(list, '[part="status"]').textContent).to.contain(
      "По запросу «nothing-like-this» ничего не найдено.",
    )
  })

  it("wraps a long unbroken search text instead of widening the page", async () => {
    await setViewport({ width: 1280, height: 800 })
    try {
      const { list } = await mount()
      await ready(list)
      await search(list, "ж".repeat(400))
      expect(list.total).to.equal(0)
      const note = inShadow(list, '[part="status"]')
      expect(note.getBoundingClientRect().right).to.be.at.most(list.getBoundingClientRect().right + 0.5)
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth)
      await expectFitsPhone(list)
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
  })

  it("keeps columns apart, rows of one height, headers and statuses on one line, money to the end", async () => {
    await setViewport({ width: 1280, height: 800 })
    try {
      const { list } = await mount()
      const shown = await ready(list)
      await search(list, "В обработке")
      const all = [...shown, ...rows(list)]
      const heights = new Set(all.map((row) => Math.round(row.getBoundingClientRect().height)))
      expect([...heights]).to.have.length(1)
      for (const row of rows(list)) {
        const [msisdn, account] = ["msisdn", "accountNumber"].map(
          (column) => row.querySelector(`.cell.${column}`)?.getBoundingClientRect() as DOMRect,
        )
        const phone = textBox(row.querySelector(".cell.msisdn") as Element)
        expect(phone.right, "the phone inside its cell").to.be.at.most((msisdn?.right ?? 0) + 0.5)
        expect((account?.left ?? 0) - (msisdn?.right ?? 0), "a gutter").to.be.at.least(12)
        const status = row.querySelector(".cell.status") as HTMLElement
        const range = document.createRange()
        range.selectNodeContents(status)
        expect(range.getClientRects(), `one line: ${status.textContent}`).to.have.length(1)
        expect(status.title).to.equal(status.textContent)
        const funds = row.querySelector(".cell.availableFunds") as HTMLElement
        const value = textBox(funds)
        const padding = Number.parseFloat(getComputedStyle(funds).paddingInlineEnd)
        expect(Math.abs(funds.getBoundingClientRect().right - padding - value.right), "money to the end").to.be.below(1)
        expect(getComputedStyle(funds).fontVariantNumeric).to.contain("tabular-nums")
      }
      for (const header of allInShadow(list, "[role=columnheader] .label-text")) {
        expect(header.getClientRects(), `one line: ${header.textContent}`).to.have.length(1)
      }
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
  })

  it("on narrow widths sorts with one «Сортировка» select instead of the column headers", async () => {
    await setViewport({ width: 375, height: 800 })
    try {
      const { list } = await mount()
      await ready(list)
      expect(allInShadow(list, "[part=sort-button]").every((button) => button.getClientRects().length === 0)).to.equal(
        true,
      )
      const select = inShadow<HTMLSelectElement>(list, "#sort")
      expect(inShadow(list, "label[for=sort]").textContent).to.equal("Сортировка")
      expect(select.options).to.have.length(13)
      select.value = "availableFunds:desc"
      select.dispatchEvent(new Event("change"))
      expect(list.sort).to.equal("availableFunds")
      expect(list.order).to.equal("desc")
      await list.updateComplete
      expect(select.selectedOptions[0]?.textContent?.trim()).to.equal("Доступные средства: по убыванию")
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
  })

  it("sorts by a column on the operator's side, with aria-sort", async () => {
    const { list } = await mount()
    const before = (await ready(list)).map((row) => row.dataset.msisdn)
    const header = allInShadow(list, "[role=columnheader]")[5] as HTMLElement
    header.querySelector("button")?.click()
    await waitUntil(() => !list.loading && rows(list)[0]?.dataset.msisdn !== before[0], "a new order", {
      timeout: 5000,
    })
    expect(header.getAttribute("aria-sort")).to.equal("ascending")
    const fundsOf = (row: HTMLElement) =>
      Number(
        cell(row, "availableFunds")
          .replace(/[^\d,-]/gu, "")
          .replace(",", "."),
      )
    const ascending = rows(list).map((row) => ({ msisdn: row.dataset.msisdn, funds: fundsOf(row) }))
    expect(ascending[0]?.funds).to.be.at.most(ascending[1]?.funds ?? Number.NaN)
    header.querySelector("button")?.click()
    await waitUntil(() => header.getAttribute("aria-sort") === "descending", "descending")
    await waitUntil(() => rows(list)[0]?.dataset.msisdn !== ascending[0]?.msisdn, "the order reversed", {
      timeout: 5000,
    })
    const descending = rows(list)
    expect(fundsOf(descending[0] as HTMLElement)).to.be.at.least(fundsOf(descending[1] as HTMLElement))
  })

  it("fetches pages as the admin scrolls and keeps the DOM bounded with 100,000 numbers", async () => {
    await setViewport({ width: 1280, height: 800 })
    const { list } = await mount({ fleetSize: 100_000 })
    await ready(list)
    expect(list.total).to.be.at.least(100_000)
    const scroller = inShadow(list, ".rows")
    for (const fraction of [0.25, 0.5, 0.9]) {
      // The rows' height is known once the first row is laid out: scroll until the rows there arrive.
      await waitUntil(
        () => {
          if (rows(list).some((row) => Number(row.dataset.index) > (list.total ?? 0) * (fraction - 0.1))) return true
          scroller.scrollTop = scroller.scrollHeight * fraction
          return false
        },
        `rows near ${fraction * 100}% loaded`,
        { timeout: 8000 },
      ).catch((error: unknown) => {
        const shown = allInShadow(list, '.rows [role="row"]').map(
          (row) => `${row.dataset.index}:${row.dataset.msisdn ?? "…"}`,
        )
        throw new Error(
          `${String(error)} at ${scroller.scrollTop}/${scroller.scrollHeight}: ${shown.slice(0, 5).join(" ")}`,
        )
      })
      const rendered = allInShadow(list, '.rows [role="row"]').length
      expect(rendered, "rows in the DOM").to.be.below(80)
      expect(list.heldRows, "rows held in memory").to.be.at.most(3_000)
    }
    const indexes = rows(list).map((row) => Number(row.getAttribute("aria-rowindex")))
    expect(Math.min(...indexes)).to.be.above(80_000)
    // End on a row goes to the very last number, loading its page.
    const row = rows(list)[0] as HTMLElement
    row.focus()
    await press("End")
    const last = (list.total ?? 0) - 1
    await waitUntil(
      () => (deepActiveElement() as HTMLElement | null)?.dataset.index === String(last),
      "the last number",
      { timeout: 20_000 },
    )
    expect((deepActiveElement() as HTMLElement | null)?.dataset.index).to.equal(String(last))
    expect(allInShadow(list, '.rows [role="row"]').length).to.be.below(80)
    await setViewport({ width: 800, height: 600 })
  }).timeout(60_000)

  for (const width of [1280, 375]) {
    it(`scrolling through 100,000 numbers at ${width} px keeps the rows' height and renders only the rows on screen`, async () => {
      await setViewport({ width, height: 800 })
      try {
        const { list } = await mount({ fleetSize: 100_000 })
        await ready(list)
        const scroller = inShadow(list, ".rows")
        const rowPx = (rows(list)[0] as HTMLElement).getBoundingClientRect().height
        // The rows in view (a partly shown one at either edge), three either side, and the current row.
        const bound = Math.ceil(scroller.clientHeight / rowPx) + 1 + 2 * 3 + 1
        const heights = new Set<number>()
        let most = 0
        for (let step = 0; step <= 40; step++) {
          scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * step) / 40
          await nextFrame()
          await list.updateComplete
          heights.add(scroller.scrollHeight)
          most = Math.max(most, allInShadow(list, '.rows [role="row"]').length)
        }
        expect([...heights], "the scroll height while scrolling").to.have.length(1)
        expect(most, "rows in the DOM").to.be.at.most(bound)
        const shown = await ready(list)
        expect(Number(shown.at(-1)?.dataset.index), "near the end").to.be.above((list.total ?? 0) * 0.9)
      } finally {
        await setViewport({ width: 800, height: 600 })
      }
    }).timeout(60_000)
  }

  for (const pageScroll of [false, true]) {
    it(`reaches the last of 100,000 numbers by scrolling on a phone${pageScroll ? ", scrolling with the page" : ""}`, async () => {
      await setViewport({ width: 375, height: 700 })
      try {
        const { list } = await mount({ fleetSize: 100_000 })
        list.toggleAttribute("page-scroll", pageScroll)
        await ready(list)
        const last = (list.total ?? 0) - 1
        const scroller = inShadow(list, ".rows")
        const toEnd = () => {
          if (pageScroll) window.scrollTo(0, document.documentElement.scrollHeight)
          else scroller.scrollTop = scroller.scrollHeight
        }
        const lastRow = () => rows(list).find((row) => row.dataset.index === String(last))
        await waitUntil(
          () => {
            if (lastRow() !== undefined) return true
            toEnd()
            return false
          },
          "the last row",
          { timeout: 20_000 },
        ).catch((error: unknown) => {
          const shown = allInShadow(list, '.rows [role="row"]').map(
            (row) => `${row.dataset.index}:${Math.round(row.getBoundingClientRect().height)}`,
          )
          throw new Error(
            `${String(error)} at ${pageScroll ? window.scrollY : scroller.scrollTop}/${pageScroll ? document.documentElement.scrollHeight : scroller.scrollHeight}, total ${list.total}: ${shown.slice(0, 6).join(" ")}`,
          )
        })
        toEnd()
        await nextFrame()
        const row = (lastRow() as HTMLElement).getBoundingClientRect()
        const bottom = pageScroll ? window.innerHeight : scroller.getBoundingClientRect().bottom
        expect(row.bottom, "the last row's bottom within view").to.be.at.most(bottom + 1)
        expect(row.top, "the last row's top within view").to.be.at.least(0)
        const heights = new Set(rows(list).map((each) => Math.round(each.getBoundingClientRect().height)))
        expect([...heights], "cards of one height").to.have.length(1)
      } finally {
        window.scrollTo(0, 0)
        await setViewport({ width: 800, height: 600 })
      }
    }).timeout(60_000)
  }

  it("opens a number with Enter and moves between rows with the arrow keys", async () => {
    const { list } = await mount()
    const [first] = await ready(list)
    await tabTo(first as HTMLElement, 12)
    const opened = oneEvent(list, "kab-number-open")
    await press("Enter")
    const openEvent = await opened
    expect(openEvent.detail.number.msisdn).to.equal("77010542001")
    expect([openEvent.bubbles, openEvent.composed, openEvent.cancelable]).to.deep.equal([true, true, false])
    await press("ArrowDown")
    await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.dataset.index === "1", "the second row focused")
    expect(first?.getAttribute("tabindex")).to.equal("-1")
    await press("ArrowUp")
    await waitUntil(() => deepActiveElement() === first, "back on the first row")
    const openedBySpace = oneEvent(list, "kab-number-open")
    await press("Space")
    expect((await openedBySpace).detail.number.msisdn).to.equal("77010542001")
  })

  it("refuses unblocking a debt-blocked number with the reason, and requests an allowed operation", async () => {
    const { list } = await mount()
    await ready(list)
    await search(list, "77010542010")
    const [debtor] = rows(list)
    debtor?.querySelector<HTMLButtonElement>(".menu-button")?.click()
    const menu = inShadow(list, "#menu")
    await waitUntil(() => menu.matches(":popover-open"), "the menu")
    const unblock = inShadow<HTMLButtonElement>(menu, "#item-unblock")
    expect(unblock.textContent?.trim()).to.equal("Разблокировка")
    expect(unblock.getAttribute("aria-disabled")).to.equal("true")
    expect(unblock.dataset.rule).to.equal("number.unblock.debt")
    expect(inShadow(menu, "#item-unblock-reason").textContent?.trim()).to.equal(
      Messages.format("ru", "rule.number.unblock.debt"),
    )
    let requested = false
    const listen = () => {
      requested = true
    }
    list.addEventListener("kab-operation-request", listen)
    unblock.click()
    await nextFrame()
    expect(requested).to.equal(false)
    list.removeEventListener("kab-operation-request", listen)
    const labels = allInShadow(menu, "[role=menuitem]").map((button) => button.textContent?.trim())
    // The menu's items and reasons keep the list's part names for a page's styles.
    const menuStyle = document.createElement("style")
    menuStyle.textContent = "kab-number-list::part(reason) { color: rgb(1, 2, 3) }"
    document.head.append(menuStyle)
    expect(getComputedStyle(inShadow(menu, "#item-unblock-reason")).color).to.equal("rgb(1, 2, 3)")
    menuStyle.remove()
    expect(labels).to.deep.equal([
      "Разблокировка",
      "Замена SIM-карты",
      "Запрет на просмотр детализации в MyKcell",
      "Запрет на доступ в MyKcell",
      "Детализация",
      "Регистрация устройства (IMEI)",
      "Отправить секретный код",
    ])
    menu.hidePopover()

    await search(list, "77010542001")
    const [active] = rows(list)
    active?.querySelector<HTMLButtonElement>(".menu-button")?.click()
    await waitUntil(() => menu.matches(":popover-open"), "the menu again")
    const block = inShadow<HTMLButtonElement>(menu, "#item-block")
    expect(block.textContent?.trim()).to.equal("Блокировка")
    expect(block.hasAttribute("aria-disabled")).to.equal(false)
    const request = oneEvent(list, "kab-operation-request")
    block.click()
    const event = await request
    expect(event.detail.operation).to.equal("block")
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true])
    expect(event.detail.number.msisdn).to.equal("77010542001")
    expect(menu.matches(":popover-open")).to.equal(false)
  })

  it("opens the operation's dialog itself unless the host cancels the request, and shows «В обработке»", async function () {
    // A whole block against the mock operator, on a shared, busy machine.
    this.timeout(60_000)
    const { list, operator } = await mount()
    await ready(list)
    await search(list, "77010542007")
    const menu = inShadow(list, "#menu")
    const operations = inShadow<KabNumberOperation>(list, "kab-number-operation")
    operations.followOptions = { initialDelay: "10 seconds" }
    const choose = async () => {
      rows(list)[0]?.querySelector<HTMLButtonElement>(".menu-button")?.click()
      await waitUntil(() => menu.matches(":popover-open"), "the menu")
      inShadow<HTMLButtonElement>(menu, "#item-block").click()
      await nextFrame()
    }
    const cancel = (event: Event) => event.preventDefault()
    list.addEventListener("kab-operation-request", cancel)
    await choose()
    await operations.updateComplete
    expect(operations.shadowRoot?.querySelector("kab-confirm-dialog")).to.equal(null)
    list.removeEventListener("kab-operation-request", cancel)
    await choose()
    await waitUntil(
      () => operations.shadowRoot?.querySelector<KabConfirmDialog>("#dialog")?.open === true,
      "the dialog",
    )
    const dialog = inShadow<KabConfirmDialog>(operations, "#dialog")
    expect(dialog.label).to.equal("Заблокировать номер")
    const started = oneEvent(list, "kab-operation-started")
    await dialog.confirm()
    expect((await started).detail.msisdn).to.equal("77010542007")
    expect(operator.state.numbers.get("77010542007")?.status).to.equal("В обработке")
    await waitUntil(
      () => cell(rows(list)[0] ?? document.body, "status").includes("В обработке"),
      "«В обработке» on the row",
      {
        timeout: 5000,
      },
    )
  })

  it("works by keyboard alone: search, sort, rows, the menu and back", async () => {
    const { list } = await mount()
    await ready(list)
    const input = inShadow<HTMLInputElement>(list, "#search")
    await tabTo(input, 5)
    await typeText("77010542001")
    await press("Enter")
    await waitUntil(() => list.total === 1, "one number found", { timeout: 5000 })
    await list.updateComplete
    const row = rows(list)[0] as HTMLElement
    await tabTo(row, 10)
    await press("ArrowRight")
    const button = row.querySelector<HTMLButtonElement>(".menu-button") as HTMLButtonElement
    expect(deepActiveElement()).to.equal(button)
    await press("Enter")
    const menu = inShadow(list, "#menu")
    await waitUntil(() => menu.matches(":popover-open"), "the menu")
    await waitUntil(() => deepActiveElement()?.id === "item-block", "the first entry focused")
    expect(button.getAttribute("aria-expanded")).to.equal("true")
    await press("ArrowDown")
    expect(deepActiveElement()?.id).to.equal("item-simSwap")
    await press("Escape")
    await waitUntil(() => !menu.matches(":popover-open"), "the menu closed")
    await waitUntil(() => deepActiveElement() === button, "focus back on ⋮")
    await press("ArrowLeft")
    expect(deepActiveElement()).to.equal(row)
    await press("Shift+F10")
    await waitUntil(() => menu.matches(":popover-open"), "the menu by Shift+F10")
    const request = oneEvent(list, "kab-operation-request")
    await press("ArrowDown")
    await press("ArrowDown")
    await press("ArrowDown")
    await press("ArrowDown")
    expect(deepActiveElement()?.id).to.equal("item-detalization")
    await press("Enter")
    expect((await request).detail.operation).to.equal("detalization")
  })

  it("shows an operator error with the manual's advice and loads again on «Повторить»", async () => {
    const { list, operator } = await mount({ signIn: false })
    operator.addFaults({ endpoint: "numbers.list", kind: "error", status: 503, retryAfterSeconds: 0 })
    const provider = list.parentElement as KabProvider
    await signIn(provider.store, "77012111249", "kabinet-demo")
    await waitUntil(() => list.shadowRoot?.querySelector("kab-operator-error[has-error]"), "the error", {
      timeout: 9000,
    })
    await nextFrame()
    const alert = list.shadowRoot?.querySelector("kab-operator-error")?.shadowRoot?.textContent ?? ""
    expect(alert).to.contain(Messages.format("ru", "error.operatorUnavailable"))
    expect(alert).to.contain("«Управление номерами»")
    operator.clearFaults()
    inShadow<HTMLButtonElement>(list, '[part="retry"]').click()
    await ready(list)
    expect(list.shadowRoot?.querySelector("kab-operator-error")).to.equal(null)
  }).timeout(15000)

  it("switches language at run time: ru → kk → en", async () => {
    const { provider, list } = await mount()
    await ready(list)
    provider.lang = "kk"
    await waitUntil(() => inShadow(list, "label[for=search]").textContent === kk["numbers.search.label"], "Kazakh")
    const header = () =>
      allInShadow(list, "[role=columnheader] button")[0]?.querySelector(".label-text")?.textContent?.trim()
    expect(header()).to.equal(kk["numbers.column.msisdn"])
    expect(cell(rows(list)[0] as HTMLElement, "status")).to.equal(Messages.format("kk", "status.active"))
    provider.lang = "en"
    await waitUntil(() => header() === "Number", "English")
    expect(cell(rows(list)[0] as HTMLElement, "billingMethod")).to.equal(Messages.format("en", "billing.credit"))
  })

  it("follows the company chosen on the provider", async () => {
    const { provider, list } = await mount()
    await ready(list)
    const before = list.total
    expect(rows(list)[0]?.dataset.msisdn).to.equal("77010542001")
    provider.company = "cmp-800800800800"
    await waitUntil(() => list.total !== undefined && list.total !== before, "the other company's numbers", {
      timeout: 5000,
    })
    await waitUntil(() => !list.loading, "loaded")
    const [first] = await ready(list)
    expect(first?.dataset.msisdn).to.not.equal("77010542001")
    expect(list.total).to.equal(Math.round((before ?? 0) / 5))
  })

  it("passes an axe audit, with the menu closed and open", async () => {
    const { list } = await mount()
    const [first] = await ready(list)
    await expect(list).to.be.accessible()
    first?.querySelector<HTMLButtonElement>(".menu-button")?.click()
    await waitUntil(() => inShadow(list, "#menu").matches(":popover-open"), "the menu")
    await expect(list).to.be.accessible()
  }).timeout(30_000)

  it("fits a 375-px-wide screen without horizontal scrolling, rows as cards", async () => {
    const { list } = await mount()
    await ready(list)
    await expectFitsPhone(list)
  })
})
