/**
 * The db's plain records in the contract's shapes. Each is written in its JSON form and decoded
 * with the core's schema, so a record that the contract would refuse fails here, loudly, instead
 * of reaching a client; the HTTP layer then encodes the decoded value with the same schema. The
 * list row, served fifty at a time, is built as the schema's value directly, its checks left to
 * the encoding — which runs every one of them — rather than parsed from text it was just written to.
 */
import {
  type AccountNumber,
  ActionHistory,
  Admin,
  Api,
  Bans,
  CallRecord,
  Company,
  Forwarding,
  GeneralInfo,
  ImeiRegistration,
  Luhn,
  type MobileNumber,
  Money,
  type Msisdn,
  Payment,
  SecretCode,
  Service,
  SimCard,
  TariffRemainders,
} from "@kabinet/core"
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import type { ActionEntry } from "../db/ActionLog.js"
import type { AdminAccount } from "../db/AdminStore.js"
import type { CallRecordRow } from "../db/CallRecords.js"
import type { ServiceOffer } from "../db/Catalogue.js"
import type { CompanyRecord } from "../db/Companies.js"
import type { Line, Remainder, Remainders, Row } from "../db/Line.js"
import type { Operation } from "../db/Operations.js"
import type { PaymentRow } from "../db/Payments.js"

/** An instant as the contract writes it. */
export const iso = (epochMillis: number): string => new Date(epochMillis).toISOString()

/** Tiyn as the contract's decimal string. */
export const money = (tiyn: number): string => Money.toDecimalString(Money.make(tiyn))

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

/** A list row and profile header. */
export const mobileNumber = (row: Row): MobileNumber.MobileNumber => ({
  msisdn: row.msisdn as Msisdn.Msisdn,
  accountNumber: row.accountNumber as AccountNumber.AccountNumber,
  ...optional("tariffName", row.tariffName),
  billingMethod: row.billingMethod,
  status: row.status,
  statusChangedAt: DateTime.fromDateUnsafe(new Date(row.statusChangedAt)),
  availableFunds: row.availableFunds as Money.Tiyn,
  ...optional("individualLimit", row.individualLimit as Money.Tiyn | undefined),
  creditLimit: row.creditLimit as Money.Tiyn,
  companyId: row.companyId as Company.CompanyId,
})

const banState = (on: boolean) => (on ? "enabled" : "disabled")

const bansJson = (line: Line) => ({
  smsUssdControl: banState(line.bans.smsUssdControl),
  selfCareDetailView: banState(line.bans.selfCareDetailView),
  selfCareAccess: banState(line.bans.selfCareAccess),
})

/** The three bans. */
export const bans = (line: Line): Bans.Bans => Schema.decodeUnknownSync(Bans.Bans)(bansJson(line))

/** «Общая информация». */
export const generalInfo = (line: Line): GeneralInfo.GeneralInfo =>
  Schema.decodeUnknownSync(GeneralInfo.GeneralInfo)({
    billingMethod: line.billingMethod,
    registrationForm: line.registrationForm,
    accountNumber: line.accountNumber,
    bans: bansJson(line),
  })

/** «SIM карта и устройство». */
export const simCard = (line: Line): SimCard.SimCard =>
  Schema.decodeUnknownSync(SimCard.SimCard)({
    pin1: line.sim.pin1,
    pin2: line.sim.pin2,
    puk1: line.sim.puk1,
    puk2: line.sim.puk2,
    iccid: line.sim.iccid,
    ...optional("lastSimChangeAt", line.sim.lastSimChangeAt === undefined ? undefined : iso(line.sim.lastSimChangeAt)),
    ...optional("lastRecordedImei", line.sim.lastRecordedImei),
  })

const remainder = (r: Remainder) => ({
  kind: r.kind,
  name: r.name,
  allowance:
    r.total === undefined ? { kind: "unlimited" } : { kind: "limited", available: r.available, total: r.total },
  connectedOn: r.connectedOn,
  ...optional("disconnectedOn", r.disconnectedOn),
})

/** «Остатки по тарифному плану» and «Дополнительно». */
export const tariffRemainders = (remainders: Remainders): TariffRemainders.TariffRemainders =>
  Schema.decodeUnknownSync(TariffRemainders.TariffRemainders)({
    tariff: remainders.tariff.map(remainder),
    additional: remainders.additional.map(remainder),
  })

/** A service of the catalogue, connected (with its time) or not. */
export const service = (offer: ServiceOffer, connectedAt: number | undefined): Service.Service =>
  Schema.decodeUnknownSync(Service.Service)({
    id: offer.id,
    name: offer.name,
    category: { group: offer.group, subgroup: offer.subgroup },
    conditions: offer.conditions,
    ...optional("monthlyFee", offer.monthlyFee === undefined ? undefined : money(offer.monthlyFee)),
    connected: connectedAt !== undefined,
    ...optional("connectedAt", connectedAt === undefined ? undefined : iso(connectedAt)),
  })

