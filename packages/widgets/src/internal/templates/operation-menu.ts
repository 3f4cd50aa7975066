/**
 * A number's operations as `<kab-menu>` items (B1's row menu, B2's profile menu): the core's
 * `NumberRules` entries decide which are allowed; a refused one carries the rule's reason and id.
 */
import type { Rules } from "@kabinet/core"
import type { I18nController } from "../../i18n/i18n-controller.js"
import type { MenuItem } from "../../menu/menu.js"

/**
 * The menu items of the core's menu `entries`, in their order, in the admin's language.
 *
 * @example
 * ```ts
 * html`<kab-menu .items=${operationItems(this.i18n, Rules.NumberRules.quickOperations(number))}></kab-menu>`
 * ```
 */
export const operationItems = (
  i18n: I18nController,
  entries: ReadonlyArray<Rules.NumberRules.MenuEntry>,
): ReadonlyArray<MenuItem> =>
  entries.map((entry) => {
    const denial = entry.decision._tag === "Denied" ? entry.decision : undefined
    return {
      value: entry.operation,
      label: i18n.m(entry.messageKey),
      reason: denial === undefined ? undefined : i18n.message(denial),
      rule: denial?.rule,
    }
  })

/** The operation a chosen item's `value` stands for, if `entries` allow it. */
export const allowedOperation = (
  entries: ReadonlyArray<Rules.NumberRules.MenuEntry>,
  value: string,
): Rules.NumberRules.Operation | undefined => {
  const entry = entries.find((each) => each.operation === value)
  return entry?.decision._tag === "Allowed" ? entry.operation : undefined
}
