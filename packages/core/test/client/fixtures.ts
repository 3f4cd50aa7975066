/**
 * Operator payloads as JSON (the encoded side of the contract's schemas), for tests.
 */
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

export const mobileNumber = {
  msisdn: "77010542001",
  accountNumber: "25602051",
  tariffName: "Карт Бланш+ 1000",
  billingMethod: "Кредитный",
  status: "Активный",
  statusChangedAt: "2020-08-27T03:21:00+05:00",
  availableFunds: "893.00",
  individualLimit: "1786.00",
  creditLimit: "3000.00",
  companyId: "cmp-kabinet",
}

export const general = {
  billingMethod: "Кредитный",
  registrationForm: "300014697190-130",
  accountNumber: "25602051",
  bans: { smsUssdControl: "disabled", selfCareDetailView: "enabled", selfCareAccess: "disabled" },
}

export const sim = {
  pin1: "0000",
  pin2: "6911",
  puk1: "11507782",
  puk2: "15275799",
  iccid: "89997027507916785078",
  lastSimChangeAt: "2018-08-27T15:37:00+05:00",
  lastRecordedImei: "35202309352069",
}

export const remainders = {
  tariff: [
    {
      kind: "onNetCalls",
      name: "Звонки внутри сети Kcell/activ",
      allowance: { kind: "unlimited" },
      connectedOn: "2019-02-01",
      disconnectedOn: "2019-03-01",
    },
  ],
  additional: [
    {
      kind: "internet",
      name: "Интернет круглосуточный",
      allowance: { kind: "limited", available: 10239, total: 10240 },
      connectedOn: "2019-02-01",
    },
  ],
}

export const connectedService = {
  id: "internet-10gb",
  name: "Интернет 10 ГБ",
  category: { group: "Интернет", subgroup: "Интернет-пакеты" },
  conditions: "10 ГБ на 30 дней.",
  monthlyFee: "2990.00",
  connected: true,
  connectedAt: "2019-02-01T10:00:00+05:00",
}

export const availableService = {
  id: "roaming-europe",
  name: "Роуминг Европа",
  category: { group: "Голосовые", subgroup: "Роуминг" },
  conditions: "Звонки в роуминге по Европе по 99 ₸ за минуту.",
  connected: false,
}

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
  fileName: "act-2020-09.pdf",
  mediaType: "application/pdf",
  url: "/files/act-2020-09.pdf",
  sizeBytes: 48213,
}

export const reportAccepted = { kind: "emailed", requestId: "rep-1", email: "buh@example.kz", operationId: "op-7" }

export const numberPage = (items: ReadonlyArray<unknown>, total: number, offset: number) => ({ items, total, offset })
