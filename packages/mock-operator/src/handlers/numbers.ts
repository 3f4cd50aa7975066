/**
 * The `numbers` group (B1–B7, B9, B15, B16): the paged, sorted, searched number list, and every
 * section of a number's profile — each behind the company boundary.
 */
import { Api, Money, NumberProfile, type Service, Spending } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as Catalogue from "../db/Catalogue.js"
import type { Line, Remainders } from "../db/Line.js"
import * as ManualLines from "../db/ManualLines.js"
import type { OperatorState } from "../db/OperatorState.js"
import * as SpendingHistory from "../db/Spending.js"
import * as Traits from "../db/Traits.js"
import { dayOf } from "../internal/time.js"
import { company, line } from "./Access.js"
import * as Contract from "./Contract.js"
import { numberPage } from "./ListEncoding.js"
import { OperatorDb } from "./OperatorDb.js"

/** A line's bundle remainders this month: the manual's own where it prints them. */
export const remaindersOf = (state: OperatorState, of: Line): Remainders =>
  ManualLines.remainders.get(of.msisdn) ?? Traits.remainders(state.seed, of.msisdn, of.tariffName, dayOf(state.now()))

/** The services connected to a line, in the catalogue's order. */
export const connectedOf = (of: Line): ReadonlyArray<Service.Service> =>
  Catalogue.services.flatMap((offer) => {
    const connected = of.services.find((service) => service.id === offer.id)
    return connected === undefined ? [] : [Contract.service(offer, connected.connectedAt)]
  })

/** The services a line can connect, in the catalogue's order. */
export const availableOf = (of: Line): ReadonlyArray<Service.Service> =>
  Catalogue.services
    .filter((offer) => !of.services.some((service) => service.id === offer.id))
    .map((offer) => Contract.service(offer, undefined))

// Reads one section of a number behind the company boundary.
const section =
  <A>(read: (state: OperatorState, of: Line) => A) =>
  ({ params }: { readonly params: { readonly companyId: string; readonly number: string } }) =>
    Effect.gen(function* () {
      const state = yield* OperatorDb
      return read(state, yield* line(params.companyId, params.number))
    })

/**
 * The handlers of the `numbers` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(NumbersHandlers))
 * ```
 */
export const NumbersHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "numbers", (handlers) =>
  handlers
    .handle("list", ({ params, query }) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        yield* company(params.companyId)
        const page = state.numbers.list(params.companyId, {
          offset: query.offset,
          limit: query.limit,
          sort: { key: query.sort ?? "msisdn", direction: query.order ?? "asc" },
          search: query.search,
        })
        return numberPage(page.lines, page.total, query.offset)
      }),
    )
    .handle(
      "get",
      section((_, of) => Contract.mobileNumber(of)),
    )
    .handle(
      "profile",
      section(
        (state, of) =>
          new NumberProfile.NumberProfile({
            number: Contract.mobileNumber(of),
            general: Contract.generalInfo(of),
            sim: Contract.simCard(of),
            remainders: Contract.tariffRemainders(remaindersOf(state, of)),
            connectedServices: connectedOf(of),
            availableServices: availableOf(of),
          }),
      ),
    )
    .handle(
      "general",
      section((_, of) => Contract.generalInfo(of)),
    )
    .handle(
      "sim",
      section((_, of) => Contract.simCard(of)),
    )
    .handle(
      "remainders",
      section((state, of) => Contract.tariffRemainders(remaindersOf(state, of))),
    )
    .handle(
      "connectedServices",
      section((_, of) => connectedOf(of)),
    )
    .handle(
      "availableServices",
      section((_, of) => availableOf(of)),
    )
    .handle(
      "forwarding",
      section((_, of) => Contract.forwarding(of)),
    )
    .handle(
      "devices",
      section((_, of) => Contract.imeiRegistration(of)),
    )
    .handle(
      "secretCode",
      section((_, of) => Contract.secretCode(of)),
    )
    .handle(
      "spending",
      section(
        (state, of) =>
          new Spending.Spending({
            months: SpendingHistory.spending(state.seed, of.msisdn, dayOf(state.now()), Spending.months).map(
              ({ month, tiyn }) => ({ month, amount: Money.make(tiyn) }),
            ),
          }),
      ),
    ),
)
