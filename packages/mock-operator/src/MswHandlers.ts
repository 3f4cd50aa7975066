/**
 * The mock operator as MSW request handlers: one handler that claims every request addressed to
 * the operator's base URL, whatever the method, and leaves every other request alone.
 */
import { type HttpHandler, http } from "msw"
import type { MockOperator } from "./MockOperator.js"

/**
 * The MSW handlers of a mock operator, for `setupServer`, `setupWorker` or `defineNetwork`.
 *
 * @example
 * ```ts
 * const server = setupServer(...mswHandlers(operator))
 * ```
 */
export const mswHandlers = (operator: MockOperator): Array<HttpHandler> => [
  http.all(
    ({ request }) => operator.owns(request.url),
    ({ request }) => operator.handle(request),
  ),
]
