import { readFileSync } from "node:fs"
import { describe, expect, it } from "@effect/vitest"
import { Context, Option } from "effect"
import { HttpApi } from "effect/http-api"
import * as OpenApiDocument from "../../src/api/OpenApiDocument.js"
import { OperatorApi } from "../../src/api/OperatorApi.js"

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
    expect(operations.length).toBe(53)
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
      "404",
      "409",
      "413",
      "415",
      "422",
      "429",
      "503",
    ])
    const schemas = spec.components.schemas as Record<string, { pattern?: string }>
    expect(schemas.Msisdn?.pattern).toBeDefined()
    expect(schemas.IdempotencyKey?.pattern).toBe("^[A-Za-z0-9_-]{8,128}$")
    expect(schemas.CompanyId?.pattern).toBeDefined()
  })

  it("describes every operation, and names where it is served", () => {
    for (const { operation } of operations) {
      expect([operation.operationId, (operation.description ?? "").length > 40]).toEqual([operation.operationId, true])
      expect(operation.summary?.length).toBeGreaterThan(5)
    }
    expect(spec.servers?.[0]?.url).toBe("{baseUrl}")
  })

  it("answers no 403 anywhere: another company's data is the 404 of what does not exist", () => {
    for (const { operation } of operations) expect(Object.keys(operation.responses)).not.toContain("403")
    const signIn = operations.find(({ operation }) => operation.operationId === "auth.signIn")?.operation
    expect(Object.keys(signIn?.responses ?? {}).sort()).toEqual([
      "200",
      "400",
      "401",
      "413",
      "415",
      "423",
      "429",
      "503",
    ])
  })

  it("documents the headers of every answer, Retry-After and the idempotent replay", () => {
    for (const { operation } of operations) {
      const keyed = (operation.parameters ?? []).some((p) => p.in === "header" && p.name === "idempotency-key")
      for (const [status, response] of Object.entries(operation.responses) as Array<[string, { headers?: object }]>) {
        const headers = Object.keys(response.headers ?? {})
        expect(headers).toContain("Cache-Control")
        expect(headers).toContain("X-Content-Type-Options")
        if (["423", "429", "503"].includes(status)) expect(headers).toContain("Retry-After")
        if (keyed && status.startsWith("2")) expect(headers).toContain("Idempotent-Replayed")
      }
    }
    const outside = (spec as unknown as Record<string, Record<string, { status: number }>>)[
      "x-answers-outside-operations"
    ]
    expect(outside?.methodNotAllowed?.status).toBe(405)
    expect(outside?.unknownPath?.status).toBe(404)
  })

  it("states the page parameters exactly as the operator reads them", () => {
    const schemas = spec.components.schemas as Record<string, { pattern?: string }>
    const offset = new RegExp(schemas.OffsetParamEncoded?.pattern ?? "^$", "u")
    const limit = new RegExp(schemas.LimitParamEncoded?.pattern ?? "^$", "u")
    for (const valid of ["0", "1", "200", "999999999"]) expect(offset.test(valid), valid).toBe(true)
    for (const invalid of ["-1", "1.5", "1e3", "+1", "01", ""]) expect(offset.test(invalid), invalid).toBe(false)
    for (const valid of ["1", "9", "10", "99", "100", "499", "500"]) expect(limit.test(valid), valid).toBe(true)
    for (const invalid of ["0", "501", "1000", "50.0", "05"]) expect(limit.test(invalid), invalid).toBe(false)
  })

  it("refuses properties the schemas do not list, as additionalProperties: false says", () => {
    const schemas = spec.components.schemas as Record<string, { additionalProperties?: boolean }>
    expect(schemas.SignInRequest?.additionalProperties).toBe(false)
    const parseOptions = Context.getOption(
      OperatorApi.annotations as Context.Context<HttpApi.PayloadParseOptions>,
      HttpApi.PayloadParseOptions,
    )
    expect(parseOptions).toEqual(Option.some({ onExcessProperty: "error" }))
  })
})
