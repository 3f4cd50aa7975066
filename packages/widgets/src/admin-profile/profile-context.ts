/**
 * What each form of `<kab-admin-profile>` (e-mail, password, company names) gets from the profile: the
 * element it renders into and reports through, its words, and the shared store.
 */
import type { ReactiveControllerHost } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { KabinetController } from "../internal/controllers/kabinet-controller.js"

/** The profile as its forms see it. */
export interface ProfileContext {
  /** The `<kab-admin-profile>` element: controllers attach to it, events leave from it. */
  readonly host: ReactiveControllerHost & HTMLElement
  readonly i18n: I18nController
  readonly kabinet: KabinetController
}
