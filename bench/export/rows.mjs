// The rows every subject of the exports suite writes, made the same way in Node and in the page:
// the number list's eight columns and the call records' six, as the core's `Table` rows hold them
// (phone digits, texts, epoch milliseconds, amounts in tiyn, seconds, kilobytes). No imports, so the
// page can load it as it is.

const tariffs = ["Карт Бланш+ 1000", "Бизнес Класс Специалист", "11 corp"]
const billing = ["Кредитный", "Авансовый"]
const statuses = ["Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"]
const callKinds = ["Исходящий звонок", "Входящий звонок", "SMS", "Интернет"]
const start = Date.UTC(2020, 7, 1)

/** Row `i` of a number list: phone, account, tariff, billing method, status, date-time, two amounts. */
export const numberListRow = (i) => [
  `7701${String(1_000_000 + i).slice(-7)}`,
  String(25_000_000 + Math.floor(i / 4)),
  tariffs[i % tariffs.length],
  billing[i % 7 === 0 ? 1 : 0],
  statuses[i % statuses.length],
  start + i * 60_000,
  (i * 37) % 10_000_000,
  300_000,
]

/** Row `i` of call records: date-time, kind, other party, duration (s), volume (KB), cost (tiyn). */
export const callRecordRow = (i) => {
  const kind = i % callKinds.length
  return [
    start + i * 97_000,
    callKinds[kind],
    `7702${String(2_000_000 + ((i * 7919) % 1_000_000)).slice(-7)}`,
    kind < 2 ? (i * 13) % 900 : 0,
    kind === 3 ? (i * 131) % 50_000 : 0,
    (i * 53) % 25_000,
  ]
}

/** The two documents of the suite: which rows, and how many. */
export const documents = {
  xlsx: { row: numberListRow, count: 100_000 },
  pdf: { row: callRecordRow, count: 10_000 },
}

/** `count` rows made by `row`, one at a time as they are read. */
export const rowsOf = (row, count) => ({
  *[Symbol.iterator]() {
    for (let i = 0; i < count; i++) yield row(i)
  },
})
