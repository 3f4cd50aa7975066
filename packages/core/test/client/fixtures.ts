/**
 * Operator payloads as JSON (the encoded side of the contract's schemas), for tests.
 */
import * as Manual from "../fixtures/manual.js"

export const at = "2020-09-21T12:00:00+05:00"

export const admin = {
  phone: "77012111249",
  fullName: "Alimbayeva Adel",
  email: "adel@example.kz",
  companyIds: ["cmp-kabinet"],
  activated: true,
}

export const session = { token: "sess_0123456789abcdef", admin, expiresAt: "2020-09-21T18:00:00+05:00" }

export const challenge = {
  recoveryId: "rec-1",
  sentAt: at,
  resendAvailableAt: "2020-09-21T12:01:00+05:00",
  expiresAt: "2020-09-21T12:05:00+05:00",
  attemptsLeft: 5,
}

export const grant = { recoveryToken: "rt_0123456789abcdef", expiresAt: "2020-09-21T12:10:00+05:00" }

export const company = { id: "cmp-kabinet", bin: "800800800800", fullName: "TOO Кабинет", shortName: "Кабинет" }

export const mobileNumber = Manual.kartBlanche

export const general = Manual.general

export const sim = Manual.sim

const { disconnectedOn: _stillConnected, ...internetRemainder } = Manual.internetRemainder

export const remainders = { tariff: [Manual.onNetCallsRemainder], additional: [internetRemainder] }

export const connectedService = Manual.internetService

export const availableService = Manual.roamingService

export const profile = {
  number: mobileNumber,
  general,
  sim,
  remainders,
  connectedServices: [connectedService],
  availableServices: [availableService],
}

export const forwarding = { busy: { target: "77010542006" }, noAnswer: { target: "77010542006", delaySeconds: 20 } }

export const devices = {
  lastRecordedImei: "35202309352069",
  status: "Устройство не зарегистрировано с этим номером",
  devices: [{ imei: "490154203237518", registeredAt: at }],
}

export const secretCodeNone = { state: "none" }
export const secretCodeSent = { state: "sent", sentAt: at }

export const bans = { smsUssdControl: "disabled", selfCareDetailView: "enabled", selfCareAccess: "enabled" }

export const pending = (id = "op-1", kind = "block") => ({
  state: "pending",
  id,
  kind,
  msisdn: "77010542001",
  startedAt: at,
})

export const succeeded = (id = "op-1", kind = "block", status = "Заблокирован") => ({
  state: "succeeded",
  id,
  kind,
  msisdn: "77010542001",
  startedAt: at,
  finishedAt: "2020-09-21T12:01:30+05:00",
  status,
})

export const failed = (id = "op-1", kind = "simSwap") => ({
  state: "failed",
  id,
  kind,
  msisdn: "77010542001",
  startedAt: at,
  finishedAt: "2020-09-21T12:01:30+05:00",
  failure: { messageKey: "rule.number.simSwap.notActive", ruleId: "number.simSwap.notActive", params: {} },
  status: "Активный",
})

export const callRecord = {
  at,
  kind: "callOut",
  counterpart: "77010542006",
  durationSeconds: 65,
  cost: "12.50",
}

export const internetRecord = { at, kind: "internet", volumeKb: 2048, cost: "0.00" }

export const callRecordPage = (items: ReadonlyArray<unknown>, total: number, offset: number) => ({
  items,
  total,
  offset,
})

export const payment = {
  paidAt: at,
  amount: "5000.00",
  channel: "card",
  documentNumber: "PAY-1",
  accountNumber: "25602051",
  msisdn: "77010542001",
}

export const paymentTable = { kind: "table", rows: [payment] }

export const actionHistoryTable = {
  kind: "table",
  rows: [
    {
      id: "act-1",
      action: "block",
      status: "Успешно",
      at,
      admin: { fullName: "Alimbayeva Adel", phone: "77012111249" },
      msisdn: "77010542001",
    },
  ],
}

export const invoiceSearchTable = { kind: "table", rows: [{ msisdn: "77010542001", accountNumber: "25602051" }] }

export const fileReady = {
  kind: "file",
  fileId: "file_4Qm7cT2vXk9RbN1sW8yH3jLp",
  fileName: "act-2020-09.pdf",
  mediaType: "application/pdf",
  sizeBytes: 48213,
  expiresAt: "2020-09-21T13:00:00Z",
}

export const reportAccepted = { kind: "emailed", requestId: "rep-1", email: "buh@example.kz", operationId: "op-7" }

export const numberPage = (items: ReadonlyArray<unknown>, total: number, offset: number) => ({ items, total, offset })
