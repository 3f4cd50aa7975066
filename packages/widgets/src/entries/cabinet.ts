/**
 * `@kabinet/widgets/cabinet.js`: registers `<kab-cabinet>` with the widgets it is made of and
 * `<kab-provider>`, for a page that wants the whole cabinet. The views of a number, its records and the
 * documents appear when their entries are loaded too (or `kabinet.js`). Loading it beside other entries
 * is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { KabCabinet } from "../cabinet/cabinet.js"
export type { CabinetView, Route } from "../cabinet/route.js"
export type { Routing } from "../cabinet/router.js"
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
