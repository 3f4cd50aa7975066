/**
 * Which dialog each operation on a number opens.
 */
import type { Rules } from "@kabinet/core"
import { BanDialog } from "./ban-dialog.js"
import { BlockDialog } from "./block-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { ForwardingDialog } from "./forwarding-dialog.js"
import { ImeiDialog } from "./imei-dialog.js"
import { SecretCodeDialog } from "./secret-code-dialog.js"
import { SimSwapDialog } from "./sim-swap-dialog.js"

/** The operations that are dialogs (call records and payment history are views of their own). */
export type DialogOperation = Exclude<Rules.NumberRules.Operation, "detalization" | "paymentHistory">

const factories: { readonly [O in DialogOperation]?: (context: DialogContext) => OperationDialog } = {
  block: (context) => new BlockDialog(context),
  unblock: (context) => new BlockDialog(context),
  simSwap: (context) => new SimSwapDialog(context),
  detailViewBan: (context) => new BanDialog(context, "detailViewBan"),
  selfCareBan: (context) => new BanDialog(context, "selfCareBan"),
  smsUssdBan: (context) => new BanDialog(context, "smsUssdBan"),
  forwarding: (context) => new ForwardingDialog(context),
  imeiRegistration: (context) => new ImeiDialog(context),
  sendSecretCode: (context) => new SecretCodeDialog(context),
  deleteSecretCode: (context) => new SecretCodeDialog(context),
}

/** The dialog of `context.operation`, if it has one. */
export const dialogFor = (context: DialogContext): OperationDialog | undefined =>
  factories[context.operation as DialogOperation]?.(context)
