/**
 * `@kabinet/widgets`: Kabinet's web components. Importing this module registers every `kab-…` element.
 */

// The provider is registered first, so that widgets already in the page's markup find it as soon as they
// are upgraded (a provider registered later is found too, a moment later).
import "./provider/provider.js"

export { KabAdminProfile, type ProfileTab } from "./admin-profile/admin-profile.js"
export { KabCompanySwitcher } from "./company-switcher/company-switcher.js"
export { emit, type KabEvent, type KabEventDetails, type KabEventName, kabEvent } from "./events/events.js"
export {
  formatCountdown,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPhone,
  formatTime,
} from "./i18n/format.js"
export { type CoreMessage, I18nController, uiCatalogs } from "./i18n/i18n-controller.js"
export { ru as uiRu, type UiCatalog, type UiKey } from "./i18n/ru.js"
export { announce } from "./internal/controllers/announcer.js"
export { ClockController } from "./internal/controllers/clock-controller.js"
export { CompaniesController } from "./internal/controllers/companies-controller.js"
export { describeFailure, type FailureText } from "./internal/controllers/failure.js"
export { KabinetController } from "./internal/controllers/kabinet-controller.js"
export {
  type Failure,
  OperationController,
  type Outcome,
  type RunOptions,
} from "./internal/controllers/operation-controller.js"
export { kabinetContext } from "./internal/store/context.js"
export { configure, defaultStore } from "./internal/store/defaults.js"
export { KabinetStore, type StoreOptions, storeChange } from "./internal/store/store.js"
export { base, forms, notices, policy } from "./internal/styles.js"
export { type ActionOptions, action, denialOf } from "./internal/templates/action.js"
export { type FieldOptions, field } from "./internal/templates/field.js"
export { chooseLanguage, languageSwitch } from "./internal/templates/language-switch.js"
export { type PasswordPolicyInput, passwordPolicy, passwordViolations } from "./internal/templates/password-policy.js"
export { KabLogin } from "./login/login.js"
export { KabNumberList, type NumberColumn, type NumberListEventDetails } from "./number-list/number-list.js"
export { KabOperatorError } from "./operator-error/operator-error.js"
export { KabPasswordRecovery, type RecoveryStep } from "./password-recovery/password-recovery.js"
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
