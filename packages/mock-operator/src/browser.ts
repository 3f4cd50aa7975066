/**
 * The mock operator in the browser, two ways:
 *
 * - **in-page** (`startInPageOperator`, `inPageNetwork`): MSW's network with fetch and XHR
 *   interceptors, no service worker — the reliable choice for tests and Storybook.
 * - **service worker** (`startWorkerOperator`): MSW's `setupWorker`, which needs
 *   `mockServiceWorker.js` served at the page's origin (`npx msw init <public dir>`); requests then
 *   show in the browser's network panel.
 *
 * Requests to other addresses than the operator's base URL pass through untouched.
 *
 * @example
 * ```ts
 * import { startInPageOperator } from "@kabinet/mock-operator/browser"
 * const { operator, stop } = await startInPageOperator({ timeScale: 0.05 })
 * ```
 */
import { type SetupWorker, type StartOptions, setupWorker } from "msw/browser"
import { type MockOperator, type MockOperatorOptions, makeMockOperator } from "./MockOperator.js"
import { mswHandlers } from "./MswHandlers.js"

export { type InPageOperator, inPageNetwork, startInPageOperator } from "./InPageNetwork.js"
export { type MockOperator, type MockOperatorOptions, makeMockOperator } from "./MockOperator.js"
export { mswHandlers } from "./MswHandlers.js"
export { defaultKey, type PersistOptions, persistentOperator } from "./PersistentOperator.js"

/** A mock operator served by MSW's service worker, and how to stop it. */
export interface WorkerOperator {
  readonly operator: MockOperator
  readonly worker: SetupWorker
  /** Stops the worker and releases the operator. */
  readonly stop: () => Promise<void>
}

/**
 * Starts a mock operator behind MSW's service worker. The worker script must be served at
 * `start.serviceWorker.url` (default `/mockServiceWorker.js`).
 *
 * @example
 * ```ts
 * const { operator } = await startWorkerOperator({ seed: 1 }, { serviceWorker: { url: "/mockServiceWorker.js" } })
 * ```
 */
export const startWorkerOperator = async (
  options: MockOperatorOptions = {},
  start: StartOptions = {},
): Promise<WorkerOperator> => {
  const operator = makeMockOperator(options)
  const worker = setupWorker(...mswHandlers(operator))
  await worker.start({ onUnhandledFrame: "bypass", quiet: true, ...start })
  return {
    operator,
    worker,
    stop: async () => {
      worker.stop()
      await operator.dispose()
    },
  }
}
