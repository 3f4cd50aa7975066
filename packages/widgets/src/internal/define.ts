/**
 * Registering the widgets' elements so that a page may load them more than once — the everything-entry
 * and a per-element entry, `kabinet.js` twice, or two versions brought by two micro-frontends — without
 * an error: the first registration of a tag wins and every later one is a no-op.
 */

/**
 * Registers `ctor` as `tag` unless the tag is already defined. Returns the element class the page
 * actually uses for the tag (the first one registered), so callers may tell whether theirs won.
 *
 * @example
 * ```ts
 * export class KabStatusBadge extends KabElement { … }
 * define("kab-status-badge", KabStatusBadge)
 * ```
 */
export const define = (tag: string, ctor: CustomElementConstructor): CustomElementConstructor | undefined => {
  if (typeof customElements === "undefined") return undefined
  const existing = customElements.get(tag)
  if (existing !== undefined) return existing
  customElements.define(tag, ctor)
  return ctor
}
