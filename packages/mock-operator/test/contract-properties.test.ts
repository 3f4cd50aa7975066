/**
 * The contract, tried with requests generated from its own schemas (fast-check), against the mock
 * operator: for every operation of the OpenAPI document, requests shaped by its parameter and body
 * schemas — some left valid, some broken on purpose (an unknown property, a missing one, a wrong
 * type, a body that is not JSON or is too large, an overlong path value).
 *
 * Whatever is sent: nothing answers 5xx; every status is one the document lists for the operation;
 * every JSON body decodes with the contract's schema for that status; every answer carries the
 * headers the document promises. A request the contract's own codecs accept is never refused as
 * malformed (400, 413, 415), and one they refuse always is.
 *
 * Bounded: a fixed seed (`CONTRACT_SEED` to try another), a few runs per operation, a time limit.
 */
import { Api } from "@kabinet/core"
import { Exit, Schema } from "effect"
import { HttpApi, HttpApiSchema } from "effect/http-api"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type MockOperator, makeMockOperator } from "../src/MockOperator.js"
import { arbitraryOf, type JsonSchema, resolver, type Samples, withSamples } from "./support/arbitraries.js"

const seed = Number(process.env.CONTRACT_SEED ?? 20_261_130)
const runsPerOperation = 24

const spec = Api.OpenApiDocument.spec() as unknown as JsonSchema
const components = spec.components.schemas as Record<string, JsonSchema>
const resolve = resolver(components)

// Real values beside generated ones, so requests reach past "no such company" into the rules.
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000 + 5 * 3_600_000).toISOString().slice(0, 10)
const samples: Samples = {
  companyId: ["cmp-700700700700", "cmp-800800800800", "cmp-700700700700-branch"],
  number: ["77010542001", "77010542006", "77010542010", "77010542003", "77010541921"],
  msisdn: ["77010542001", "77010541921", "77010542006"],
  serviceId: ["roaming", "international-calls", "internet-5gb"],
  operationId: ["op-seed-processing"],
  start: [day(20), day(60), day(200)],
  end: [day(1), day(10)],
  phone: ["77012111249", "77010016218"],
  password: ["kabinet-demo"],
  currentPassword: ["kabinet-demo"],
  newPassword: ["a long new pass phrase for the properties"],
  iccid: ["89997020000000000007"],
  email: ["buh@kabinet.kz"],
  shortName: ["Кабинет"],
  period: [
    { start: day(30), end: day(1) },
    { start: { year: 2020, month: 9 }, end: { year: 2020, month: 10 } },
  ],
  month: [{ year: 2020, month: 9 }],
  target: [
    { by: "account", accountNumber: "25602051" },
    { by: "phone", msisdn: "77010542001" },
  ],
  invoiceNumber: ["ESF-25602051-202009"],
  year: [2020],
}
const arbitrary = arbitraryOf(resolve, samples)

// The contract's own codecs and response schemas of each operation, by `group.endpoint`.
interface Codecs {
  readonly params: Schema.Top | undefined
  readonly query: Schema.Top | undefined
  readonly headers: Schema.Top | undefined
  readonly payload: Schema.Top | undefined
  readonly responses: ReadonlyMap<number, ReadonlyArray<Schema.Top>>
}
const codecs = new Map<string, Codecs>()
HttpApi.reflect(Api.OperatorApi.OperatorApi, {
  onGroup: () => {},
  onEndpoint: ({ group, endpoint, successes, errors }) => {
    const json = endpoint.payload.get("application/json")
    codecs.set(`${group.identifier}.${endpoint.identifier}`, {
      params: endpoint.params,
      query: endpoint.query,
      headers: endpoint.headers,
      payload: json === undefined ? undefined : Schema.Union(json.schemas),
      responses: new Map([...successes, ...errors]),
    })
  },
})

const decodes = (schema: Schema.Top | undefined, value: unknown): boolean =>
  schema === undefined || Exit.isSuccess(Schema.decodeUnknownExit(schema as Schema.Codec<unknown, unknown>)(value))

interface Operation {
  readonly id: string
  readonly method: string
  readonly path: string
  readonly secured: boolean
  readonly parameters: ReadonlyArray<{
    readonly name: string
    readonly in: string
    readonly required: boolean
    readonly schema: JsonSchema
  }>
  readonly body: JsonSchema | undefined
  readonly statuses: ReadonlySet<number>
  readonly responses: JsonSchema
}

