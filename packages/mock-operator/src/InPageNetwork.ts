/**
 * The mock operator in the page, without a service worker: MSW's network with the fetch and XHR
 * interceptors. Nothing to serve or register, nothing lost on a reload, which makes it the
 * reliable choice for tests and Storybook. Requests to other addresses pass through untouched.
 *
 * Kept apart from the service-worker variant so that it loads anywhere MSW's interceptors do —
 * Node included, where `msw/browser` does not.
 *
 * @example
 * ```ts
 * const { operator, stop } = await startInPageOperator({ timeScale: 0.05 })
 * ```
 */
import { FetchInterceptor } from "@mswjs/interceptors/fetch"
import { XMLHttpRequestInterceptor } from "@mswjs/interceptors/XMLHttpRequest"
import { defineNetwork, InterceptorSource, type NetworkApi } from "msw/experimental"
import { type MockOperator, type MockOperatorOptions, makeMockOperator } from "./MockOperator.js"
import { mswHandlers } from "./MswHandlers.js"

/** A mock operator answering in the page, and how to stop it. */
export interface InPageOperator {
  readonly operator: MockOperator
  readonly network: NetworkApi<[InterceptorSource]>
  /** Stops intercepting and releases the operator. */
  readonly stop: () => Promise<void>
}

/**
 * Makes a mock operator and the in-page MSW network for it (not enabled): for a host that
 * manages the network itself. Storybook's MSW addon takes it in place of a worker — it only calls
 * `use` and `resetHandlers`, which the network has:
 * `mswLoader(async () => { await network.enable(); return network as unknown as SetupWorker })`.
 *
 * @example
 * ```ts
 * const { network } = inPageNetwork({ seed: 3 })
 * await network.enable()
 * ```
 */
export const inPageNetwork = (
  options: MockOperatorOptions = {},
): { readonly operator: MockOperator; readonly network: NetworkApi<[InterceptorSource]> } => {
  const operator = makeMockOperator(options)
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor(), new XMLHttpRequestInterceptor()] })],
    handlers: mswHandlers(operator),
    onUnhandledFrame: "bypass",
    // Every request would otherwise be printed to the console, which buries a story's own output.
    context: { quiet: true },
  })
  return { operator, network }
}

/**
 * Starts a mock operator that answers `fetch` and XHR in this page, without a service worker.
 *
 * @example
 * ```ts
 * const { operator, stop } = await startInPageOperator({ seed: 1, fleetSize: 100_000 })
 * // … the widgets talk to operator.baseUrl …
 * await stop()
 * ```
 */
export const startInPageOperator = async (options: MockOperatorOptions = {}): Promise<InPageOperator> => {
  const { operator, network } = inPageNetwork(options)
  await network.enable()
  return {
    operator,
    network,
    stop: async () => {
      await network.disable()
      await operator.dispose()
    },
  }
}
