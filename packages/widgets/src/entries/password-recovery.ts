/**
 * `@kabinet/widgets/password-recovery.js`: registers `<kab-password-recovery>` and `<kab-provider>`, for a page that wants this widget
 * alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabPasswordRecovery, type RecoveryStep } from "../password-recovery/password-recovery.js"
export { KabProvider } from "../provider/provider.js"
