/**
 * Reading numbers: the paged, sorted, searched list (B1) and a number's profile (B2–B7, B9, B15,
 * B16), whole or one section at a time (the refresh buttons).
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * const page = yield* Programs.Numbers.listNumbers({ companyId, offset: 0, limit: 50, search: "701" })
 * const profile = yield* Programs.Numbers.loadProfile({ companyId, msisdn: page.items[0].msisdn })
 * ```
 */
import * as Effect from "effect/Effect"
import type * as Numbers from "../api/Numbers.js"
import * as Paging from "../api/Paging.js"
import { type ClientError, OperatorClient } from "../client/OperatorClient.js"
import type * as Company from "../domain/Company.js"
import type * as Forwarding from "../domain/Forwarding.js"
import type * as GeneralInfo from "../domain/GeneralInfo.js"
import type * as ImeiRegistration from "../domain/ImeiRegistration.js"
import type * as MobileNumber from "../domain/MobileNumber.js"
import type * as Msisdn from "../domain/Msisdn.js"
import type * as NumberProfile from "../domain/NumberProfile.js"
import type * as SecretCode from "../domain/SecretCode.js"
import type * as Service from "../domain/Service.js"
import type * as SimCard from "../domain/SimCard.js"
import type * as Spending from "../domain/Spending.js"
import type * as TariffRemainders from "../domain/TariffRemainders.js"

/**
 * What the number list asks for: the window of rows (`offset`, `limit`, default 50), the column
 * to sort by and its direction, and the search text. Empty search text searches nothing.
 */
export interface ListInput {
  readonly companyId: Company.CompanyId
  readonly offset?: number | undefined
  readonly limit?: number | undefined
  readonly sort?: Numbers.SortField | undefined
  readonly order?: "asc" | "desc" | undefined
  readonly search?: string | undefined
}

/**
 * A page of the company's numbers, sorted and searched by the operator (B1, decision 7). The
 * search text is trimmed; a blank one is left out.
 *
 * @example
 * ```ts
 * const page = yield* Numbers.listNumbers({ companyId, offset: 100, limit: 50, sort: "status", order: "desc" })
 * page.total // all matching numbers, for the virtualized list's height
 * ```
 */
export const listNumbers = Effect.fn("Numbers.listNumbers")(function* (
  input: ListInput,
): Effect.fn.Return<Numbers.NumberPage, ClientError, OperatorClient> {
  const client = yield* OperatorClient
  const search = input.search?.trim() ?? ""
  return yield* client.call(
    "operation.loadNumbers",
    client.api.numbers.list({
      params: { companyId: input.companyId },
      query: {
        offset: Math.max(0, Math.trunc(input.offset ?? 0)),
        limit: Math.min(Paging.maxLimit, Math.max(1, Math.trunc(input.limit ?? Paging.defaultLimit))),
        ...(input.sort === undefined ? {} : { sort: input.sort }),
        ...(input.order === undefined ? {} : { order: input.order }),
        ...(search === "" ? {} : { search: search.slice(0, 64) }),
      },
    }),
  )
})

/**
 * One number of a company.
 */
export interface NumberRef {
  readonly companyId: Company.CompanyId
  readonly msisdn: Msisdn.Msisdn
}

/**
 * A number's whole profile page: the operator's profile (header, general, SIM, remainders,
 * services) and the forwarding, devices and secret code sections.
 */
export interface FullProfile {
  readonly profile: NumberProfile.NumberProfile
  readonly forwarding: Forwarding.Forwarding
  readonly devices: ImeiRegistration.ImeiRegistration
  readonly secretCode: SecretCode.SecretCodeState
}

/**
 * Loads every section of a number's profile at once (four requests in parallel).
 *
 * @example
 * ```ts
 * const { profile, forwarding, devices, secretCode } = yield* Numbers.loadProfile({ companyId, msisdn })
 * ```
 */
