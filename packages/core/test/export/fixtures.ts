/**
 * Domain objects for the export tests, decoded from the operator's JSON through the core's own
 * schemas (so they cannot drift from the contract): the manual's number 77010542001 and its call
 * records, payments and action history, and a generator of long lists.
 */
import { Schema } from "effect"
import { ActionHistory, CallRecord, MobileNumber, Payment } from "../../src/index.js"
import { kartBlanche } from "../fixtures/manual.js"

/** The manual's first number. */
export const msisdn = "77010542001"

/** The company, with Kazakh letters in its name. */
export const company = "ТОО «Қазақ Телеком Сервис»"

/** Call records of every kind, the second one in Almaty's UTC+6 of 2019. */
export const callRecords = Schema.decodeUnknownSync(Schema.Array(CallRecord.CallRecord))([
  { at: "2019-02-25T09:14:05+06:00", kind: "callOut", counterpart: "77010542006", durationSeconds: 184, cost: "12.50" },
  { at: "2019-02-25T10:00:00+06:00", kind: "callIn", counterpart: "+77012111249", durationSeconds: 3723, cost: "0.00" },
  { at: "2019-02-25T11:30:00+06:00", kind: "smsOut", counterpart: '=HYPERLINK("http://evil")', cost: "5.00" },
  { at: "2019-02-26T08:00:00+06:00", kind: "smsIn", counterpart: "Kcell", cost: "0.00" },
  { at: "2019-02-26T12:00:00+06:00", kind: "internet", volumeKb: 20480, cost: "9970.33" },
])

/** A payment history of the manual's account. */
export const payments = Schema.decodeUnknownSync(Schema.Array(Payment.Payment))([
  {
    paidAt: "2020-09-15T11:02:00+06:00",
    amount: "9970.33",
    channel: "bankTransfer",
    documentNumber: "ПП-000451",
    accountNumber: "25602051",
  },
  {
    paidAt: "2020-09-20T16:45:00+06:00",
    amount: "893.00",
    channel: "card",
    documentNumber: "@SUM(1+1)",
    accountNumber: "25602051",
    msisdn,
  },
])

/** Action history entries, one failed. */
export const actionHistory = Schema.decodeUnknownSync(Schema.Array(ActionHistory.ActionHistoryEntry))([
  {
    id: "act-1",
    action: "block",
    status: "Успешно",
    at: "2020-09-21T12:09:24+06:00",
    admin: { fullName: "Rocket Yurly", phone: "77080770570" },
    msisdn,
  },
  {
    id: "act-2",
    action: "documentRequest",
    status: "Ошибка",
    at: "2020-09-21T11:04:05+06:00",
    admin: { fullName: "Әлімбаева Әдел", phone: "77012114644" },
    details: "-1+2 Запрос актов",
  },
])

/** The manual's number as a list row. */
export const number = Schema.decodeUnknownSync(MobileNumber.MobileNumber)(kartBlanche)

/** Rows of `count` numbers (the manual's, renumbered), as a list of the whole fleet would give them. */
export function* fleet(count: number): Generator<MobileNumber.MobileNumber> {
  for (let i = 0; i < count; i++)
    yield {
      ...number,
      msisdn: `7701${String(1_000_000 + i).slice(-7)}` as typeof number.msisdn,
    }
}
