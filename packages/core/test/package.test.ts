import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "@effect/vitest"

const packageRoot = fileURLToPath(new URL("..", import.meta.url))

// Runs the built package the way a developer's script would: plain Node, no test runner, no source condition.
const importInPlainNode = (code: string): string =>
  execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: packageRoot, encoding: "utf8" })

describe("the built package", { timeout: 60_000 }, () => {
  it("imports in plain Node and decodes a number typed by a person", () => {
    const output = importInPlainNode(`
      import { Msisdn, Rules } from "@kabinet/core"
      import * as S from "effect/Schema"
      const number = S.decodeUnknownSync(Msisdn.FromInput)("+7 701 054 20 01")
      console.log(JSON.stringify({ number, display: Msisdn.format(number), rules: Rules.catalogue.length }))
    `)
    const result = JSON.parse(output)
    expect(result.number).toBe("77010542001")
    expect(result.display).toBe("+7 701 054 20 01")
    expect(result.rules).toBeGreaterThan(20)
  })
})
