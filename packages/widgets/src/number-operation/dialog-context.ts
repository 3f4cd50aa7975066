/**
 * What every operation dialog gets from `<kab-number-operation>`: the number and operation it was
 * opened for, the admin's language, the programs' runner, the intent keys that make a retry safe, and
 * the two events the page follows.
 */
import type { Api, MobileNumber, Programs, Rules } from "@kabinet/core"
import type { TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { OperationController } from "../internal/controllers/operation-controller.js"
import type { KabinetStore } from "../internal/store/store.js"

/** The services an open dialog works with. */
export interface DialogContext {
  /** The operation the dialog was opened for. */
  readonly operation: Rules.NumberRules.Operation
  /** The number acted on, as the admin last saw it. */
  readonly number: MobileNumber.MobileNumber
  readonly i18n: I18nController
  readonly operations: OperationController
  readonly store: KabinetStore
  /** How long operations (block, unblock, SIM swap) are polled. */
  readonly follow: Programs.Operations.FollowOptions | undefined
  /**
   * The idempotency key of one intent of the admin (`intent` names it: the operation and what was
   * typed). The same key comes back for every retry of that intent until `settle(intent)`, so a double
   * click or a retry after a timeout never makes the operator act twice.
   */
  key(intent: string): Promise<Api.Security.IdempotencyKey>
  /** The intent succeeded: the next one of that name is a new intent with a new key. */
  settle(intent: string): void
  /** Where the dialog is rendered, to reach its fields. */
  readonly root: ParentNode
  /** Re-renders the dialog. */
  update(): void
  /** Tells the page the operator did a short operation (`kab-operation-started`, then `…-finished` "done"). */
  done(): void
  /**
   * A long operation (block, unblock, SIM swap) was accepted: tells the page (`kab-operation-started` with
   * its id, the number is «В обработке») and follows it to its end (`kab-operation-finished`), even after
   * the dialog has closed.
   */
  accepted(operation: Api.Operations.Operation): void
  /** Tells the page an attempt failed (`kab-operation-finished` "failed"); the dialog shows why. */
  failed(): void
}

/** One operation's dialog: renders itself on its `<kab-confirm-dialog>` (with `id="dialog"`). */
export interface OperationDialog {
  render(): TemplateResult
  /** Called once the dialog is rendered, before it is shown: loads what it shows (the bans, the devices). */
  load?(): Promise<void>
}
