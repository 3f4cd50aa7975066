/**
 * `@kabinet/widgets/number-list.js`: registers `<kab-number-list>` and `<kab-provider>`, for a page that wants this widget
 * alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabNumberList, type NumberColumn, type NumberListEventDetails } from "../number-list/number-list.js"
export { KabProvider } from "../provider/provider.js"