/** Call forwarding. */
export const forwarding = (line: Line): Forwarding.Forwarding =>
  Schema.decodeUnknownSync(Forwarding.Forwarding)(line.forwarding)

/** Whether the last recorded device is among the registered ones (the 14-digit form completed). */
export const isRecordedRegistered = (line: Line): boolean => {
  const recorded = line.sim.lastRecordedImei
  if (recorded === undefined) return false
  const full = recorded.length === 14 ? Luhn.complete(recorded) : recorded
  return line.devices.some((device) => device.imei === full)
}

/** «Регистрация устройства (IMEI)». */
export const imeiRegistration = (line: Line): ImeiRegistration.ImeiRegistration =>
  Schema.decodeUnknownSync(ImeiRegistration.ImeiRegistration)({
    ...optional("lastRecordedImei", line.sim.lastRecordedImei),
    status: isRecordedRegistered(line)
      ? "Устройство зарегистрировано с этим номером"
      : "Устройство не зарегистрировано с этим номером",
    devices: line.devices.map((device) => ({ imei: device.imei, registeredAt: iso(device.registeredAt) })),
  })

/** Whether a secret code is active. */
export const secretCode = (line: Line): SecretCode.SecretCodeState =>
  Schema.decodeUnknownSync(SecretCode.SecretCodeState)(
    line.secretCodeSentAt === undefined ? { state: "none" } : { state: "sent", sentAt: iso(line.secretCodeSentAt) },
  )

/** A call detail record. */
export const callRecord = (row: CallRecordRow): CallRecord.CallRecord =>
  Schema.decodeUnknownSync(CallRecord.CallRecord)({
    at: iso(row.at),
    kind: row.kind,
    ...optional("counterpart", row.counterpart),
    ...optional("durationSeconds", row.durationSeconds),
    ...optional("volumeKb", row.volumeKb),
    cost: money(row.cost),
  })

/** A payment. */
export const payment = (row: PaymentRow): Payment.Payment =>
  Schema.decodeUnknownSync(Payment.Payment)({
    paidAt: iso(row.paidAt),
    amount: money(row.amount),
    channel: row.channel,
    documentNumber: row.documentNumber,
    accountNumber: row.accountNumber,
    ...optional("msisdn", row.msisdn),
  })

/** A long operation in its current state. */
export const operation = (op: Operation): Api.Operations.Operation => {
  const base = {
    id: op.id,
    kind: op.kind,
    ...optional("msisdn", op.msisdn),
    startedAt: iso(op.startedAt),
  }
  const json =
    op.state === "pending"
      ? { state: "pending", ...base }
      : op.state === "succeeded"
        ? {
            state: "succeeded",
            ...base,
            finishedAt: iso(op.finishedAt ?? op.startedAt),
            ...optional("status", op.status),
          }
        : {
            state: "failed",
            ...base,
            finishedAt: iso(op.finishedAt ?? op.startedAt),
            failure: {
              messageKey: op.failure?.messageKey ?? "operation.failed",
              ...optional("ruleId", op.failure?.ruleId),
            },
            ...optional("status", op.status),
          }
  return Schema.decodeUnknownSync(Api.Operations.Operation)(json)
}

// An account is replaced, never changed, so its profile is decoded once per version of it: the
// session of every request names it.
const admins = new WeakMap<AdminAccount, Admin.Admin>()

/** The signed-in admin's profile. */
export const admin = (account: AdminAccount): Admin.Admin => {
  const known = admins.get(account)
  if (known !== undefined) return known
  const decoded = decodeAdmin(account)
  admins.set(account, decoded)
  return decoded
}

const decodeAdmin = (account: AdminAccount): Admin.Admin =>
  Schema.decodeUnknownSync(Admin.Admin)({
    phone: account.phone,
    fullName: account.fullName,
    ...optional("email", account.email),
    companyIds: account.companyIds,
    activated: account.password !== undefined,
  })

/** A company with the short name this admin gave it. */
export const company = (record: CompanyRecord, shortName: string | undefined): Company.Company =>
  Schema.decodeUnknownSync(Company.Company)({
    id: record.id,
    bin: record.bin,
    fullName: record.fullName,
    ...optional("shortName", shortName),
  })

/** An entry of the action history. */
export const actionEntry = (entry: ActionEntry): ActionHistory.ActionHistoryEntry =>
  Schema.decodeUnknownSync(ActionHistory.ActionHistoryEntry)({
    id: entry.id,
    action: entry.action,
    status: entry.status,
    at: iso(entry.at),
    admin: entry.admin,
    ...optional("msisdn", entry.msisdn),
    ...optional("details", entry.details),
  })
