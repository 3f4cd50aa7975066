/**
 * Small pieces every operation dialog shares.
 */
import { type Company, Errors, type Messages } from "@kabinet/core"
import type { DialogContext } from "./dialog-context.js"

/**
 * The company the admin works on. Without one the admin is not signed in: the dialog shows the expired
 * session's error (a rejected action keeps the dialog open with it).
 */
export const companyOf = (context: DialogContext, operation?: Messages.MessageKey): Company.CompanyId => {
  const companyId = context.store.companyId
  if (companyId === undefined)
    throw new Errors.SessionExpired({ operation: operation ?? `operation.${context.operation}` })
  return companyId
}