export const loadProfile = Effect.fn("Numbers.loadProfile")(function* (
  ref: NumberRef,
): Effect.fn.Return<FullProfile, ClientError, OperatorClient> {
  const client = yield* OperatorClient
  const request = { params: { companyId: ref.companyId, number: ref.msisdn } }
  return yield* Effect.all(
    {
      profile: client.call("operation.loadNumber", client.api.numbers.profile(request)),
      forwarding: client.call("operation.forwarding", client.api.numbers.forwarding(request)),
      devices: client.call("operation.imeiRegistration", client.api.numbers.devices(request)),
      secretCode: client.call("operation.loadNumber", client.api.numbers.secretCode(request)),
    },
    { concurrency: "unbounded" },
  )
})

/**
 * The sections of a profile that can be read alone, and what each holds.
 */
export interface Sections {
  readonly number: MobileNumber.MobileNumber
  readonly general: GeneralInfo.GeneralInfo
  readonly sim: SimCard.SimCard
  readonly remainders: TariffRemainders.TariffRemainders
  readonly connectedServices: ReadonlyArray<Service.Service>
  readonly availableServices: ReadonlyArray<Service.Service>
  readonly forwarding: Forwarding.Forwarding
  readonly devices: ImeiRegistration.ImeiRegistration
  readonly secretCode: SecretCode.SecretCodeState
}

/** A section's name. */
export type Section = keyof Sections

/**
 * Reloads one section of a profile, e.g. the header after «Обновить» (B2).
 *
 * @example
 * ```ts
 * const header = yield* Numbers.loadSection({ companyId, msisdn }, "number")
 * header.status
 * ```
 */
export const loadSection = <S extends Section>(
  ref: NumberRef,
  section: S,
): Effect.Effect<Sections[S], ClientError, OperatorClient> =>
  OperatorClient.use((client): Effect.Effect<Sections[S], ClientError> => {
    const request = { params: { companyId: ref.companyId, number: ref.msisdn } }
    const api = client.api.numbers
    const loaders: { readonly [K in Section]: () => Effect.Effect<Sections[K], unknown> } = {
      number: () => api.get(request),
      general: () => api.general(request),
      sim: () => api.sim(request),
      remainders: () => api.remainders(request),
      connectedServices: () => api.connectedServices(request),
      availableServices: () => api.availableServices(request),
      forwarding: () => api.forwarding(request),
      devices: () => api.devices(request),
      secretCode: () => api.secretCode(request),
    }
    return client.call(section === "number" ? "operation.refresh" : "operation.loadNumber", loaders[section]())
  })

/**
 * The line's spending in each of the last six months, oldest first (E3): the chart under the
 * remainders.
 *
 * @example
 * ```ts
 * const { months } = yield* Numbers.loadSpending({ companyId, msisdn })
 * ```
 */
export const loadSpending = Effect.fn("Numbers.loadSpending")(function* (
  ref: NumberRef,
): Effect.fn.Return<Spending.Spending, ClientError, OperatorClient> {
  const client = yield* OperatorClient
  return yield* client.call(
    "operation.loadNumber",
    client.api.numbers.spending({ params: { companyId: ref.companyId, number: ref.msisdn } }),
  )
})

/**
 * The operator's profile of a number alone (B2–B7: header, general, SIM, remainders, services),
 * in one consistent answer; what the number's page shows and refreshes.
 *
 * @example
 * ```ts
 * const profile = yield* Numbers.loadNumberProfile({ companyId, msisdn })
 * profile.number.status // "Активный"
 * ```
 */
export const loadNumberProfile = Effect.fn("Numbers.loadNumberProfile")(function* (
  ref: NumberRef,
): Effect.fn.Return<NumberProfile.NumberProfile, ClientError, OperatorClient> {
  const client = yield* OperatorClient
  return yield* client.call(
    "operation.loadNumber",
    client.api.numbers.profile({ params: { companyId: ref.companyId, number: ref.msisdn } }),
  )
})
