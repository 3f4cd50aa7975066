/**
 * The OpenAPI 3.1 document of the operator's contract, for teams that put a real gateway behind
 * Kabinet. `npm run openapi` writes it to `packages/core/openapi.json`; a test fails when that
 * file no longer matches the contract.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * const spec = Api.OpenApiDocument.spec()
 * spec.paths["/v1/companies/{companyId}/numbers"]
 * ```
 */
import * as OpenApi from "effect/http-api/OpenApi"
import { OperatorApi } from "./OperatorApi.js"

/**
 * The document as an object.
 *
 * @example
 * ```ts
 * Object.keys(OpenApiDocument.spec().paths).length
 * ```
 */
export const spec = (): OpenApi.OpenAPISpec => OpenApi.fromApi(OperatorApi)

/**
 * The document as the text of `openapi.json`: two-space JSON ending in a newline, so the
 * committed file diffs cleanly.
 *
 * @example
 * ```ts
 * writeFileSync("openapi.json", OpenApiDocument.render())
 * ```
 */
export const render = (): string => `${JSON.stringify(spec(), null, 2)}\n`
