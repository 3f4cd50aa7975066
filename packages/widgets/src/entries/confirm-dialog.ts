/**
 * `@kabinet/widgets/confirm-dialog.js`: registers `<kab-confirm-dialog>` and `<kab-provider>`. Loading
 * it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { type ConfirmAction, KabConfirmDialog } from "../confirm-dialog/confirm-dialog.js"
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
