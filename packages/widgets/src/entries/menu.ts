/**
 * `@kabinet/widgets/menu.js`: registers `<kab-menu>` and `<kab-provider>`. Loading it beside other
 * entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { configure } from "../internal/store/defaults.js"
export { KabMenu, type MenuFocus, type MenuItem } from "../menu/menu.js"
export { KabProvider } from "../provider/provider.js"
