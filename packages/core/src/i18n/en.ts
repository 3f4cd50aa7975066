/**
 * English messages. Typed as `Catalog`, so a key added to the Russian catalogue must be translated
 * here before the package compiles. Quoted labels match the English interface, not the Russian
 * manual.
 *
 * @example
 * ```ts
 * import { Messages } from "@kabinet/core"
 * Messages.format("en", "status.debtBlocked") // "Blocked / Debt"
 * ```
 */
import type { Catalog } from "./Messages.js"

const retry =
  "Wait 2–3 minutes, refresh the page and try again. If nothing changes, contact corporate customer support."

/**
 * Every message of Kabinet in English.
 *
 * @example
 * ```ts
 * en["operation.simSwap"] // "SIM card replacement"
 * ```
 */
export const en: Catalog = {
  "status.active": "Active",
  "status.blocked": "Blocked",
  "status.debtBlocked": "Blocked / Debt",
  "status.processing": "Processing",

  "billing.credit": "Credit",
  "billing.advance": "Advance",

  "ban.on": "On",
  "ban.off": "Off",

  "operation.block": "Block",
  "operation.unblock": "Unblock",
  "operation.simSwap": "SIM card replacement",
  "operation.detailViewBan": "Ban on viewing call details in {selfCare}",
  "operation.selfCareBan": "{selfCare} access ban",
  "operation.smsUssdBan": "Ban on SMS / USSD control",
  "operation.detalization": "Call details",
  "operation.imeiRegistration": "Device registration (IMEI)",
  "operation.sendSecretCode": "Send secret code",
  "operation.deleteSecretCode": "Delete secret code",
  "operation.forwarding": "Call forwarding",
  "operation.connectService": "Connect",
  "operation.disconnectService": "Disconnect",
  "operation.paymentHistory": "Payment history",
  "operation.refresh": "Refresh",
  "operation.signIn": "Sign in to {operator} Business ID",
  "operation.passwordRecovery": "Password recovery",
  "operation.changeEmail": "Change e-mail",
  "operation.changePassword": "Change password",
  "operation.renameCompany": "Company short name",
  "operation.selectCompany": "Company selection",
  "operation.loadNumbers": "Number management",
  "operation.loadNumber": "Number information",

  "document.section": "Documents and reports",
  "document.paymentHistory": "Payment history",
  "document.invoiceSearch": "Find a mobile number by invoice number",
  "document.actionHistory": "Action history",
  "document.numberListReport": "Number list report",
  "document.act": "Act of completed works and invoice breakdown",
  "document.invoiceRegistry": "Invoice registry",
  "document.reconciliation": "Reconciliation act",
  "document.devicesReport": "Registered devices report",
  "document.paymentsReport": "Payments report",
  "document.beta": "beta",

  "note.firstLogin": "To sign in for the first time, use “Forgot password?”",
  "note.recovery.resend":
    "If you did not receive the code, you can ask for it again 60 seconds after the first attempt.",
  "note.recovery.codeSent": "SMS code sent",
  "note.recovery.activate": "You need to change your password to activate your account.",
  "note.funds": "Funds available until the end of the current month",
  "note.block.duration": "Blocking or unblocking may take 1–2 minutes.",
  "note.detalization.window": "Records are available for the last 90 days, today included.",
  "note.detalization.todayIncomplete":
    "Today's call records may be incomplete because the data is updated periodically.",
  "note.secretCode.grants":
    "A secret code lets the number's user see the number's information, call details included, in the personal self-care account.",
  "note.secretCode.limits": "A secret code does not let the number's user connect or disconnect services.",
  "note.imei.lastRecorded": "The IMEI of the last device recorded with this number.",
  "note.imei.notRegistered": "The device is not registered with this number",
  "note.act.availability": "Note: acts for the past accounting month are available after the 5th of the month.",
  "note.act.since": "Acts of completed works are available from 1 January 2018.",
  "note.invoiceRegistry.availability":
    "Note: the invoice registry for the past accounting month is available from the 4th.",
  "note.reconciliation.maxPeriod": "The period can reach back at most 12 months from today.",
  "note.reconciliation.availability":
    "Note: reconciliation acts for the past accounting month are available after the 3rd of the month.",
  "note.payments.maxPeriod": "The period can reach back at most 3 months from today.",
  "note.report.byEmail": "Preparing the data may take a while. The report will be sent to the e-mail address you give.",

  "rule.number.operation.pending":
    "The number is “Processing”: wait until the current operation ends (usually 1–2 minutes) and refresh the status.",
  "rule.number.block.notActive": "Only an “Active” number can be blocked.",
  "rule.number.unblock.notBlocked": "Only a “Blocked” number can be unblocked.",
  "rule.number.unblock.debt":
    "You cannot unblock this number yourself: it has an unpaid debt (status “Blocked / Debt”).",
  "rule.number.simSwap.notActive": "A SIM card can be replaced only on an “Active” number.",
  "rule.number.simSwap.sameSim":
    "This is the current SIM card. Enter the number printed on the back of the new SIM card.",
  "rule.number.simSwap.iccidInUse": "This SIM card is already in use on another number. Check the SIM card number.",
  "rule.number.forwarding.delay": "The no-answer delay is {min} to {max} seconds, in steps of {step} seconds.",
  "rule.number.forwarding.selfTarget": "Calls cannot be forwarded to the same number.",
  "rule.number.imei.notRecorded":
    "No device has been recorded with this number yet. Put the SIM card into the device to register: it will appear under “Last recorded IMEI”.",
  "rule.number.imei.incomplete": "Registration needs the full 15-digit IMEI with its check digit.",
  "rule.number.imei.alreadyRegistered": "This device is already registered with this number.",
  "rule.number.paymentHistory.advanceOnly":
    "The number's payment history is for advance-paid numbers. For credit numbers, open “Documents and reports” → “Payment history”.",
  "rule.secretCode.noServiceChanges": "A secret code does not let the number's user connect or disconnect services.",
  "rule.detalization.window":
    "Records are available for the last {days} days, today included: the period cannot start before {earliest:date}.",
  "period.order": "The period must start no later than it ends.",
  "period.future": "The period cannot end after today.",
  "rule.document.paymentHistory.creditOnly":
    "Payment history here covers accounts with the credit method. For advance-paid numbers, use the payment history on the number's page.",
  "rule.document.invoiceSearch.numberRequired": "Enter the invoice's registration number or accounting-system number.",
  "rule.document.invoiceSearch.futureYear": "The invoice year cannot be later than the current one ({year}).",
  "rule.document.act.notYet":
    "The act for {month:month} will be available from {availableFrom:date}: acts for the past accounting month are available after the 5th.",
  "rule.document.act.tooEarly": "Acts of completed works are available from 1 January 2018.",
  "rule.document.invoiceRegistry.notYet":
    "The invoice registry for {month:month} will be available from {availableFrom:date}: the registry for the past accounting month is available from the 4th.",
  "rule.document.reconciliation.notYet":
    "The reconciliation act for {month:month} will be available from {availableFrom:date}: acts for the past accounting month are available after the 3rd.",
  "rule.report.reconciliation.maxPeriod":
    "The period can reach back at most {months} months from today: it cannot start before {earliest:date}.",
  "rule.report.payments.maxPeriod":
    "The period can reach back at most {months} months from today: it cannot start before {earliest:date}.",
  "rule.login.notActivated": "To sign in for the first time, use “Forgot password?”.",
  "rule.login.locked": {
    plural: "minutes",
    one: "Sign-in is locked after {attempts} failed attempts. Try again in {minutes} minute (at {lockedUntil:time}).",
    other:
      "Sign-in is locked after {attempts} failed attempts. Try again in {minutes} minutes (at {lockedUntil:time}).",
  },
  "rule.recovery.resendCooldown": {
    plural: "seconds",
    one: "You can ask for a new code in {seconds} second.",
    other: "You can ask for a new code in {seconds} seconds.",
  },
  "rule.recovery.codeExpired": "The SMS code has expired ({minutes} minutes). Ask for a new code.",
  "rule.recovery.tooManyTries": "The code was entered wrong {tries} times. Ask for a new code.",
  "rule.recovery.sendLimit": {
    plural: "minutes",
    one: "{max} SMS codes were sent in the last hour. You can ask for a new code in {minutes} minute.",
    other: "{max} SMS codes were sent in the last hour. You can ask for a new code in {minutes} minutes.",
  },
  "rule.recovery.tryLimit": {
    plural: "minutes",
    one: "Too many wrong codes in the last hour. Try again in {minutes} minute.",
    other: "Too many wrong codes in the last hour. Try again in {minutes} minutes.",
  },
  "rule.profile.currentPassword.required": "Enter your current password.",
  "rule.profile.currentPassword.wrong": "Wrong current password.",
  "rule.profile.shortName.tooLong": {
    plural: "max",
    one: "The short name can be at most {max} character long.",
    other: "The short name can be at most {max} characters long.",
  },
  "rule.password.tooShort": {
    plural: "min",
    one: "The password must be at least {min} character long.",
    other: "The password must be at least {min} characters long.",
  },
  "rule.password.tooLong": {
    plural: "max",
    one: "The password must be at most {max} character long.",
    other: "The password must be at most {max} characters long.",
  },
  "rule.password.common":
    "This password is too common or has appeared in data breaches. Choose another — a phrase of several words works well.",
  "rule.password.context": "The password must not contain your phone number, e-mail or the service's name.",
  "rule.password.sameAsCurrent": "The new password must differ from the current one.",
  "rule.password.confirmationMismatch": "The passwords do not match.",

  "error.operatorUnavailable": "The operator's service is temporarily unavailable.",
  "error.unauthorized": "Sign in to continue.",
  "error.sessionExpired": "Your session has expired. Sign in again.",
  "error.forbidden": "You are not allowed to do this.",
  "error.rateLimited": {
    plural: "seconds",
    one: "Too many requests. Try again in {seconds} second.",
    other: "Too many requests. Try again in {seconds} seconds.",
  },
  "error.contractViolation": "The operator sent an unexpected response.",
  "error.network": "Cannot reach the server. Check your internet connection.",
  "error.timeout": "The operator did not answer in time.",
  "error.notFound": "Nothing found: the data may have changed. Refresh the page.",
  "error.invalidCredentials": "Wrong phone number or password.",
  "error.invalidCredentials.attemptsLeft": {
    plural: "attempts",
    one: "{attempts} attempt left before sign-in is locked for {minutes} minutes.",
    other: "{attempts} attempts left before sign-in is locked for {minutes} minutes.",
  },

  "advice.retry": retry,
  "advice.retryOperation": `“{operation}” did not complete. ${retry}`,
  "advice.checkCredentials": "Check the credentials you entered. The first sign-in must go through “Forgot password?”.",
  "advice.requestAccess": "To manage an organisation, it must send a request granting you administrator access.",

  "field.required": "Fill in this field.",
  "date.invalid": "Enter the date as DD-MM-YYYY.",
  "msisdn.invalid": "Phone number as 77012223344.",
  "msisdn.empty": "Enter the phone number.",
  "msisdn.characters": "A phone number may hold digits, spaces, brackets, dashes and a leading “+” only.",
  "msisdn.length": "Phone number as 77012223344: 11 digits.",
  "msisdn.country": "The phone number must start with 7 or 8: 77012223344.",
  "msisdn.notMobile": "This is not a Kazakhstan mobile number.",
  "iccid.invalid": "Invalid SIM card number.",
  "iccid.empty": "Enter the SIM card number.",
  "iccid.characters": "A SIM card number has digits only.",
  "iccid.length": "Enter the new SIM card's 20-digit number.",
  "iccid.checkDigit": "The SIM card number has a typo: check it against the back of the SIM card.",
  "imei.invalid": "Invalid IMEI.",
  "imei.empty": "Enter the IMEI.",
  "imei.characters": "An IMEI has digits only.",
  "imei.incomplete": "This IMEI lacks its check digit (14 digits).",
  "imei.length": "An IMEI has 15 digits.",
  "imei.checkDigit": "The IMEI has a typo: its check digit does not match.",
  "bin.invalid": "Invalid BIN.",
  "bin.empty": "Enter the BIN.",
  "bin.characters": "A BIN has digits only.",
  "bin.length": "A BIN has 12 digits.",
  "bin.checkDigit": "The BIN has a typo: its check digit does not match.",
  "email.invalid": "Invalid e-mail address.",
  "email.empty": "Enter an e-mail address.",
  "email.length": "An e-mail address is at most 254 characters long.",
  "email.format": "Enter an address like name@company.kz.",
  "smsCode.invalid": "Invalid SMS code.",
  "smsCode.empty": "Enter the SMS code.",
  "smsCode.characters": "The SMS code has digits only.",
  "smsCode.length": "The SMS code has 6 digits.",
  "money.invalid": "Invalid amount.",
  "money.empty": "Enter an amount.",
  "money.format": "Enter the amount in digits, e.g. 9970.33.",
  "money.precision": "At most two decimal places.",
  "money.notInteger": "An amount in tiyn must be a whole number.",
  "money.range": "The amount is too large.",
  "accountNumber.invalid": "Invalid account number.",
  "accountNumber.empty": "Enter the account number.",
  "accountNumber.characters": "An account number has digits only.",
  "accountNumber.length": "An account number has 6 to 12 digits.",
}
