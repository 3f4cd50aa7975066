/**
 * `@kabinet/widgets/documents.js`: registers `<kab-documents>` and `<kab-provider>`, for a page that wants
 * this widget alone. Loading it beside other entries or `kabinet.js` is safe: each tag is registered once.
 */
import "../provider/provider.js"

export { type DocumentsTab, KabDocuments } from "../documents/documents.js"
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
