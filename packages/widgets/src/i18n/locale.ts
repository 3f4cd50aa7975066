/**
 * Which language a widget speaks, and noticing when it changes.
 *
 * A widget follows the nearest `lang` attribute above it in the composed tree — its own, a
 * `<kab-provider lang="kk">`, any element of the host page, crossing shadow roots — then the
 * page-level default (`configure({ locale })`), then `<html lang>`, then Russian.
 */
import { Messages } from "@kabinet/core"

/** The parent of a node in the composed tree: its parent element, or the host of its shadow root. */
const composedParent = (node: Element): Element | null => {
  if (node.parentElement !== null) return node.parentElement
  const root = node.getRootNode()
  return root instanceof ShadowRoot ? root.host : null
}

/**
 * The `lang` of the nearest element at or above `element` in the composed tree, stopping before the
 * document element; `undefined` when none sets one.
 */
export const closestLang = (element: Element): string | undefined =>
  closestLangElement(element)?.getAttribute("lang") ?? undefined

/**
 * The nearest element at or above `element` in the composed tree that sets a `lang`, stopping before
 * the document element; `undefined` when none does.
 */
export const closestLangElement = (element: Element): Element | undefined => {
  const top = element.ownerDocument.documentElement
  for (let node: Element | null = element; node !== null && node !== top; node = composedParent(node)) {
    const lang = node.getAttribute("lang")
    if (lang !== null && lang.trim() !== "") return node
  }
  return undefined
}

/**
 * The language `element` speaks: its nearest `lang`, else `fallback` (a page-level default), else the
 * document's `lang`, else Russian.
 *
 * @example
 * ```ts
 * resolveElementLocale(el, undefined) // "kk" inside <kab-provider lang="kk">
 * ```
 */
export const resolveElementLocale = (element: Element, fallback: Messages.Locale | undefined): Messages.Locale => {
  const own = closestLang(element)
  if (own !== undefined) return Messages.resolveLocale(own)
  if (fallback !== undefined) return fallback
  const page = element.ownerDocument.documentElement.getAttribute("lang")
  return Messages.resolveLocale(page ?? undefined)
}

type Listener = () => void

const listeners = new Set<Listener>()
let documentObserver: MutationObserver | undefined

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the page's light DOM. Returns the
 * function that stops listening. One observer serves every widget.
 */
export const onDocumentLangChange = (listener: Listener): (() => void) => {
  listeners.add(listener)
  if (documentObserver === undefined) {
    documentObserver = new MutationObserver(() => {
      for (const each of [...listeners]) each()
    })
    documentObserver.observe(document, { attributes: true, attributeFilter: ["lang"], subtree: true })
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      documentObserver?.disconnect()
      documentObserver = undefined
    }
  }
}
