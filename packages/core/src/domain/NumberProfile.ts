/**
 * Everything the profile page of one number shows (B2–B7), in one value: the header, general
 * information, SIM card and device, tariff remainders, connected and available services.
 *
 * One payload rather than six lets the page render at once and keeps its sections consistent
 * with each other (same account, same billing method).
 *
 * @example
 * ```ts
 * import { NumberProfile } from "@kabinet/core"
 * const profile = Schema.decodeUnknownSync(NumberProfile.NumberProfile)(json)
 * profile.number.status // "Активный"
 * profile.general.registrationForm // "300014697190-130"
 * ```
 */
import * as Schema from "effect/Schema"
import * as GeneralInfo from "./GeneralInfo.js"
import * as MobileNumber from "./MobileNumber.js"
import * as Service from "./Service.js"
import * as SimCard from "./SimCard.js"
import * as TariffRemainders from "./TariffRemainders.js"

/**
 * The profile of a number.
 *
 * - `number` — the header (B2): the same shape as a row of the number list.
 * - `general` (B3), `sim` (B4), `remainders` (B5).
 * - `connectedServices` (B6) are all connected, `availableServices` (B7) all not.
 *
 * JSON: `{ "number": MobileNumber, "general": GeneralInfo, "sim": SimCard, "remainders": TariffRemainders,
 * "connectedServices": [Service…], "availableServices": [Service…] }`
 *
 * @example
 * ```ts
 * profile.availableServices.filter((s) => s.category.group === "Интернет")
 * ```
 */
export class NumberProfile extends Schema.Class<NumberProfile>("NumberProfile")(
  Schema.Struct({
    number: MobileNumber.MobileNumber,
    general: GeneralInfo.GeneralInfo,
    sim: SimCard.SimCard,
    remainders: TariffRemainders.TariffRemainders,
    connectedServices: Schema.Array(Service.Service),
    availableServices: Schema.Array(Service.Service),
  }).check(
    Schema.makeFilter((p) => {
      const issues: Array<Schema.FilterIssue> = []
      if (p.general.accountNumber !== p.number.accountNumber)
        issues.push({ path: ["general", "accountNumber"], issue: "differs from the header's account" })
      if (p.general.billingMethod !== p.number.billingMethod)
        issues.push({ path: ["general", "billingMethod"], issue: "differs from the header's billing method" })
      p.connectedServices.forEach((s, i) => {
        if (!s.connected) issues.push({ path: ["connectedServices", i, "connected"], issue: "listed as connected" })
      })
      p.availableServices.forEach((s, i) => {
        if (s.connected) issues.push({ path: ["availableServices", i, "connected"], issue: "listed as available" })
      })
      return issues
    }),
  ),
) {}
