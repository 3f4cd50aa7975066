/**
 * `@kabinet/widgets/export-progress.js`: registers `<kab-export-progress>` and `<kab-provider>`, for a page
 * that wants this piece alone. Loading it beside other entries or `kabinet.js` is safe: each tag is
 * registered once.
 */
import "../provider/provider.js"

export { type ExportRequest, KabExportProgress } from "../export-progress/export-progress.js"
export type { ExportOutcome } from "../internal/export/export-file.js"
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
