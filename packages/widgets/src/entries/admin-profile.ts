/**
 * `@kabinet/widgets/admin-profile.js`: registers `<kab-admin-profile>` and `<kab-provider>`, for a page that wants this widget
 * alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { KabAdminProfile, type ProfileTab } from "../admin-profile/admin-profile.js"
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
