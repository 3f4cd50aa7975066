/**
 * `@kabinet/widgets/provider.js`: registers `<kab-provider>` and gives the page-level `configure`, for a
 * page that loads its widgets one entry at a time.
 */
export { configure } from "../internal/store/defaults.js"
export { KabProvider } from "../provider/provider.js"
