/**
 * Pages of long lists (decision 7): the operator sorts, filters and slices, the client asks for
 * the rows it shows. A page says where it starts and how many rows there are in all, so a
 * virtualized list can size its scrollbar without loading the rest.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * const NumberPage = Api.Paging.Page(MobileNumber.MobileNumber, "NumberPage")
 * ```
 */
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"

/**
 * A row offset: a non-negative integer. In a query string it is written as digits (`?offset=200`).
 */
export const Offset = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).annotate({ identifier: "Offset" })
export type Offset = typeof Offset.Type

/** The largest page the operator serves. */
export const maxLimit = 500

/** The page size a client asks for when it has no better idea. */
export const defaultLimit = 50

/**
 * How many rows to return: 1 to {@link maxLimit}.
 */
export const Limit = Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: maxLimit })).annotate({
  identifier: "Limit",
})
export type Limit = typeof Limit.Type

// A query string carries digits; the pattern says exactly which, so a request that satisfies the
// published document is one the operator accepts (no "1.5", "1e3", "+7" or leading zeros).
const integerParam = <S extends Schema.Codec<number, number>>(schema: S, pattern: RegExp, expected: string) =>
  Schema.String.check(Schema.isPattern(pattern, { expected })).pipe(
    Schema.decodeTo(schema, SchemaTransformation.numberFromString),
  )

/**
 * {@link Offset} as a query parameter: `?offset=200` — decimal digits, no sign, no leading zeros,
 * at most 999,999,999.
 */
export const OffsetParam = integerParam(
  Offset,
  /^(?:0|[1-9][0-9]{0,8})$/u,
  "a row offset: 0 or a whole number without leading zeros",
).annotate({ identifier: "OffsetParam" })

/**
 * {@link Limit} as a query parameter: `?limit=50` — a whole number from 1 to {@link maxLimit}.
 */
export const LimitParam = integerParam(
  Limit,
  /^(?:[1-9]|[1-9][0-9]|[1-4][0-9]{2}|500)$/u,
  `a page size: a whole number from 1 to ${maxLimit}`,
).annotate({ identifier: "LimitParam" })

/**
 * A count of rows: a non-negative integer.
 */
export const Total = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).annotate({ identifier: "Total" })

/** Sort direction. */
export const SortOrder = Schema.Literals(["asc", "desc"]).annotate({ identifier: "SortOrder" })
export type SortOrder = typeof SortOrder.Type

/**
 * A page of `item`s: the rows from `offset`, and the `total` number of rows that match. `items` is
 * the schema of the rows when the item's module has its own (a list decoded on a fast path).
 *
 * JSON: `{ "items": [ … ], "total": 100000, "offset": 200 }`
 *
 * @example
 * ```ts
 * const CallRecordPage = Paging.Page(CallRecord.CallRecord, "CallRecordPage")
 * ```
 */
export const Page = <Item extends Schema.Top>(
  item: Item,
  identifier: string,
  items: Schema.$Array<Item> = Schema.Array(item),
) => Schema.Struct({ items, total: Total, offset: Offset }).annotate({ identifier })

/**
 * The type of a page of `A`.
 */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly total: number
  readonly offset: number
}
