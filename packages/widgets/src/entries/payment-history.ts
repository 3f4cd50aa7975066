/**
 * `@kabinet/widgets/payment-history.js`: registers `<kab-payment-history>` and `<kab-provider>`, for a page that wants
 * this widget alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabPaymentHistory } from "../payment-history/payment-history.js"
export { KabProvider } from "../provider/provider.js"
