/**
 * The manual's own lines, exactly as its screenshots show them, and one line in each status the
 * list can show: 77010542010 «Заблокирован / Долг», 77010542011 «Заблокирован», 77010542012
 * «В обработке».
 *
 * Where the manual is silent (a line's SIM codes, its bans), the line's facts are derived from the
 * seed like any generated line's.
 */
import { at } from "../internal/time.js"
import * as Companies from "./Companies.js"
import type { Line, Remainders } from "./Line.js"
import * as Traits from "./Traits.js"

type Shown = Pick<
  Line,
  | "msisdn"
  | "companyId"
  | "accountNumber"
  | "tariffName"
  | "billingMethod"
  | "status"
  | "statusChangedAt"
  | "availableFunds"
  | "individualLimit"
  | "creditLimit"
> &
  Partial<Line>

// What the manual shows of each line; the rest is derived.
const shown: ReadonlyArray<Shown> = [
  {
    msisdn: "77010542001",
    companyId: Companies.kabinet.id,
    accountNumber: "25602051",
    tariffName: "Карт Бланш+ 1000",
    billingMethod: "Кредитный",
    status: "Активный",
    statusChangedAt: at("2020-08-27T03:21:00+06:00"),
    availableFunds: 89_300,
    individualLimit: 178_600,
    creditLimit: 300_000,
    registrationForm: "300014697190-130",
    bans: { smsUssdControl: false, selfCareDetailView: false, selfCareAccess: false },
    sim: {
      pin1: "0000",
      pin2: "6911",
      puk1: "11507782",
      puk2: "15275799",
      iccid: "89997027507916785078",
      lastSimChangeAt: at("2018-08-27T15:37:00+06:00"),
      lastRecordedImei: "35202309352069",
    },
    services: [
      { id: "international-calls", connectedAt: at("2019-02-01T10:00:00+06:00") },
      { id: "internet-5gb", connectedAt: at("2020-08-27T03:25:00+06:00") },
    ],
    forwarding: {},
    devices: [],
    secretCodeSentAt: undefined,
  },
  {
    msisdn: "77010542006",
    companyId: Companies.kabinet.id,
    accountNumber: "25060831",
    tariffName: "Бизнес Класс Специалист",
    billingMethod: "Кредитный",
    status: "Активный",
    statusChangedAt: at("2020-03-12T10:05:00+06:00"),
    availableFunds: 698_200,
    individualLimit: undefined,
    creditLimit: 1_000_000,
  },
  {
    msisdn: "77010542007",
    companyId: Companies.kabinet.id,
    accountNumber: "25060830",
    tariffName: "Бизнес Класс Специалист",
    billingMethod: "Кредитный",
    status: "Активный",
    statusChangedAt: at("2020-03-12T10:07:00+06:00"),
    availableFunds: 44_600,
    individualLimit: undefined,
    creditLimit: 1_000_000,
  },
  {
    msisdn: "77780627247",
    companyId: Companies.kabinet.id,
    accountNumber: "25869160",
    tariffName: "11 corp",
    billingMethod: "Кредитный",
    status: "Активный",
    statusChangedAt: at("2019-11-04T09:40:00+06:00"),
    availableFunds: 997_033,
    individualLimit: undefined,
    creditLimit: 1_500_000,
  },
  {
    // The IMEI registration screenshot: a device seen but not registered.
    msisdn: "77010542003",
    companyId: Companies.kabinet.id,
    accountNumber: "25060830",
    tariffName: "Бизнес Класс Специалист",
    billingMethod: "Кредитный",
    status: "Активный",
    statusChangedAt: at("2020-03-12T10:06:00+06:00"),
    availableFunds: 512_000,
    individualLimit: undefined,
    creditLimit: 1_000_000,
    devices: [],
  },
  {
    msisdn: "77010542010",
    companyId: Companies.kabinet.id,
    accountNumber: "25602051",
    tariffName: "Карт Бланш+ 1000",
    billingMethod: "Кредитный",
    status: "Заблокирован / Долг",
    statusChangedAt: at("2020-09-01T00:05:00+06:00"),
    availableFunds: -1_254_050,
    individualLimit: undefined,
    creditLimit: 300_000,
  },
  {
    msisdn: "77010542011",
    companyId: Companies.kabinet.id,
    accountNumber: "25602051",
    tariffName: "Карт Бланш+ 1000",
    billingMethod: "Кредитный",
    status: "Заблокирован",
    statusChangedAt: at("2020-09-15T14:30:00+06:00"),
    availableFunds: 150_000,
    individualLimit: undefined,
    creditLimit: 300_000,
  },
  {
    msisdn: "77010542012",
    companyId: Companies.kabinet.id,
    accountNumber: "25602051",
    tariffName: "Бизнес Класс Специалист",
    billingMethod: "Кредитный",
    status: "В обработке",
    statusChangedAt: at("2020-09-21T12:09:00+06:00"),
    availableFunds: 230_000,
    individualLimit: undefined,
    creditLimit: 300_000,
  },
  {
    // The detail-records screenshot: an advance line without a tariff, 10 ₸.
    msisdn: "77010541921",
    companyId: Companies.vremeniMalo.id,
    accountNumber: "25311921",
    tariffName: undefined,
    billingMethod: "Авансовый",
    status: "Активный",
    statusChangedAt: at("2019-01-24T16:23:00+06:00"),
    availableFunds: 1_000,
    individualLimit: undefined,
    creditLimit: 1_000,
    secretCodeSentAt: at("2019-01-24T16:30:00+06:00"),
  },
]

