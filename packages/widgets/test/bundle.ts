/**
 * Loading the built `dist/kabinet.js` in a test page, as a page with no bundler does, and watching the
 * console for errors meanwhile.
 */
import type * as Widgets from "../src/index.js"

/** The bundle as the test server serves it (built by `npm run build`, which turbo runs before the tests). */
const bundleUrl = new URL("../dist/kabinet.js", import.meta.url).href

/**
 * Loads a fresh copy of the bundle: each `copy` is served at a URL of its own (`/copies/<copy>/dist/`,
 * see `web-test-runner.config.js`), so it is a module of its own, evaluated again, with chunks of its own.
 */
export const loadBundle = async (copy: string): Promise<typeof Widgets> => {
  const found = await fetch(bundleUrl, { method: "HEAD" })
  if (!found.ok) throw new Error("dist/kabinet.js is missing: run `npm run build` in packages/widgets first")
  return (await import(/* @vite-ignore */ new URL(`/copies/${copy}/dist/kabinet.js`, bundleUrl).href)) as typeof Widgets
}

/** Every public element's tag and class name. */
export const elements: ReadonlyArray<readonly [string, keyof typeof Widgets]> = [
  ["kab-provider", "KabProvider"],
  ["kab-login", "KabLogin"],
  ["kab-password-recovery", "KabPasswordRecovery"],
  ["kab-admin-profile", "KabAdminProfile"],
  ["kab-company-switcher", "KabCompanySwitcher"],
  ["kab-number-list", "KabNumberList"],
  ["kab-operator-error", "KabOperatorError"],
  ["kab-status-badge", "KabStatusBadge"],
  ["kab-menu", "KabMenu"],
  ["kab-confirm-dialog", "KabConfirmDialog"],
  ["kab-number-operation", "KabNumberOperation"],
  ["kab-detalization", "KabDetalization"],
  ["kab-payment-history", "KabPaymentHistory"],
  ["kab-export-progress", "KabExportProgress"],
  ["kab-documents", "KabDocuments"],
  ["kab-number-profile", "KabNumberProfile"],
  ["kab-cabinet", "KabCabinet"],
]

/** Collects what reaches the console as an error, and uncaught errors and rejections, until `stop()`. */
export const watchErrors = (): { readonly errors: Array<string>; readonly stop: () => void } => {
  const errors: Array<string> = []
  const original = console.error
  console.error = (...args: Array<unknown>) => {
    errors.push(args.map(String).join(" "))
    original.apply(console, args)
  }
  const onError = (event: ErrorEvent) => errors.push(String(event.message))
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason))
  window.addEventListener("error", onError)
  window.addEventListener("unhandledrejection", onRejection)
  return {
    errors,
    stop: () => {
      console.error = original
      window.removeEventListener("error", onError)
      window.removeEventListener("unhandledrejection", onRejection)
    },
  }
}
