// Rows of the number list as the operator sends them (JSON), deterministic and shaped like the
// manual's, every optional field present on some rows: the payload of the decoding suite
// (`suites/core.mjs`).

const tariffs = ["Карт Бланш+ 1000", "Бизнес Класс Специалист", "11 corp"]
const statuses = ["Активный", "Активный", "Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"]
const codes = ["701", "702", "705", "707", "747", "771", "775", "776", "777", "778"]

/** `count` rows in the operator's JSON form. */
export const numberRows = (count) =>
  Array.from({ length: count }, (_, i) => {
    const advance = i % 7 === 0
    const row = {
      msisdn: `7${codes[i % codes.length]}${String(1_000_000 + i).slice(-7)}`,
      accountNumber: String(25_000_000 + Math.floor(i / 4)),
      billingMethod: advance ? "Авансовый" : "Кредитный",
      status: statuses[i % statuses.length],
      statusChangedAt: `20${String(10 + (i % 15))}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00+05:00`,
      availableFunds: `${(i * 37) % 100_000}.${String(i % 100).padStart(2, "0")}`,
      creditLimit: advance ? "10.00" : "3000.00",
      companyId: "cmp-kabinet",
    }
    if (!advance) row.tariffName = tariffs[i % tariffs.length]
    if (i % 3 === 0) row.individualLimit = "1786.00"
    return row
  })

/** A page of the number list (`NumberPage`) holding `count` rows, as JSON text. */
export const numberPageJson = (count) => JSON.stringify({ items: numberRows(count), total: count, offset: 0 })
