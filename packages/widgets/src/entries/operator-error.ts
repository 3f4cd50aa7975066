/**
 * `@kabinet/widgets/operator-error.js`: registers `<kab-operator-error>` and `<kab-provider>`, for a page that wants this widget
 * alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabOperatorError } from "../operator-error/operator-error.js"
export { KabProvider } from "../provider/provider.js"
