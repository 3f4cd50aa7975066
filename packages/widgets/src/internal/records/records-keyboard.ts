/**
 * The keyboard of a table of records (B8, B17): the shared grid's, finding rows by their index and
 * scrolling the virtualizer to a row not rendered yet. Rows open nothing: a record has no view of its own.
 */
import { virtualizerRef } from "@lit-labs/virtualizer/virtualize.js"
import type { ReactiveControllerHost } from "lit"
import { GridKeyboardController } from "../controllers/grid-keyboard-controller.js"

/** The virtualizer the `virtualize` directive keeps on its host element, as far as the table uses it. */
type Scroller = Element & { [virtualizerRef]?: { element(index: number): Element | undefined } }

/**
 * The grid keyboard of the records table rendered in `host`'s `.rows`.
 *
 * @example
 * ```ts
 * readonly #grid = recordsKeyboard(this, { rowCount: () => this.total ?? 0, pageRows: () => 20 })
 * ```
 */
export const recordsKeyboard = (
  host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
  size: { readonly rowCount: () => number; readonly pageRows: () => number },
): GridKeyboardController =>
  new GridKeyboardController(host, {
    rowCount: size.rowCount,
    pageRows: size.pageRows,
    rowAt: (index) => host.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`),
    reveal: (index) =>
      host.renderRoot
        .querySelector<Scroller>(".rows")
        ?.[virtualizerRef]?.element(index)
        ?.scrollIntoView({ block: "nearest" }),
    open: () => undefined,
  })
