import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Admin } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Admin.Admin)

const json = {
  phone: "77080770570",
  fullName: "Rocket Yurly",
  email: "email@kcell.kz",
  companyIds: ["cmp-kabinet", "cmp-kabinet-branch"],
  activated: true,
}

describe("Admin", () => {
  it.effect("decodes an admin of two companies and encodes it unchanged", () =>
    Effect.gen(function* () {
      const admin = yield* decode(json)
      expect(admin.phone).toBe("77080770570")
      expect(admin.companyIds).toHaveLength(2)
      expect(yield* Schema.encodeEffect(Admin.Admin)(admin)).toEqual(json)
    }),
  )

  it.effect("decodes an admin never activated, without an e-mail", () =>
    Effect.gen(function* () {
      const { email: _email, ...withoutEmail } = json
      const admin = yield* decode({ ...withoutEmail, activated: false })
      expect(admin.activated).toBe(false)
      expect("email" in admin).toBe(false)
    }),
  )

  it.effect("refuses a phone in display form, the manual's phone-in-email-field slip, and a missing flag", () =>
    Effect.gen(function* () {
      const { activated: _activated, ...withoutFlag } = json
      for (const input of [{ ...json, phone: "+7 708 077 05 70" }, { ...json, email: "77012111249" }, withoutFlag]) {
        const result = yield* Effect.result(decode(input))
        expect(result._tag, JSON.stringify(input)).toBe("Failure")
      }
    }),
  )
})
