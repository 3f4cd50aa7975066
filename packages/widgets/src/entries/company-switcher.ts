/**
 * `@kabinet/widgets/company-switcher.js`: registers `<kab-company-switcher>` and `<kab-provider>`, for a page that wants this widget
 * alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { KabCompanySwitcher } from "../company-switcher/company-switcher.js"
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
