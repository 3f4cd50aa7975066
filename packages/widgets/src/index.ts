/**
 * `@kabinet/widgets`: Kabinet's web components. Importing this module registers every `kab-…` element.
 */
export { KabStatusBadge } from "./status-badge/status-badge.js"
