/**
 * `@kabinet/widgets/login.js`: registers `<kab-login>` and `<kab-provider>`, for a page that wants this widget
 * alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabLogin } from "../login/login.js"
export { KabProvider } from "../provider/provider.js"
