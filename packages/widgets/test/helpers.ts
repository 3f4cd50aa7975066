/**
 * Helpers shared by the widgets' browser tests: reaching into shadow roots, the browser's own
 * accessibility tree, real key presses, and the phone-sized layout check.
 */
import { expect, nextFrame, waitUntil as waitUntilOnce } from "@open-wc/testing"
import { a11ySnapshot, sendKeys, setViewport } from "@web/test-runner-commands"

/**
 * Waits until `predicate` holds, like open-wc's `waitUntil` but with room for a busy machine (CI shares two
 * cores between the browser, the runner and the in-page operator): 15 s unless the test says otherwise.
 */
export const waitUntil = (
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { readonly interval?: number; readonly timeout?: number } = {},
): Promise<void> => waitUntilOnce(predicate, message, { timeout: 15_000, ...options })

/** The element matching `selector` in `host`'s shadow root; fails the test when there is none. */
export const inShadow = <T extends Element = HTMLElement>(host: Element, selector: string): T => {
  const found = host.shadowRoot?.querySelector<T>(selector)
  if (found === null || found === undefined) throw new Error(`No ${selector} in <${host.localName}>`)
  return found
}

/** Every element matching `selector` in `host`'s shadow root. */
export const allInShadow = <T extends Element = HTMLElement>(host: Element, selector: string): Array<T> => [
  ...(host.shadowRoot?.querySelectorAll<T>(selector) ?? []),
]

/** The focused element, looking through shadow roots. */
export const deepActiveElement = (): Element | null => {
  let active: Element | null = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/** Presses a key, or a combination like `Shift+Tab` or `Control+KeyA`, the way a person does. */
export const press = async (key: string): Promise<void> => {
  const keys = key.split("+")
  const last = keys.pop() ?? key
  for (const modifier of keys) await sendKeys({ down: modifier })
  await sendKeys({ press: last })
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier })
  await nextFrame()
}

/** Types text into the focused control, key by key. */
export const typeText = async (text: string): Promise<void> => {
  await sendKeys({ type: text })
  await nextFrame()
}

/** Presses Tab until `target` has focus; fails after `limit` presses. */
export const tabTo = async (target: Element, limit = 20): Promise<void> => {
  for (let i = 0; i < limit; i++) {
    if (deepActiveElement() === target) return
    await press("Tab")
  }
  expect(deepActiveElement(), `Tab never reached ${target.outerHTML.slice(0, 80)}`).to.equal(target)
}

/** A node of the browser's accessibility tree. */
export interface AxNode {
  readonly role: string
  readonly name: string
  readonly disabled?: boolean
  readonly children?: ReadonlyArray<AxNode>
}

/** The browser's accessibility tree of the page, flattened. */
export const accessibilityNodes = async (): Promise<Array<AxNode>> => {
  const root = (await a11ySnapshot({})) as unknown as AxNode
  const nodes: Array<AxNode> = []
  const walk = (node: AxNode) => {
    nodes.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(root)
  return nodes
}

const visibleText = (element: Element): string => {
  let text = ""
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? ""
    else if (node instanceof Element && node.getAttribute("aria-hidden") !== "true") {
      for (const child of node.childNodes) walk(child)
    }
  }
  walk(element)
  return text.replace(/\s+/gu, " ").trim()
}

/**
 * Checks that every button, field and select in `host`'s shadow root has, as its accessible name in
 * the browser's accessibility tree, exactly its visible label.
 */
export const expectNamesEqualLabels = async (host: Element): Promise<void> => {
  const root = host.shadowRoot
  if (root === null) throw new Error("no shadow root")
  const expected: Array<{ role: ReadonlyArray<string>; name: string }> = []
  for (const control of root.querySelectorAll<HTMLElement>("button, input, select, [role=tab]")) {
    // A control the layout leaves out (hidden, or `display: none` at this width) is not there to name.
    if (control.closest("[hidden]") !== null || !control.checkVisibility()) continue
    if (control instanceof HTMLInputElement) {
      const label = root.querySelector(`label[for="${control.id}"]`)
      expect(label, `a visible <label> for #${control.id}`).to.not.equal(null)
      const roles = control.type === "password" ? ["textbox"] : ["textbox", "searchbox"]
      expected.push({ role: roles, name: visibleText(label as Element) })
    } else if (control instanceof HTMLSelectElement) {
      const label = root.querySelector(`label[for="${control.id}"]`)
      if (label === null) continue
      expected.push({ role: ["combobox"], name: visibleText(label) })
    } else {
      expected.push({ role: ["button", "tab"], name: visibleText(control) })
    }
  }
  const nodes = await accessibilityNodes()
  for (const { role, name } of expected) {
    const match = nodes.find((node) => role.includes(node.role) && node.name === name)
    expect(match, `a ${role.join("/")} named «${name}» in the accessibility tree`).to.not.equal(undefined)
  }
}

/** Lays the page out 375 px wide and checks that `host` causes no horizontal scrolling. */
export const expectFitsPhone = async (host: HTMLElement): Promise<void> => {
  await setViewport({ width: 375, height: 800 })
  await nextFrame()
  try {
    const page = document.documentElement
    expect(page.scrollWidth, "page scroll width at 375 px").to.be.at.most(page.clientWidth)
    expect(host.scrollWidth, "widget scroll width at 375 px").to.be.at.most(host.clientWidth)
    const overflowing = allInShadow(host, "*").filter((element) => element.getBoundingClientRect().right > 375 + 0.5)
    expect(
      overflowing.map((element) => element.outerHTML.slice(0, 60)),
      "elements beyond the right edge",
    ).to.deep.equal([])
  } finally {
    await setViewport({ width: 800, height: 600 })
  }
}