const operations: ReadonlyArray<Operation> = Object.entries(spec.paths as Record<string, JsonSchema>).flatMap(
  ([path, item]) =>
    Object.entries(item).map(([method, operation]: [string, JsonSchema]) => ({
      id: operation.operationId as string,
      method: method.toUpperCase(),
      path,
      secured: ((operation.security ?? []) as Array<JsonSchema>).some((requirement) => "bearer" in requirement),
      parameters: (operation.parameters ?? []) as Operation["parameters"],
      body: operation.requestBody?.content?.["application/json"]?.schema as JsonSchema | undefined,
      statuses: new Set(Object.keys(operation.responses).map(Number)),
      responses: operation.responses as JsonSchema,
    })),
)

/** How a request is broken, if at all, and what the contract says the answer must then be. */
type Mode =
  | "asGenerated"
  | "unknownProperty"
  | "missingProperty"
  | "wrongType"
  | "notJson"
  | "tooLarge"
  | "longPathValue"

interface Generated {
  readonly mode: Mode
  readonly signedIn: boolean
  readonly params: Record<string, string>
  readonly query: Record<string, string>
  readonly key: string
  readonly body: unknown
}

const requestOf = (operation: Operation): fc.Arbitrary<Generated> => {
  const of = (where: string) => operation.parameters.filter((parameter) => parameter.in === where)
  const record = (where: string) => {
    const model: Record<string, fc.Arbitrary<unknown>> = {}
    for (const parameter of of(where))
      model[parameter.name] = withSamples(samples, parameter.name, arbitrary(parameter.schema))
    return fc.record(model, {
      requiredKeys: of(where)
        .filter((parameter) => parameter.required)
        .map((parameter) => parameter.name),
    }) as fc.Arbitrary<Record<string, string>>
  }
  // A GET carries no body (fetch cannot send one), so only other methods are sent one too large.
  const modes: Array<Mode> = ["asGenerated", "asGenerated", "asGenerated"]
  if (operation.method !== "GET") modes.push("tooLarge")
  if (operation.body !== undefined) modes.push("unknownProperty", "missingProperty", "wrongType", "notJson")
  if (of("path").length > 0) modes.push("longPathValue")
  const keyParameter = of("header").find((parameter) => parameter.name === "idempotency-key")
  return fc.record({
    mode: fc.constantFrom(...modes),
    signedIn: operation.secured ? fc.integer({ min: 0, max: 9 }).map((n) => n < 8) : fc.constant(false),
    params: record("path"),
    query: record("query"),
    key: keyParameter === undefined ? fc.constant("") : (arbitrary(keyParameter.schema) as fc.Arbitrary<string>),
    body: operation.body === undefined ? fc.constant(undefined) : arbitrary(operation.body),
  })
}

// What the mode does to the request, and the status it must then get (undefined: the codecs decide).
const breakRequest = (operation: Operation, generated: Generated) => {
  const params = { ...generated.params }
  let body: unknown = generated.body
  let text: string | undefined = body === undefined ? undefined : JSON.stringify(body)
  let contentType = "application/json"
  let expected: number | undefined
  const object =
    body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined
  const required = operation.body === undefined ? [] : ((resolve(operation.body).required ?? []) as Array<string>)
  switch (generated.mode) {
    case "unknownProperty":
      body = { ...object, unlisted: "a property the schema does not have" }
      expected = 400
      break
    case "missingProperty": {
      const dropped = required[0]
      if (object !== undefined && dropped !== undefined) {
        const { [dropped]: _, ...rest } = object
        body = rest
        expected = 400
      }
      break
    }
    case "wrongType": {
      const changed = required[0]
      if (object !== undefined && changed !== undefined) {
        body = { ...object, [changed]: [[{ not: "this" }]] }
        expected = 400
      }
      break
    }
    case "notJson":
      contentType = "text/plain"
      expected = 415
      break
    case "tooLarge":
      text = `{"padding":"${"x".repeat(Api.Protocol.maxBodyBytes)}"}`
      expected = 413
      break
    case "longPathValue": {
      const first = operation.parameters.find((parameter) => parameter.in === "path")
      if (first !== undefined) params[first.name] = "v".repeat(Api.Protocol.maxPathValueLength + 44)
      expected = 400
      break
    }
    default:
      break
  }
  if (generated.mode !== "tooLarge" && generated.mode !== "notJson")
    text = body === undefined ? undefined : JSON.stringify(body)
  return { params, body, text, contentType, expected }
}