/** The number of the line that stays «В обработке»: its seeded operation never ends on its own. */
export const processingMsisdn = "77010542012"

/** The line of the manual's IMEI screenshot and its last recorded device. */
const imeiScreenshot = { msisdn: "77010542003", imei: "35720106026360" }

/** The registration form of a line the manual does not show: 12 digits, a dash, a sequence. */
const registrationForm = (msisdn: string): string => `3000${msisdn.slice(3)}-${Number(msisdn.slice(-3))}`

/** The manual's lines, completed from the seed where it is silent. */
export const lines = (seed: number): ReadonlyArray<Line> =>
  shown.map((line): Line => {
    const sim = line.sim ?? Traits.sim(seed, line.msisdn)
    const simShown = line.msisdn === imeiScreenshot.msisdn ? { ...sim, lastRecordedImei: imeiScreenshot.imei } : sim
    return {
      registrationForm: registrationForm(line.msisdn),
      bans: Traits.bans(seed, line.msisdn),
      services: Traits.services(seed, line.msisdn),
      forwarding: {},
      devices: Traits.devices(seed, line.msisdn, simShown.lastRecordedImei),
      secretCodeSentAt: undefined,
      pendingOperationId: undefined,
      ...line,
      sim: simShown,
    }
  })

/** Every manual number. */
export const msisdns: ReadonlySet<string> = new Set(shown.map((line) => line.msisdn))

/**
 * The bundle remainders of the manual's profile page (77010542001), as printed: on-net calls
 * unlimited; 50 of 50 minutes to other operators, 150 of 150 SMS, 10239 of 10240 MB.
 */
export const remainders: ReadonlyMap<string, Remainders> = new Map([
  [
    "77010542001",
    {
      tariff: [
        {
          kind: "onNetCalls",
          name: "Звонки внутри сети Kcell/activ",
          available: 0,
          total: undefined,
          connectedOn: "2019-02-01",
          disconnectedOn: "2019-03-01",
        },
      ],
      additional: [
        {
          kind: "offNetCalls",
          name: "Звонки на других сотовых операторов РК",
          available: 3000,
          total: 3000,
          connectedOn: "2019-02-01",
          disconnectedOn: "2019-03-01",
        },
        {
          kind: "sms",
          name: "SMS внутри сети Kcell/activ",
          available: 150,
          total: 150,
          connectedOn: "2019-02-01",
          disconnectedOn: "2019-03-01",
        },
        {
          kind: "internet",
          name: "Интернет круглосуточный",
          available: 10_239,
          total: 10_240,
          connectedOn: "2019-02-01",
          disconnectedOn: "2019-03-01",
        },
      ],
    },
  ],
])
