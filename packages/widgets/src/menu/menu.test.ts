import { expect, fixture, html, nextFrame, oneEvent } from "@open-wc/testing"
import { sendMouse, setViewport } from "@web/test-runner-commands"
import { accessibilityNodes, deepActiveElement, inShadow, press, waitUntil } from "../../test/helpers.js"
import { lastAnnouncement } from "../internal/controllers/announcer.js"
import "./menu.js"
import type { KabMenu, MenuItem } from "./menu.js"

const items: ReadonlyArray<MenuItem> = [
  { value: "block", label: "Блокировка" },
  { value: "unblock", label: "Разблокировка", reason: "Номер заблокирован за долг.", rule: "number.unblock.debt" },
  { value: "simSwap", label: "Замена SIM-карты" },
  { value: "detalization", label: "Детализация" },
]

const mount = async (options: { readonly top?: string } = {}) => {
  const root = await fixture<HTMLElement>(html`<div>
    <div style="padding-inline-start: 20rem; padding-block-start: ${options.top ?? "2rem"}">
      <button id="opener" aria-haspopup="menu" aria-expanded="false">⋮</button>
      <button id="after">after</button>
    </div>
    <kab-menu lang="ru" label="Быстрые операции" .items=${items}></kab-menu>
  </div>`)
  const menu = root.querySelector("kab-menu") as KabMenu
  const opener = root.querySelector("#opener") as HTMLButtonElement
  await menu.updateComplete
  return { root, menu, opener }
}

const item = (menu: KabMenu, value: string) => inShadow<HTMLButtonElement>(menu, `#item-${value}`)

const open = async (menu: KabMenu, opener: HTMLElement) => {
  opener.focus()
  await menu.show(opener)
  await waitUntil(() => menu.open, "the menu open")
}

describe("kab-menu", () => {
  afterEach(() => setViewport({ width: 800, height: 600 }))

  it("opens under its button, its end on the button's end, with the first item focused", async () => {
    const { menu, opener } = await mount()
    expect(menu.open).to.equal(false)
    await open(menu, opener)
    expect(deepActiveElement()).to.equal(item(menu, "block"))
    expect(opener.getAttribute("aria-expanded")).to.equal("true")
    const button = opener.getBoundingClientRect()
    const box = menu.getBoundingClientRect()
    expect(box.top).to.be.at.least(button.bottom)
    expect(Math.abs(box.right - button.right)).to.be.below(1)
  })

  it("opens above its button when there is no room below", async () => {
    await setViewport({ width: 800, height: 400 })
    const { menu, opener } = await mount({ top: "22rem" })
    await open(menu, opener)
    expect(menu.getBoundingClientRect().bottom).to.be.at.most(opener.getBoundingClientRect().top)
    expect(menu.getBoundingClientRect().top).to.be.at.least(0)
  })

  it("names each item by its label, and a refused one describes why", async () => {
    const { menu, opener } = await mount()
    await open(menu, opener)
    const nodes = await accessibilityNodes()
    const menuNode = nodes.find((node) => node.role === "menu")
    expect(menuNode?.name).to.equal("Быстрые операции")
    const names = nodes.filter((node) => node.role === "menuitem").map((node) => node.name)
    expect(names).to.deep.equal(["Блокировка", "Разблокировка", "Замена SIM-карты", "Детализация"])
    const refused = item(menu, "unblock")
    expect(refused.getAttribute("aria-disabled")).to.equal("true")
    expect(refused.dataset.rule).to.equal("number.unblock.debt")
    expect(inShadow(menu, `#${refused.getAttribute("aria-describedby")}`).textContent).to.equal(
      "Номер заблокирован за долг.",
    )
    await expect(menu).to.be.accessible()
  })

  it("moves by ↓ ↑ Home End and by the first letter, wrapping around", async () => {
    const { menu, opener } = await mount()
    await open(menu, opener)
    await press("ArrowUp")
    expect(deepActiveElement()).to.equal(item(menu, "detalization"))
    await press("ArrowDown")
    expect(deepActiveElement()).to.equal(item(menu, "block"))
    await press("ArrowDown")
    expect(deepActiveElement()).to.equal(item(menu, "unblock"), "a refused item is still reachable")
    await press("End")
    expect(deepActiveElement()).to.equal(item(menu, "detalization"))
    await press("Home")
    expect(deepActiveElement()).to.equal(item(menu, "block"))
    // A letter of the admin's language: the test's keyboard has Latin keys only, so the key is dispatched.
    deepActiveElement()?.dispatchEvent(new KeyboardEvent("keydown", { key: "з", bubbles: true, composed: true }))
    expect(deepActiveElement()).to.equal(item(menu, "simSwap"))
  })

  it("opens on its last item when asked, as ↑ on a menu button does", async () => {
    const { menu, opener } = await mount()
    opener.focus()
    await menu.show(opener, { focus: "last" })
    expect(deepActiveElement()).to.equal(item(menu, "detalization"))
  })

  it("chooses an item with Enter: reports it, closes, and gives the focus back to the button", async () => {
    const { root, menu, opener } = await mount()
    await open(menu, opener)
    await press("End")
    const chosen = oneEvent(menu, "kab-menu-select")
    await press("Enter")
    const event = await chosen
    expect(event.detail.value).to.equal("detalization")
    expect([event.bubbles, event.composed]).to.deep.equal([true, false])
    expect(menu.open).to.equal(false)
    expect(deepActiveElement()).to.equal(opener)
    expect(opener.getAttribute("aria-expanded")).to.equal("false")
    expect(root.isConnected).to.equal(true)
  })

  it("does not choose a refused item: it says why and stays open", async () => {
    const { menu, opener } = await mount()
    await open(menu, opener)
    let chosen = false
    menu.addEventListener("kab-menu-select", () => {
      chosen = true
    })
    await press("ArrowDown")
    await press("Enter")
    await nextFrame()
    expect(chosen).to.equal(false)
    expect(menu.open).to.equal(true)
    expect(lastAnnouncement("assertive")).to.equal("Номер заблокирован за долг.")
  })

  it("closes on Escape with the focus back on the button, and on Tab moving on", async () => {
    const { root, menu, opener } = await mount()
    await open(menu, opener)
    await press("Escape")
    await waitUntil(() => !menu.open, "closed by Escape")
    await waitUntil(() => deepActiveElement() === opener, "the focus back on the button")
    expect(opener.getAttribute("aria-expanded")).to.equal("false")
    await open(menu, opener)
    await press("Tab")
    expect(menu.open).to.equal(false)
    expect(deepActiveElement()).to.equal(root.querySelector("#after"))
  })

  it("closes when the admin clicks elsewhere, leaving the focus there", async () => {
    const { root, menu, opener } = await mount()
    await open(menu, opener)
    const after = root.querySelector("#after") as HTMLButtonElement
    const box = after.getBoundingClientRect()
    await sendMouse({
      type: "click",
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    })
    await waitUntil(() => !menu.open, "closed by the click")
    await nextFrame()
    expect(deepActiveElement()).to.equal(after)
    expect(opener.getAttribute("aria-expanded")).to.equal("false")
  })

  it("fits a 375-px-wide screen", async () => {
    await setViewport({ width: 375, height: 700 })
    const { menu, opener } = await mount()
    await open(menu, opener)
    const box = menu.getBoundingClientRect()
    expect(box.left).to.be.at.least(0)
    expect(box.right).to.be.at.most(375)
  })
})
