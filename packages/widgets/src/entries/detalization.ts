/**
 * `@kabinet/widgets/detalization.js`: registers `<kab-detalization>` and `<kab-provider>`, for a page that wants this
 * widget alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { KabDetalization } from "../detalization/detalization.js"
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
