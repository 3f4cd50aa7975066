/**
 * What the operator sells: tariffs with their bundles, and the services catalogue of B6–B7
 * (Голосовые: Роуминг, Акции в роуминге, Международные звонки; Интернет: Интернет-пакеты).
 *
 * The manual names the groups and three tariffs; the offers inside each group are what a Kazakh
 * operator's business catalogue typically carries, invented for the mock.
 */

import type { Service } from "@kabinet/core"

/** A service group: the core's `ServiceGroup`. */
export type ServiceGroup = Service.ServiceGroup

/** A service subgroup: the core's `ServiceSubgroup`. */
export type ServiceSubgroup = Service.ServiceSubgroup

/** A service on offer. `monthlyFee` is tiyn, absent for pay-per-use services. */
export interface ServiceOffer {
  readonly id: string
  readonly name: string
  readonly group: ServiceGroup
  readonly subgroup: ServiceSubgroup
  readonly conditions: string
  readonly monthlyFee: number | undefined
}

/** The services catalogue, in the order the profile lists it. */
export const services: ReadonlyArray<ServiceOffer> = [
  {
    id: "roaming",
    name: "Роуминг",
    group: "Голосовые",
    subgroup: "Роуминг",
    conditions:
      "Звонки, SMS и интернет за границей по тарифам партнеров в стране пребывания. Подключение и абонентская плата бесплатно.",
    monthlyFee: undefined,
  },
  {
    id: "roaming-europe",
    name: "Роуминг Европа",
    group: "Голосовые",
    subgroup: "Роуминг",
    conditions: "Входящие и исходящие звонки в странах Европы по 99 ₸ за минуту, SMS по 49 ₸.",
    monthlyFee: 99_000,
  },
  {
    id: "roaming-promo-turkey",
    name: "Турция за 1 990 ₸ в сутки",
    group: "Голосовые",
    subgroup: "Акции в роуминге",
    conditions: "60 минут звонков и 1 ГБ интернета в сутки в Турции. Сутки начинаются с первого действия в роуминге.",
    monthlyFee: undefined,
  },
  {
    id: "roaming-promo-cis",
    name: "СНГ без границ",
    group: "Голосовые",
    subgroup: "Акции в роуминге",
    conditions: "Входящие звонки в странах СНГ бесплатно, исходящие по цене звонков внутри сети.",
    monthlyFee: 149_000,
  },
  {
    id: "international-calls",
    name: "Международные звонки",
    group: "Голосовые",
    subgroup: "Международные звонки",
    conditions: "Доступ к исходящим международным звонкам по тарифам оператора.",
    monthlyFee: undefined,
  },
  {
    id: "international-cis-100",
    name: "100 минут в СНГ",
    group: "Голосовые",
    subgroup: "Международные звонки",
    conditions: "100 минут звонков на номера стран СНГ на месяц. Неизрасходованные минуты не переносятся.",
    monthlyFee: 120_000,
  },
  {
    id: "internet-5gb",
    name: "Интернет 5 ГБ",
    group: "Интернет",
    subgroup: "Интернет-пакеты",
    conditions: "5 ГБ интернета на 30 дней сверх пакета тарифа.",
    monthlyFee: 149_000,
  },
  {
    id: "internet-20gb",
    name: "Интернет 20 ГБ",
    group: "Интернет",
    subgroup: "Интернет-пакеты",
    conditions: "20 ГБ интернета на 30 дней сверх пакета тарифа.",
    monthlyFee: 299_000,
  },
  {
    id: "internet-night",
    name: "Ночной безлимит",
    group: "Интернет",
    subgroup: "Интернет-пакеты",
    conditions: "Безлимитный интернет с 01:00 до 07:00 каждый день.",
    monthlyFee: 49_000,
  },
]

/** A service by its id. */
export const serviceById = (id: string): ServiceOffer | undefined => services.find((service) => service.id === id)

/** A tariff and its bundles: `undefined` for an unlimited allowance; call minutes, SMS, megabytes. */
export interface Tariff {
  readonly name: string
  readonly onNetMinutes: number | undefined
  readonly offNetMinutes: number
  readonly sms: number
  readonly internetMb: number
}

/** The tariffs lines are on; the first three are the manual's. */
export const tariffs: ReadonlyArray<Tariff> = [
  { name: "Карт Бланш+ 1000", onNetMinutes: undefined, offNetMinutes: 50, sms: 150, internetMb: 10_240 },
  { name: "Бизнес Класс Специалист", onNetMinutes: undefined, offNetMinutes: 200, sms: 300, internetMb: 15_360 },
  { name: "11 corp", onNetMinutes: 500, offNetMinutes: 100, sms: 100, internetMb: 5_120 },
  { name: "Бизнес Класс Эксперт", onNetMinutes: undefined, offNetMinutes: 500, sms: 500, internetMb: 30_720 },
  { name: "Бизнес Класс Старт", onNetMinutes: 300, offNetMinutes: 30, sms: 50, internetMb: 3_072 },
  { name: "M2M Телеметрия", onNetMinutes: 0, offNetMinutes: 0, sms: 100, internetMb: 500 },
]

/** A tariff by its name. */
export const tariffByName = (name: string | undefined): Tariff | undefined =>
  tariffs.find((tariff) => tariff.name === name)

/** The operator's labels of each remainder, with its on-net name. */
export const remainderNames = {
  onNetCalls: "Звонки внутри сети Kcell/activ",
  offNetCalls: "Звонки на других сотовых операторов РК",
  sms: "SMS внутри сети Kcell/activ",
  internet: "Интернет круглосуточный",
} as const
