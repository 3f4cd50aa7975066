/**
 * `@kabinet/widgets/number-profile.js`: registers `<kab-number-profile>` (with `<kab-number-operation>`,
 * `<kab-menu>`, `<kab-confirm-dialog>` and `<kab-status-badge>`) and `<kab-provider>`, for a page that
 * wants a number's profile alone. Loading it beside other entries or `kabinet.js` is safe: each tag is
 * registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabNumberProfile } from "../number-profile/number-profile.js"
export { KabProvider } from "../provider/provider.js"
