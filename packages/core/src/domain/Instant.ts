/**
 * A moment in time as the operator sends it: an ISO-8601 date-time with an explicit offset,
 * `"2020-08-27T03:21:00+05:00"` or `"2020-08-26T22:21:00Z"`, decoded to a `DateTime.Utc`.
 *
 * The offset is required on purpose: a bare `"2020-08-27 03:21"` would be read as UTC by the
 * platform and shift every Almaty time by five hours without a trace. Encoding writes UTC
 * (`"…Z"`); the widgets render instants in Asia/Almaty or the viewer's locale.
 *
 * @example
 * ```ts
 * import { Instant } from "@kabinet/core"
 * const at = Schema.decodeUnknownSync(Instant.Instant)("2020-08-27T03:21:00+05:00")
 * DateTime.formatIso(at) // "2020-08-26T22:21:00.000Z"
 * ```
 */
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { isoInstant } from "../internal/fastChecks.js"

/**
 * An instant: ISO-8601 string with offset on the wire, `DateTime.Utc` in the domain.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Instant.Instant)("2019-01-24T16:23:00+05:00")
 * Schema.decodeUnknownSync(Instant.Instant)("24/01/2019 16:23") // throws: not ISO-8601
 * ```
 */
export const Instant = Schema.String.annotate({
  description: "An instant, ISO-8601 with an offset: 2020-08-27T03:21:00+05:00 or 2020-08-26T22:21:00Z",
  format: "date-time",
})
  .check(
    Schema.isPattern(isoInstant, { expected: "an ISO-8601 date-time with an offset, e.g. 2020-08-27T03:21:00+05:00" }),
  )
  .pipe(Schema.decodeTo(Schema.DateTimeUtc, SchemaTransformation.dateTimeUtcFromString))
  .annotate({ identifier: "Instant" })
export type Instant = typeof Instant.Type