let operator: MockOperator
let token = ""
// The statuses each operation answered, to show the generated requests reach the handlers.
const seen = new Map<string, ReadonlySet<number>>()

const signIn = async (): Promise<string> => {
  const response = await operator.handle(
    new Request(`${operator.baseUrl}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    }),
  )
  return ((await response.json()) as { token: string }).token
}

beforeAll(() => {
  operator = makeMockOperator({ seed: 1, fleetSize: 300, timeScale: 0 })
})
afterAll(() => operator.dispose())

const check = async (operation: Operation, generated: Generated): Promise<void> => {
  const contract = codecs.get(operation.id)
  if (contract === undefined) throw new Error(`no codecs for ${operation.id}`)
  const broken = breakRequest(operation, generated)
  const path = operation.path.replace(/\{(\w+)\}/gu, (_, name: string) => encodeURIComponent(broken.params[name] ?? ""))
  const search = new URLSearchParams(generated.query).toString()
  const headers: Record<string, string> = {}
  if (generated.signedIn) headers.authorization = `Bearer ${token}`
  if (generated.key !== "") headers["idempotency-key"] = generated.key
  const sendsBody = broken.text !== undefined || generated.mode === "tooLarge"
  if (sendsBody) headers["content-type"] = broken.contentType
  const response = await operator.handle(
    new Request(`${operator.baseUrl}${path}${search === "" ? "" : `?${search}`}`, {
      method: operation.method,
      headers,
      ...(sendsBody && operation.method !== "GET" ? { body: broken.text ?? "" } : {}),
    }),
  )
  const where = `${operation.method} ${path}?${search} [${generated.mode}] → ${response.status}`
  seen.set(operation.id, new Set([...(seen.get(operation.id) ?? []), response.status]))

  expect(response.status, where).toBeLessThan(500)
  expect(operation.statuses.has(response.status), `${where}: undocumented status`).toBe(true)
  expect(response.headers.get("cache-control"), where).toBe("no-store")
  expect(response.headers.get("x-content-type-options"), where).toBe("nosniff")
  if (response.status === 423 || response.status === 429)
    expect(response.headers.get("retry-after"), where).not.toBeNull()

  // The body is what the document says for that status.
  const schemas = contract.responses.get(response.status) ?? []
  const binary = schemas.some((schema) => HttpApiSchema.isNoContent(schema.ast)) || response.status === 204
  if (response.headers.get("content-type") === "application/octet-stream") {
    expect(operation.id, where).toBe("documents.file")
  } else if (!binary) {
    const body = (await response.json()) as unknown
    expect(
      schemas.some((schema) => decodes(schema, body)),
      `${where}: ${JSON.stringify(body).slice(0, 300)}`,
    ).toBe(true)
  }

  // Malformed exactly when the contract's own codecs say so (given a session to get past 401).
  const unauthenticated = operation.secured && !generated.signedIn
  if (broken.expected !== undefined) {
    const allowed = unauthenticated && broken.expected === 400 ? [400, 401] : [broken.expected]
    expect(allowed, where).toContain(response.status)
  } else {
    const valid =
      decodes(contract.params, broken.params) &&
      decodes(contract.query, generated.query) &&
      decodes(contract.headers, headers) &&
      (contract.payload === undefined || decodes(contract.payload, broken.body))
    if (valid) expect([400, 413, 415], where).not.toContain(response.status)
    else expect(unauthenticated ? [400, 401] : [400], where).toContain(response.status)
  }
}

describe("the contract's properties, on requests generated from its schemas", () => {
  it("lists every operation of the contract", () => {
    expect(operations.length).toBe(codecs.size)
    for (const operation of operations) expect(codecs.has(operation.id), operation.id).toBe(true)
  })

  afterAll(() => {
    const succeeded = [...seen].filter(([, statuses]) => [...statuses].some((status) => status < 300))
    console.log(`contract properties: ${succeeded.length} of ${seen.size} operations answered a success`)
    // Generation reaches past validation and the company boundary into the handlers for most of them.
    expect(succeeded.length).toBeGreaterThanOrEqual(Math.floor(operations.length * 0.6))
  })

  for (const operation of operations) {
    it(`${operation.id}: ${operation.method} ${operation.path}`, async () => {
      operator.reset()
      token = await signIn()
      await fc.assert(
        fc.asyncProperty(requestOf(operation), (generated) => check(operation, generated)),
        { numRuns: runsPerOperation, seed, interruptAfterTimeLimit: 4_000, markInterruptAsFailure: false },
      )
    })
  }
})
