import { readFileSync } from "node:fs"
import { describe, expect, it } from "@effect/vitest"
import * as OpenApiDocument from "../../src/api/OpenApiDocument.js"

const committed = new URL("../../openapi.json", import.meta.url)

describe("openapi.json", () => {
  it("is up to date with the contract (run `npm run openapi` after changing it)", () => {
    expect(readFileSync(committed, "utf8")).toBe(OpenApiDocument.render())
  })

  const spec = OpenApiDocument.spec()
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) =>
      typeof operation === "object" && operation !== null && "operationId" in operation
        ? [{ path, method, operation: operation as (typeof spec.paths)[string]["get"] & object }]
        : [],
    ),
  )

  it("is OpenAPI 3.1 with every path under /v1", () => {
    expect(spec.openapi).toBe("3.1.0")
    expect(operations.length).toBe(52)
    for (const { path } of operations) expect(path.startsWith("/v1/")).toBe(true)
  })

  const open = new Set([
    "auth.signIn",
    "auth.startRecovery",
    "auth.resendRecoveryCode",
    "auth.verifyRecoveryCode",
    "auth.completeRecovery",
  ])

  it("asks for the bearer token everywhere but sign-in and recovery", () => {
    for (const { operation } of operations) {
      const secured = (operation.security ?? []).some((requirement) => "bearer" in requirement)
      expect([operation.operationId, secured]).toEqual([operation.operationId, !open.has(operation.operationId)])
    }
  })

  const withoutKey = new Set(["auth.signIn", "auth.verifyRecoveryCode", "auth.completeRecovery", "auth.signOut"])

  it("requires an Idempotency-Key on every mutation", () => {
    for (const { method, operation } of operations) {
      if (method === "get" || withoutKey.has(operation.operationId)) continue
      const header = (operation.parameters ?? []).find((p) => p.in === "header" && p.name === "idempotency-key")
      expect([operation.operationId, header?.required]).toEqual([operation.operationId, true])
    }
  })

  it("answers long operations and e-mailed reports with 202", () => {
    const accepted = operations
      .filter(({ operation }) => "202" in operation.responses)
      .map(({ operation }) => operation.operationId)
    expect(accepted.sort()).toEqual(
      [
        "documents.numberListReport",
        "documents.paymentsReport",
        "documents.reconciliationAct",
        "documents.registeredDevicesReport",
        "numberActions.block",
        "numberActions.simSwap",
        "numberActions.unblock",
      ].sort(),
    )
  })

  it("declares the error answers and keeps the identifiers' patterns", () => {
    const block = operations.find(({ operation }) => operation.operationId === "numberActions.block")?.operation
    expect(Object.keys(block?.responses ?? {}).sort()).toEqual([
      "202",
      "400",
      "401",
      "403",
      "404",
      "409",
      "422",
      "429",
      "503",
    ])
    const schemas = spec.components.schemas as Record<string, { pattern?: string }>
    expect(schemas.Msisdn?.pattern).toBeDefined()
    expect(schemas.IdempotencyKey?.pattern).toBe("^[A-Za-z0-9_-]{8,128}$")
    expect(schemas.CompanyId?.pattern).toBeDefined()
  })
})
