import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { ReportOutput } from "../src/index.js"

describe("ReportOutput", () => {
  it.effect("decodes the three outputs of the manual", () =>
    Effect.gen(function* () {
      for (const output of ReportOutput.values) {
        expect(yield* Schema.decodeUnknownEffect(ReportOutput.ReportOutput)(output)).toBe(output)
      }
    }),
  )

  it.effect("refuses the keys themselves on the wire", () =>
    Effect.gen(function* () {
      const result = yield* Effect.result(Schema.decodeUnknownEffect(ReportOutput.ReportOutput)("pdf"))
      expect(result._tag).toBe("Failure")
    }),
  )

  it("gives every output a distinct key", () => {
    expect(ReportOutput.values.map(ReportOutput.key)).toEqual(["screen", "pdf", "xls"])
  })
})
