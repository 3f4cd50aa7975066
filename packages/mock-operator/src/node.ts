/**
 * The mock operator in Node, behind MSW's `setupServer`: every `fetch` (and `http`, XHR) request
 * to the operator's base URL is answered in-process, every other request goes out as usual.
 *
 * @example
 * ```ts
 * import { setupMockOperator } from "@kabinet/mock-operator/node"
 * const { operator, server } = setupMockOperator({ seed: 1, timeScale: 0.01 })
 * beforeAll(() => server.listen({ onUnhandledFrame: "error" }))
 * beforeEach(() => operator.reset())
 * afterAll(() => server.close())
 * ```
 */
import { type SetupServer, setupServer } from "msw/node"
import { type MockOperator, type MockOperatorOptions, makeMockOperator } from "./MockOperator.js"
import { mswHandlers } from "./MswHandlers.js"

export { type MockOperator, type MockOperatorOptions, makeMockOperator } from "./MockOperator.js"
export { mswHandlers } from "./MswHandlers.js"

/** A mock operator and the MSW server that serves it (not listening yet). */
export interface MockOperatorServer {
  readonly operator: MockOperator
  readonly server: SetupServer
}

/**
 * Makes a mock operator and an MSW `setupServer` for it. Call `server.listen()` to start
 * intercepting, `server.close()` to stop.
 *
 * @example
 * ```ts
 * const { operator, server } = setupMockOperator({ fleetSize: 100_000 })
 * server.listen({ onUnhandledFrame: "bypass" })
 * ```
 */
export const setupMockOperator = (options: MockOperatorOptions = {}): MockOperatorServer => {
  const operator = makeMockOperator(options)
  return { operator, server: setupServer(...mswHandlers(operator)) }
}
