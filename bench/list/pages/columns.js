// The six columns of the manual's number list, for the peers' grids, formatted as Kabinet shows them.

const whole = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 })
const exact = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** `893.00` → `893 ₸`, `-12540.50` → `-12 540,50 ₸`. @param {string} value */
const money = (value) => {
  const amount = Number(value)
  return `${(Number.isInteger(amount) ? whole : exact).format(amount)} ₸`
}

/** `77010542001` → `+7 701 054 20 01`. @param {string} digits */
const phone = (digits) =>
  `+${digits.slice(0, 1)} ${digits.slice(1, 4)} ${digits.slice(4, 7)} ${digits.slice(7, 9)} ${digits.slice(9)}`

/** Key (the contract's sort key and field), header, and the cell's text. */
export const columns = [
  { key: "msisdn", label: "Номер", text: (row) => phone(row.msisdn) },
  { key: "accountNumber", label: "Лицевой счет", text: (row) => row.accountNumber },
  { key: "tariffName", label: "Тарифный план", text: (row) => row.tariffName },
  { key: "billingMethod", label: "Метод расчета", text: (row) => row.billingMethod },
  { key: "status", label: "Статус", text: (row) => row.status },
  { key: "availableFunds", label: "Доступные средства", text: (row) => money(row.availableFunds) },
]
