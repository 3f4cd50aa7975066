import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { ActionHistory } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Schema.Array(ActionHistory.ActionHistoryEntry))

// The manual's «История действий» table, in the operator's JSON.
const rows = [
  {
    id: "act-4",
    action: "documentRequest",
    status: "Успешно",
    at: "2020-09-21T12:09:24+05:00",
    admin: { fullName: "Rocket Yurly", phone: "77080770570" },
    details: "Запрос доступных актов выполненных работ для компании 700700700700 (БИН) с i-список",
  },
  {
    id: "act-3",
    action: "documentRequest",
    status: "Ошибка",
    at: "2020-09-21T11:04:05+05:00",
    admin: { fullName: "Alimbayeva Adel", phone: "77012114644" },
    details: "Запрос доступных актов выполненных работ для компании 700700700700 (БИН) с i-список",
  },
  {
    id: "act-2",
    action: "other",
    status: "Успешно",
    at: "2020-09-21T10:20:15+05:00",
    admin: { fullName: "Rocket Yurly", phone: "77080770570" },
    details: "Получение лицевого счета М2М номеров по БИН",
  },
  {
    id: "act-1",
    action: "block",
    status: "Успешно",
    at: "2020-09-21T10:13:56+05:00",
    admin: { fullName: "Rocket Yurly", phone: "77080770570" },
    msisdn: "77010542001",
  },
]

describe("ActionHistory", () => {
  it.effect("decodes the manual's action history, failed entries too", () =>
    Effect.gen(function* () {
      const entries = yield* decode(rows)
      expect(entries.map((e) => ActionHistory.statusKey(e.status))).toEqual([
        "success",
        "failure",
        "success",
        "success",
      ])
      expect(entries[1]?.admin).toEqual({ fullName: "Alimbayeva Adel", phone: "77012114644" })
      expect(entries[3]?.msisdn).toBe("77010542001")
      expect(entries[0] && DateTime.formatIso(entries[0].at)).toBe("2020-09-21T07:09:24.000Z")
    }),
  )

  it.effect("encodes back to the operator's JSON", () =>
    Effect.gen(function* () {
      const encoded = yield* Schema.encodeEffect(Schema.Array(ActionHistory.ActionHistoryEntry))(yield* decode(rows))
      expect(encoded[3]).toEqual({ ...rows[3], at: "2020-09-21T05:13:56.000Z" })
    }),
  )

  it.effect("refuses an unknown status, an unknown action and an admin without a phone", () =>
    Effect.gen(function* () {
      const [row] = rows
      for (const [input, at] of [
        [{ ...row, status: "Success" }, '["status"]'],
        [{ ...row, action: "Запрос актов" }, '["action"]'],
        [{ ...row, admin: { fullName: "Rocket Yurly" } }, '["admin"]["phone"]'],
        [{ ...row, at: "21.09.2020 12:09:24" }, '["at"]'],
      ] as const) {
        const error = yield* Effect.flip(decode([input]))
        expect(error.message).toContain(at)
      }
    }),
  )
})
