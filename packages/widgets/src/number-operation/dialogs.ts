/**
 * Which dialog each operation on a number opens.
 */
import type { Rules } from "@kabinet/core"
import { BlockDialog } from "./block-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"

/** The operations that are dialogs (call records and payment history are views of their own). */
export type DialogOperation = Exclude<Rules.NumberRules.Operation, "detalization" | "paymentHistory">

const factories: { readonly [O in DialogOperation]?: (context: DialogContext) => OperationDialog } = {
  block: (context) => new BlockDialog(context),
  unblock: (context) => new BlockDialog(context),
}

/** The dialog of `context.operation`, if it has one. */
export const dialogFor = (context: DialogContext): OperationDialog | undefined =>
  factories[context.operation as DialogOperation]?.(context)
