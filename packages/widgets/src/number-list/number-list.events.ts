/**
 * The events of `<kab-number-list>`: bubbling, composed `kab-…` events, typed in
 * `GlobalEventHandlersEventMap` like the rest of the widgets' events.
 */
import type { MobileNumber, Rules } from "@kabinet/core"

/** The `detail` of each of the number list's events. */
export interface NumberListEventDetails {
  /** The admin opened a number (click, Enter or Space on its row): show its profile (B2). */
  "kab-number-open": { readonly number: MobileNumber.MobileNumber }
  /** The admin chose an allowed quick operation from a row's ⋮ menu. */
  "kab-operation-request": {
    readonly operation: Rules.NumberRules.Operation
    readonly number: MobileNumber.MobileNumber
  }
}

/** Sends one of the number list's events from `host`. */
export const emitListEvent = <K extends keyof NumberListEventDetails>(
  host: EventTarget,
  name: K,
  detail: NumberListEventDetails[K],
): boolean => host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))

declare global {
  interface GlobalEventHandlersEventMap {
    "kab-number-open": CustomEvent<NumberListEventDetails["kab-number-open"]>
    "kab-operation-request": CustomEvent<NumberListEventDetails["kab-operation-request"]>
  }
}
