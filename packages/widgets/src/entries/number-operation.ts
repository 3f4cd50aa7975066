/**
 * `@kabinet/widgets/number-operation.js`: registers `<kab-number-operation>` (with `<kab-confirm-dialog>`)
 * and `<kab-provider>`, for a page that wants the operation dialogs alone. Loading it beside other
 * entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabNumberOperation } from "../number-operation/number-operation.js"
export { KabProvider } from "../provider/provider.js"
