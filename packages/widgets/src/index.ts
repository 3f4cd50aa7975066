/**
 * `@kabinet/widgets`: Kabinet's web components. Importing this module registers every `kab-…` element;
 * `@kabinet/widgets/<element>.js` registers one (with `<kab-provider>`), and `dist/kabinet.js` is this
 * module bundled for a page with no bundler. Registration is tolerant: loading the widgets twice, or two
 * versions of them, keeps the first registration of each tag and throws nothing.
 *
 * What is exported here is the public API; everything under `src/internal/` may change at any time.
 */

// The provider is registered first, so that widgets already in the page's markup find it as soon as they
// are upgraded (a provider registered later is found too, a moment later).
import "./provider/provider.js"

export { KabAdminProfile, type ProfileTab } from "./admin-profile/admin-profile.js"
export { KabCabinet } from "./cabinet/cabinet.js"
export type { CabinetView, Route } from "./cabinet/route.js"
export type { Routing } from "./cabinet/router.js"
export { KabCompanySwitcher } from "./company-switcher/company-switcher.js"
export { type ConfirmAction, KabConfirmDialog } from "./confirm-dialog/confirm-dialog.js"
export { KabDetalization } from "./detalization/detalization.js"
export { type DocumentsTab, KabDocuments } from "./documents/documents.js"
export type { KabEvent, KabEventDetails, KabEventName } from "./events/events.js"
export { type ExportRequest, KabExportProgress } from "./export-progress/export-progress.js"
export {
  formatCountdown,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPhone,
  formatTime,
} from "./i18n/format.js"
export type { ExportOutcome } from "./internal/export/export-file.js"
export { configure } from "./internal/store/defaults.js"
export type { KabinetStore, SessionEnd, StoreOptions } from "./internal/store/store.js"
export { KabLogin } from "./login/login.js"
export { KabMenu, type MenuFocus, type MenuItem } from "./menu/menu.js"
export { KabNumberList, type NumberColumn, type NumberListEventDetails } from "./number-list/number-list.js"
export { KabNumberOperation } from "./number-operation/number-operation.js"
export { KabNumberProfile } from "./number-profile/number-profile.js"
export { KabOperatorError } from "./operator-error/operator-error.js"
export { KabPasswordRecovery, type RecoveryStep } from "./password-recovery/password-recovery.js"
export { KabPaymentHistory } from "./payment-history/payment-history.js"
export { KabProvider } from "./provider/provider.js"
export { KabStatusBadge } from "./status-badge/status-badge.js"
export {
  type Brand,
  type BrandColors,
  type BrandInput,
  type BrandLogo,
  defaultBrand,
  resolveBrand,
} from "./theme/brand.js"
export { type Token, token, tokenDefaults, tokens } from "./theme/tokens.js"
